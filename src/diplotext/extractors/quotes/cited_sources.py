"""The object of "cite" that names a source, not words: "the paper reported the talks had failed,
citing unnamed officials", "cited two senior diplomats, the deal was dead". Who the news came from is
no quote; what they were cited for ("citing security concerns", "cited weak demand") still is.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

__all__ = ["cites_a_source"]

_HEADS: Final = lexicon.alternation("speech", "people cited as a source")
_SOURCE: Final = regex.compile(
    r"(?:[\p{L}\p{N}.\-'’]+[ \t]+){0,3}?(?i:" + _HEADS + r")(?![\p{L}\-'’])(?:[ \t]*[,;.]|[ \t]*$|[ \t]+"
    r"(?:" + lexicon.alternation("speech", "words after a cited source") + r")(?![\p{L}]))"
)
"""Up to three modifiers, a source head, then a comma, the end or a post-modifier."""


def cites_a_source(text: str, lemma: str, start: int, end: int) -> bool:
    """Is the object ``text[start:end]`` of a "cite" cue a source of news ("unnamed officials")?"""
    return lemma == "cite" and _SOURCE.match(text, start, end, KEEP_GIL) is not None
