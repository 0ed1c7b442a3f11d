"""A day told without its year for a trip told as done, that the dates layer put after publication:
"X, who visited Chile on May 3, said on Wednesday ...", told in April, is last year's May 3 (a
trip gone by cannot lie ahead)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, compare_to, date_value
from diplotext.extractors.visits.cases import Use
from diplotext.model import TemporalExpression

__all__ = ["year_before"]

_YEAR: Final = regex.compile(r"\d{4}|'\d\d")
"""A year written in the time's text ("May 3, 2030", "May '30")."""
_DONE: Final = frozenset({"completed", "ended"})
_MONTHS: Final = lexicon.words("time", "month names") | lexicon.words("time", "month abbreviations")
_WORD: Final = regex.compile(r"[A-Za-z]+")


def year_before(ctx: EventContext, use: Use, t: TemporalExpression, value: str) -> str:
    """``value`` a year back when the frame tells a trip done in the past tense, the time names
    a month and writes no year, and the value (a month or a day) lies after publication; else ``value``."""
    trip = use.trip
    pred = trip.frame.clause.predicate
    if trip.status not in _DONE or pred.tense != "past" or pred.modal or _YEAR.search(t.text):
        return value
    if not any(w.lower() in _MONTHS or f"{w.lower()}." in _MONTHS for w in _WORD.findall(t.text)):
        return value  # a weekday, "next week": the dates layer's reading stands
    parts = date_value(value)
    if parts is None or parts[1] is None or compare_to(value, ctx.published) != 1 or "W" in value:
        return value
    return f"{parts[0] - 1:04d}{value[4:]}"
