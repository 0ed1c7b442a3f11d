"""Two units back or on, "the week before last", "the month after next" (:func:`r_unit_two_back`); a
length counted from a day: "ten days from now", "two years from today", "a week from Friday",
"three weeks from tomorrow". The length and the day found apart are one expression, a DATE that many
units after the day (at the unit's granularity from now or today, as "two weeks ago" is; a day from a
named day: "a week from Friday" is that Friday's day a week on).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from .blocks import weekday_number
from .context import Context, Match, _one, _tx
from .nthweekday import join_pairs
from .resolve import day_value, iso_week_value, shift

__all__ = ["join_from_days", "r_unit_two_back"]

_LENGTH: Final = regex.compile(r"P(\d+)([DWMY])$")
_UNITS: Final = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_FROM: Final = regex.compile(r"\s{1,3}from\s{1,3}", regex.IGNORECASE)
_DAY: Final = regex.compile(r"\d{4}-\d\d-\d\d$")
_NOW_WORDS: Final = frozenset(["now", "today"])
_UNRESOLVED: Final = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
_STRETCH_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a length that begins on a day')})\s{{1,3}}$",
    regex.IGNORECASE,
)
_UPTO_AFTER: Final = regex.compile(
    rf"\s{{0,3}}(?:[-–]|(?:to|through|{lexicon.alternation('time', 'until')})\b)", regex.IGNORECASE
)


def join_from_days(
    text: str, found: list[TemporalExpression], anchor: dt.date | None
) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with a length, "from" and a day after it joined into that day."""

    def join(t: TemporalExpression, nxt: TemporalExpression) -> TemporalExpression | None:
        if t.type == "DURATION" and t.mod is None:
            return _joined(text, t.start, t.end, t.value, nxt, anchor)
        return None

    return join_pairs(found, join)


def _joined(  # noqa: PLR0917
    text: str, start: int, end: int, length: str, day: TemporalExpression, anchor: dt.date | None
) -> TemporalExpression | None:
    """The day ``length`` (a duration value, at ``text[start:end]``) after ``day``, if "from" is between."""
    gap = _FROM.fullmatch(text, end, day.start)
    got = _LENGTH.match(length)
    if gap is None or got is None or day.type != "DATE" or day.range is not None:
        return None
    if _STRETCH_BEFORE.search(text, max(0, start - 10), start) or _UPTO_AFTER.match(text, day.end):
        return None  # "open for two days from Tuesday to Thursday": a stretch that begins on the day
    said = day.text.lower()
    if not (said in _NOW_WORDS or said == "tomorrow" or weekday_number(day.text) is not None):
        return None
    amount, unit = int(got.group(1)), _UNITS[got.group(2)]
    if day.text.lower() in _NOW_WORDS:
        if anchor is None:
            return None
        value = shift(anchor, unit, amount)
    elif _DAY.match(day.value):
        base = dt.date.fromisoformat(day.value)
        if anchor is not None and base < anchor and weekday_number(day.text) is not None:
            base += dt.timedelta(days=7)  # "a week from Friday" counts from the coming Friday
        days = {"day": amount, "week": 7 * amount}.get(unit)
        if days is None:
            return None  # "a year from Friday": no such day is said
        value = day_value(base + dt.timedelta(days=days))
    else:
        return None
    if value is None:
        return None
    return attrs.evolve(day, text=text[start : day.end], start=start, type="DATE", value=value, mod=None)


def r_unit_two_back(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the week before last" (two weeks back), "the year after next", "the weekend before last"."""
    unit = m.group("tbunit").lower()
    amount = -2 if m.group("tbdir").lower() == "before" else 2
    if ctx.anchor is None:
        value = _UNRESOLVED[unit]
    elif unit == "weekend":
        value = f"{iso_week_value(ctx.anchor + dt.timedelta(days=7 * amount))}-WE"
    else:
        value = shift(ctx.anchor, unit, amount) or ""
    if not value:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))
