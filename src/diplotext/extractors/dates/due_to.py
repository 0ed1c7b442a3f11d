"""Tense cues: "due to" before a cause ("delayed due to heavy rain on Monday"), which says nothing
of the future, unlike "due to meet on Monday"."""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon

__all__ = ["due_to_cause", "due_to_noun"]

_DUE_TO_NOUN: Final = re.compile(
    r"(?:\s{1,6}to)?\s{1,6}(?:"
    + "|".join(
        lexicon.longest_first(
            lexicon.words("grammar", "determiners") | lexicon.words("grammar", "possessives")
        )
    )
    + r")\s",
    re.IGNORECASE,
)
"""After "due" or "due to": a noun phrase ("due to a landslide", "due to the strike"): a cause, no future."""


def due_to_noun(text: str, we: int) -> bool:
    """Does a noun phrase follow "due" or "due to" at ``we`` ("due to a landslide")?"""
    return _DUE_TO_NOUN.match(text, we) is not None


_NEXT: Final = re.compile(r"\s{1,6}([A-Za-z]+)")
_WORD_AFTER_DUE_TO: Final = re.compile(r"(?:\s{1,6}to)?\s{1,6}([A-Za-z][\w-]*)")
_CAUSES_AFTER_DUE_TO: Final = lexicon.words("time", "causes after due to")


def due_to_cause(text: str, we: int, w: str) -> bool:
    """Is the word after "due to" (``text[we:]`` after "due" or its "to") a cause, not a verb ("pulled
    out due to injuries on Monday", "delayed due to heavy rain", "due to COVID"): a capital, a plural,
    a form in "-ing" or "-ed", or a word of the lexicon's ``time``/``causes after due to``."""
    n = _WORD_AFTER_DUE_TO.match(text, we) if w == "due" else _NEXT.match(text, we)
    if n is None or (w == "due" and not n.group().lstrip().lower().startswith("to")):
        return False
    word = n.group(1)
    low = word.lower()
    if word[0].isupper() or low in _CAUSES_AFTER_DUE_TO:
        return True
    if low.endswith(("ing", "ed")):
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))
