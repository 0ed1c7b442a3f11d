"""A news outlet called by the last word of its name ("The Dunmore Evening Times reported ... the
Times said", "according to the Post"): the speaker is the full name the article wrote before, when
one such name ends in that word. A capital "The" inside a sentence is the outlet's own title
("according to The Times": another paper than the "Financial Times" named before), so only a
lower-case "the", or "The" opening a sentence, reads as the short form."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.text import SENTENCE_OPENERS

from .mentions import Mention
from .outlets import is_outlet
from .resolver import Resolver
from .speaker_history import sentence_opening

__all__ = ["outlet_in_full", "outlet_named_before"]


def outlet_in_full(text: str, m: Mention) -> str | None:
    """The outlet's full name for a one-word mention of the last word of it ("the Times" ->
    "Dunmore Evening Times"), or ``None``."""
    word = m.text
    if " " in word or word.lower() not in _NAME_WORDS or not word[:1].isupper():
        return None
    the = _THE_BEFORE.search(text, max(0, m.start - 5), m.start, KEEP_GIL)
    if the is None:
        return None
    if the.group(1) == "The" and _WORD.search(text, sentence_opening(text, m.start), the.start(), KEEP_GIL):
        return None  # "according to The Times": the paper's own title
    full: set[str] = set()
    for got in _longer(word).finditer(text, max(0, m.start - _REACH), m.start, KEEP_GIL):
        words = got.group(1).split()
        owned = [i for i, w in enumerate(words) if _OWNED.search(w, None, None, KEEP_GIL)]
        words = words[owned[-1] + 1 :] if owned else words  # "Monday's Harbour Post": not the day
        while words and (words[0] in _DROP or words[0].lower() in SENTENCE_OPENERS):
            words = words[1:]
        if words:
            full.add(" ".join([*words, word]))
    return next(iter(full)) if len(full) == 1 else None


def outlet_named_before(resolver: Resolver, pos: int) -> str | None:
    """The news outlet named last before ``pos`` ("cited by Monday's Harbour Ledger", "the
    Kellan daily Zoraya"), that "the newspaper said" at ``pos`` stands for when no outlet spoke
    before it; only the last few capitalised names within reach are read, and no person's."""
    text = resolver.text
    runs = list(_CAPITAL_RUN.finditer(text, max(0, pos - _OUTLET_REACH), pos, KEEP_GIL))
    for run in reversed(runs[-_RUNS:]):
        words = run.group().split()
        owned = [i for i, w in enumerate(words) if _OWNED.search(w, None, None, KEEP_GIL)]
        words = words[owned[-1] + 1 :] if owned else words
        while words and (words[0] in _DROP or words[0].lower() in SENTENCE_OPENERS):
            words = words[1:]
        name = " ".join(words)
        actor = resolver.actor_at(run.start(), run.end())
        if name and (actor is None or actor.kind != "person") and is_outlet(text, name):
            return name
    return None


_CAPITAL_RUN: Final = regex.compile(r"(?<![\p{L}\-])\p{Lu}[\p{L}&’'\-]*(?:[ \t]+\p{Lu}[\p{L}&’'\-]*){0,4}")
_OUTLET_REACH: Final = 2000
_RUNS: Final = 12
_NAME_WORDS: Final = lexicon.words("speech", "words in a news outlet's name")
_DROP: Final = frozenset(lexicon.words("speech", "openers of a description of one person") | {"The"})
_WORD: Final = regex.compile(r"[\p{L}\p{N}]")
_OWNED: Final = regex.compile(r"['’]s?$")
_THE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(the|The)\s+$")
_REACH: Final = 6000


def _longer(word: str) -> regex.Pattern[str]:
    """Capitalised words (one to three) right before ``word``, not across a line."""
    return _CACHE.get(word) or _CACHE.setdefault(
        word,
        regex.compile(
            r"(?<![\p{L}\-’'])((?:\p{Lu}[\p{L}&’'\-]*\.?[ \t]+){1,3})" + regex.escape(word) + r"(?![\p{L}])"
        ),
    )


_CACHE: dict[str, regex.Pattern[str]] = {}
