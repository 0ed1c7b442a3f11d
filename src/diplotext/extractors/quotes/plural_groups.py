"""The group a "they said" stands for when nobody spoke before: the plural phrase for people that
opened the sentence before as its subject ("Union leaders met the minister on Monday. They said the
talks had failed": union leaders). Only a lower-case plural head that can speak ("leaders",
"researchers", "police"), never a document, and never across a paragraph break."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .naming import can_speak_head
from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK

__all__ = ["group_and_start_before"]

_GROUP: Final = regex.compile(
    r"(?:(?:"
    + lexicon.alternation("speech", "connectives before a group opening a sentence")
    + r"),?[ \t]+)?"
    r"(?P<phrase>(?:(?i:the)[ \t]+)?(?:[\p{L}\-]+(?:['’]s?)?[ \t]+){0,2}?(?P<head>\p{L}\p{Ll}{2,}s|(?i:"
    + lexicon.alternation("speech", "plural group nouns without s")
    + r")))[ \t]+(?=\p{Ll})"
)
_DOCUMENTS: Final = lexicon.words("speech", "document heads")
_REACH: Final = 600


def group_and_start_before(resolver: Resolver, pos: int) -> tuple[str, int] | None:
    """The plural group that opened the sentence before the one at ``pos`` (same paragraph), and
    where that sentence opens."""
    text = resolver.text
    lo = max(0, pos - _REACH)
    # (the break before the pronoun looks ahead at its capital: read one character past it)
    starts = [b.end() for b in SENTENCE_BREAK.finditer(text, lo, min(len(text), pos + 1), False, KEEP_GIL)]
    if lo == 0:
        starts.insert(0, 0)  # the text's first sentence opens at its start
    if len(starts) < 2:
        return None
    start, end = starts[-2], starts[-1]
    if "\n" in text[start:pos]:
        return None  # a paragraph break between: say nothing rather than guess
    m = _GROUP.match(text, start, end, KEEP_GIL)
    if m is None:
        return None
    head = m.group("head").lower()
    if head in _DOCUMENTS or head.removesuffix("s") in _DOCUMENTS or not can_speak_head(head):
        return None
    phrase = m.group("phrase")
    return (phrase[4:] if phrase[:4].lower() == "the " else phrase), start
