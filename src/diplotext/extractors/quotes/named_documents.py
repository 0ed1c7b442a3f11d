"""A document the article named before its bare head speaks ("The Lagos Declaration was signed ...
the declaration said"): the speaker is the named document ("Lagos Declaration"), not the head word
alone. The name is the nearest capitalised run before the mention ending in the head word written
with a capital ("Declaration"), of two to five words, not opened by an indefinite article ("An Open
Letter") nor after an owner's "'s" (a programme), and only when the article wrote no owned head
word before it ("its latest report": that one is the document meant)."""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .naming import DOCUMENT_HEADS
from .speaker_history import DEFINITE_BEFORE, Said

__all__ = ["named_document"]

_REACH: Final = 3000
_INDEFINITE: Final = lexicon.words("speech", "words opening a title, not a document's name")
_OWNERS: Final = lexicon.alternation("grammar", "possessives")


def named_document(text: str, said: Said) -> Said:
    """``said`` named by the document the article named with its head word, when ``said`` is a
    bare document head after "the" ("the declaration said"); else ``said`` unchanged."""
    m = said.mention
    if m is None or said.name is None or said.actor_id is not None:
        return said
    head = said.name.lower()
    if head != m.text.lower() or head not in DOCUMENT_HEADS or not head.isalpha():
        return said
    if DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start, KEEP_GIL) is None:
        return said
    lo = max(0, m.start - _REACH)
    first = _word(head).search(text, lo, m.start, KEEP_GIL)
    last = None
    for found in _named(head).finditer(text, lo, m.start, overlapped=False):
        if first is not None and first.end() <= found.start():
            break  # "its latest report ... the Vantor Report ... the report said": the owned report
        if text.endswith(("'s ", "’s "), 0, found.start()):
            continue  # "the BBC's World Report": a programme of its owner, no document
        words = found.group(1).split()
        if words[0].lower() == "the":
            words = words[1:]  # "The Lagos Declaration was signed": the name after the article
        if words and words[0].lower() not in _INDEFINITE:  # "An Open Letter": a title, no name
            last = " ".join([*words, head.capitalize()])
    return attrs.evolve(said, name=last) if last is not None else said


def _word(head: str) -> regex.Pattern[str]:
    return _WORDS.get(head) or _WORDS.setdefault(
        head,
        regex.compile(
            r"(?<![\p{L}\-])(?i:(?:"
            + _OWNERS
            + r")(?:[ \t]+[\p{L}\-]+){0,2}[ \t]+"
            + regex.escape(head)
            + r")(?![\p{L}\-])"
        ),
    )


def _named(head: str) -> regex.Pattern[str]:
    return _PATTERNS.get(head) or _PATTERNS.setdefault(
        head,
        regex.compile(
            r"(?<![\p{L}\-'’])((?:\p{Lu}[\p{L}\-]*[ \t]+){1,4})"
            + regex.escape(head.capitalize())
            + r"(?![\p{L}\-])"
        ),
    )


_PATTERNS: dict[str, regex.Pattern[str]] = {}
_WORDS: dict[str, regex.Pattern[str]] = {}
