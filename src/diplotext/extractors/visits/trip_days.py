"""Which day of a trip a date names: "on Tuesday, the third day of a state visit" tells that the
visit began two days before Tuesday."""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.trip_record import Trip
from diplotext.model import TemporalExpression

__all__ = ["back_to_start", "day_of_trip"]

_ORDINALS: Final = {
    word: int(n)
    for word, n in lexicon.mapping("time", "ordinal words").items()
    if word not in ("final", "last")  # "the last day of a visit" counts from its end
}
_NTH_DAY: Final = regex.compile(
    r"\bthe\s+(\w+(?:-\w+)?|\d+(?:st|nd|rd|th))\s+day\s+of\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}\Z",
    regex.IGNORECASE,
)
_DIGIT_ORDINAL: Final = regex.compile(r"(\d+)(?:st|nd|rd|th)")
_NTH_DAY_AFTER: Final = regex.compile(
    r",?\s+the\s+(\w+(?:-\w+)?|\d+(?:st|nd|rd|th))\s+day\s+of\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}?(?:visit|trip|tour|stay)\b",
    regex.IGNORECASE,
)


def day_of_trip(ctx: EventContext, trip: Trip) -> int:
    """The day of the trip its phrase is the day of ("the third day of a state visit" → 3), else
    0. Only for a noun frame right after "the Nth day of"."""
    phrase = trip.frame.phrase
    if phrase is None:
        return 0
    got = _NTH_DAY.search(ctx.text, max(0, phrase.start - 60), phrase.start)
    if got is None:
        return 0
    return _ordinal(got.group(1))


def day_named_after(ctx: EventContext, t: TemporalExpression) -> int:
    """The day of a trip a time is said to be ("on Tuesday, the second day of a state visit" → 2),
    else 0."""
    got = _NTH_DAY_AFTER.match(ctx.text, t.end, min(len(ctx.text), t.end + 90))
    return _ordinal(got.group(1)) if got is not None else 0


def _ordinal(word: str) -> int:
    word = word.lower()
    digits = _DIGIT_ORDINAL.fullmatch(word)
    n = int(digits.group(1)) if digits else _ORDINALS.get(word, 0)
    return n if 1 < n <= 31 else 0


def back_to_start(value: str, day: int) -> str:
    """The first day of a trip whose ``day``-th day is ``value`` (a full ISO date; other values
    are returned as they are)."""
    if day < 2 or len(value) != 10:
        return value
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return (date - dt.timedelta(days=day - 1)).isoformat()
