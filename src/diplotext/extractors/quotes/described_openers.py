"""A "she said" after a sentence a described woman opens ("His wife travelled to the capital in
May. '...,' she said"; "The 38-year-old woman who won the prize spoke on Monday. '...,' she told
the paper"): that woman, not the last speaker, whose sex nothing tells. The same for "he" and a
described man. Only a description whose head noun tells the sex, opening the sentence just before
the pronoun's."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK, description_sex

__all__ = ["described_opener_before"]

_DESCRIBED: Final = regex.compile(
    r"[\"“]?(?P<phrase>(?i:"
    + lexicon.alternation("grammar", "determiners")
    + "|"
    + lexicon.alternation("grammar", "possessives")
    + r")[ \t]+"
    r"(?:[\p{L}\d][\p{L}\d\-]*[ \t]+){0,3}?(?P<head>\p{Ll}{3,}))(?![\p{L}\-'’])"
)
_REACH: Final = 500


def described_opener_before(resolver: Resolver, pos: int, want: str) -> tuple[str, int] | None:
    """The description of a person of sex ``want`` that opens the sentence before the one at
    ``pos`` (the last of the paragraph before, when the pronoun's sentence opens its own), without
    its article ("wife", "38-year-old woman"), and where it starts; else ``None``."""
    text = resolver.text
    lo = max(0, pos - _REACH)
    starts = [b.end() for b in SENTENCE_BREAK.finditer(text, lo, min(len(text), pos + 1), False, KEEP_GIL)]
    if lo == 0:
        starts.insert(0, 0)
    if len(starts) < 2:
        return None
    start, end = starts[-2], starts[-1]
    m = _DESCRIBED.match(text, start, end, KEEP_GIL)
    if m is None or description_sex(m.group("head")) != want:
        return None
    return m.group("phrase").split(None, 1)[1], m.start("phrase")
