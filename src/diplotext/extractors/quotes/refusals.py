"""A refusal to speak reports no words: "the ministry declined to comment", "he refused to elaborate
on the plan". Other objects of "decline" keep their reading ("declined the invitation")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

__all__ = ["refused_to_speak"]

_REFUSING: Final = lexicon.words("speech", "cues of a refusal")
_TO_SPEAK: Final = regex.compile(
    r"to[ \t]+(?i:" + lexicon.alternation("speech", "verbs refused in a refusal to speak") + r")(?![\p{L}\-])"
)


def refused_to_speak(text: str, lemma: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, the object of a cue of ``lemma``, a refusal to speak ("to comment")?"""
    return lemma in _REFUSING and _TO_SPEAK.match(text, start, end, KEEP_GIL) is not None
