"""Dates of the offence, not of the case: "requested his extradition in connection with a shooting
in June 1994", "over a bombing in May 2019". The request is not dated by the crime it is about."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

__all__ = ["dates_an_offence"]

_OFFENCE_NOUNS: Final = lexicon.words("events", "offence nouns")
_WINDOW: Final = 90
_BEFORE: Final = regex.compile(
    r"\b(?P<prep>in\s+connection\s+with|over|for)\s+"
    r"(?P<words>(?:[\p{L}'’\-]+\s+){1,7}?)(?:(?:in|on|during)\s+)?"
    r"(?:(?:early|late|mid)[\s\-])?\Z",
    regex.IGNORECASE,
)


def dates_an_offence(text: str, time: TemporalExpression) -> bool:
    """Does the time modify the offence a case is about ("in connection with <X> in D", "over
    a <crime> in D", "for the <crime> of a policeman on D")?"""
    m = _BEFORE.search(text, max(0, time.start - _WINDOW), time.start)
    if m is None:
        return False
    if m.group("prep").lower().startswith("in"):
        return True
    return not _OFFENCE_NOUNS.isdisjoint(w.lower() for w in m.group("words").split())
