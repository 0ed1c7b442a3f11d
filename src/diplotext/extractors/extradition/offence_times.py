"""Dates of the offence, not of the case: "requested his extradition in connection with a shooting
in June 1994", "over a bombing in May 2019", "for the March 3 bombings". The request is not dated by
the crime it is about, nor by the deeds he is "accused of", "charged with" ("accused of war crimes
against civilians in 1991"), unless a word of the case comes between ("charged with fraud in a
warrant issued in May")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

__all__ = ["dates_an_offence"]

_OFFENCE_NOUNS: Final = lexicon.words("events", "offence nouns")
_CASE_WORDS: Final = lexicon.words("events", "case nouns after an accusation")
_WINDOW: Final = 90
_BEFORE: Final = regex.compile(
    r"\b(?P<prep>in\s+connection\s+with|over|for|(?P<accused>(?:accused|suspected|convicted)\s+of|charged\s+with))\s+"
    r"(?P<words>(?:[\p{L}'’\-]+\s+){1,7}?)(?:(?:in|on|during)\s+)?"
    r"(?:(?:early|late|mid)[\s\-])?\Z",
    regex.IGNORECASE,
)


_NOUN_AFTER: Final = regex.compile(r"(?:['’]s)?(?:[ \t]+[\p{L}\-]+){1,3}")
_DETERMINER: Final = regex.compile(r"\b(?:the|a|an|last[ \t]+year['’]s)[ \t]+\Z", regex.IGNORECASE)


def dates_an_offence(text: str, time: TemporalExpression) -> bool:
    """Does the time modify the offence a case is about ("in connection with <X> in D", "over
    a <crime> in D", "for the <crime> of a policeman on D", "for the D attacks": a date put before
    an offence noun as its modifier)?"""
    if _DETERMINER.search(text, max(0, time.start - 20), time.start):
        after = _NOUN_AFTER.match(text, time.end)
        if after is not None and not _OFFENCE_NOUNS.isdisjoint(w.lower() for w in after.group().split()[:2]):
            return True  # "for the September 11 attacks", "over the March 3 bombing"
    m = _BEFORE.search(text, max(0, time.start - _WINDOW), time.start)
    if m is None:
        return False
    if m.group("prep").lower().startswith("in"):
        return True
    if m.group("accused") and _CASE_WORDS.isdisjoint(w.lower() for w in m.group("words").split()):
        # "accused of war crimes against civilians in 1991": what he is accused of was done then
        return True
    return not _OFFENCE_NOUNS.isdisjoint(w.lower() for w in m.group("words").split())
