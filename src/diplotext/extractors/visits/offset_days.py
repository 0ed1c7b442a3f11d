"""A trip told against another event's day: "will arrive a day before the summit", "on the eve of
the summit", "two days after the talks", "days after the summit". The event's day the trip's frame
reads (its clause's time after the offset, or a gathering's day told elsewhere for the gathering
noun the offset opens) is moved by the offset: "a day before" and "the eve of" one day back, "two
weeks after" fourteen days on; a vague count ("days after", "weeks before") keeps only the month.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, date_value
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.vocabulary import TRIP_NOUNS
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import TemporalExpression

__all__ = ["offset_gathering", "offset_value"]

_COUNTS = "|".join(
    sorted((w for w, n in NUMBER_WORDS.items() if n <= 30 and " " not in w), key=len, reverse=True)
)
_OFFSET: Final = regex.compile(
    r"\b(?:(?P<n>\d{1,2}|" + _COUNTS + r")[ \t]+(?P<unit>days?|weeks?)|(?P<vague>days|weeks)|"
    r"(?:on[ \t]+)?the[ \t]+(?P<eve>eve))[ \t]+"
    r"(?P<dir>before|after|ahead[ \t]+of|prior[ \t]+to|of)[ \t]+",
    regex.IGNORECASE,
)
"""An offset right before the event it counts from ("a day before", "on the eve of", "days after")."""
_GATHERINGS: Final = lexicon.words("events", "dated gatherings")
_WORD: Final = regex.compile(r"[\p{L}'’-]+")
_NEAR: Final = 40
"""How many characters after the offset the trip noun of a frame may begin ("the eve of the [summit]")."""


def offset_value(ctx: EventContext, use: Use, t: TemporalExpression, value: str) -> str:
    """``value`` (the calendar value of ``t``, a time the frame of ``use`` reads) moved by an offset
    of the frame's clause that the time is counted from; else ``value``."""
    frame = use.trip.frame
    clause = frame.clause
    s0, s1 = ctx.layer.sentences[frame.sentence]
    inside = s0 <= t.start < s1
    for m in _OFFSET.finditer(ctx.text, clause.start, clause.end):
        eve = m.group("eve") is not None
        if eve != (m.group("dir").lower() == "of"):
            continue  # "days of talks", "the eve after"
        if _of_a_trip(ctx, m, clause.end):
            continue  # "on the eve of his visit to China on Monday": Monday is the visit's
        if inside:
            if not m.end() <= t.start < clause.end:
                continue  # a time before the offset is the trip's own ("on May 11, a day before")
        elif frame.phrase is None or not (
            frame.phrase.start <= m.end() + _NEAR and m.end() < frame.phrase.end
        ):
            continue  # the gathering's day told elsewhere counts only for the noun the offset opens
        return _moved(value, m)
    return value


def offset_gathering(ctx: EventContext, uses: list[Use], value: str) -> str:
    """The day of the one gathering a planned visit is dated by (``gathering_dates.py``), moved by
    an offset of a frame's clause right before a gathering noun ("will arrive on the eve of the
    summit"); else ``value``."""
    for u in uses:
        clause = u.trip.frame.clause
        for m in _OFFSET.finditer(ctx.text, clause.start, clause.end):
            if (m.group("eve") is not None) != (m.group("dir").lower() == "of"):
                continue
            words = _WORD.findall(ctx.text, m.end(), min(clause.end, m.end() + _NEAR))
            if any(w.lower() in _GATHERINGS for w in words) and not _of_a_trip(ctx, m, clause.end):
                return _moved(value, m)
    return value


def _of_a_trip(ctx: EventContext, m: regex.Match[str], end: int) -> bool:
    """Does a trip noun follow the offset ("two days after his arrival", "on the eve of her visit")?"""
    return any(w.lower() in TRIP_NOUNS for w in _WORD.findall(ctx.text, m.end(), min(end, m.end() + _NEAR)))


def _moved(value: str, m: regex.Match[str]) -> str:
    parts = date_value(value)
    if parts is None or parts[1] is None:
        return value
    if m.group("vague"):
        return value[:7]  # "days after the summit": its month
    if parts[2] is None or len(value) != 10:
        return value
    if m.group("eve"):
        days = -1
    else:
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        if m.group("dir").lower() != "after":
            days = -days
    day = dt.date(parts[0], parts[1], parts[2]) + dt.timedelta(days=days)
    return day.isoformat()
