"""Narrative mode: the story's own time, and the values resolved against it.

In histories, profiles and background text, "On 7 February", "two days later", "the following year"
or "in March" follow the story, not the publication date: they are read against the *reference* (the
last calendar date the text named before them, at the granularity it was named: a year, a month or a
day). Narratives move forward, so where the year of a day or month is open the later candidate is
preferred: a distance back from the reference counts double (triple for a month alone), the mirror
of the news rule (:mod:`.resolve`), where the past is preferred. The clause's tense is not used: a
narrative is in the past tense throughout, so it says nothing about the direction.

A value the reference is too coarse for keeps what is known and writes ``X`` for the rest: "the next
day" after "In 1941" is ``1941-XX-XX``, "that week" after "June 1941" is ``1941-WXX``. A weekday
needs a day to count from: until the story has named one, it is read as in news.

The same reference serves the *background paragraph* of news mode (:class:`Background`): inside one
paragraph, after a date of an earlier year, a day or month without a year takes that year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from .resolve import add_months, day_value, iso_week_value, month_value, quarter_of, year_value

__all__ = [
    "Background",
    "Reference",
    "advance",
    "reference_of",
    "story_day",
    "story_month",
    "story_shift",
    "story_weekday",
]

_BACK_DAY: Final = 2.0
"""How much a day before the reference weighs against one after it (narratives move forward)."""
_BACK_MONTH: Final = 3.0
"""The same for a month named alone ("in March")."""


class Reference:
    """The story's time: a year, a month of a year or a day, and the value that named it."""

    __slots__ = ("day", "month", "value", "year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None, value: str = "") -> None:
        self.year = year
        self.month = month
        self.day = day
        self.value = value or _prefix(year, month, day)

    def __repr__(self) -> str:
        return f"Reference({self.value!r})"

    @property
    def first(self) -> dt.date:
        """The first day of the period the reference names."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> dt.date:
        """The last day of the period the reference names."""
        if self.day is not None:
            return self.first
        if self.month is None:
            return dt.date(self.year, 12, 31)
        y, m = add_months(self.year, self.month, 1)
        return dt.date(y, m, 1) - dt.timedelta(days=1)

    def within(self, other: Reference) -> bool:
        """Is this reference inside the (coarser or equal) period ``other`` names?"""
        if self.year != other.year:
            return False
        if other.month is None:
            return True
        return self.month == other.month and (other.day is None or self.day == other.day)

    def unknown(self, granularity: str) -> str:
        """What is known of a value at ``granularity`` ("day", "week", "month", "quarter") with ``X``
        for the rest: ``1941-XX-XX``, ``1941-06-XX``, ``1941-WXX``."""
        y = year_value(self.year)
        if granularity == "day":
            return f"{y}-{self.month:02d}-XX" if self.month else f"{y}-XX-XX"
        if granularity == "week":
            return f"{y}-WXX"
        if granularity == "quarter":
            return f"{y}-QX"
        return f"{y}-XX"


def _prefix(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return year_value(year)
    if day is None:
        return month_value(year, month)
    return f"{month_value(year, month)}-{day:02d}"


_CALENDAR: Final = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\dX])")


def reference_of(value: str) -> Reference | None:
    """The reference a resolved DATE or TIME value names (``None`` for ``PAST_REF``, ``XXXX-12``,
    decades and centuries). Weeks, quarters and seasons name their year."""
    m = _CALENDAR.match(value)
    if m is None or "X" in value[:10]:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and month is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return Reference(year, month, day, value[:10])


def advance(current: Reference | None, new: Reference) -> Reference:
    """The reference after a date is named: the new one, unless it only names the period the story
    is already in ("in 1941" after "22 June 1941" keeps the day)."""
    if current is not None and current.within(new) and (current.month, current.day) != (new.month, new.day):
        return current
    return new


def _distance(ref: Reference, first: dt.date, last: dt.date, back: float) -> float:
    """How far ``[first, last]`` is from the reference's period; a distance back counts ``back`` times."""
    if last < ref.first:
        return (ref.first - last).days * back
    if first > ref.last:
        return float((first - ref.last).days)
    return 0.0


def story_day(ref: Reference, day_in: Callable[[int], dt.date | None]) -> str | None:
    """A day named without its year ("7 February", "Christmas"): ``day_in(year)`` is that day in a
    year; the year is the reference's, or the one before or after, the nearest to the reference
    (a distance back counting double), the later on a tie."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := day_in(y)) is not None]
    if not options:
        return None
    best = min(options, key=lambda d: (_distance(ref, d, d, _BACK_DAY), -d.toordinal()))
    return day_value(best)


def story_month(ref: Reference, month: int) -> tuple[int, int]:
    """``(year, month)`` for a month named alone: the nearest to the reference, a month back
    counting three times, the later on a tie."""
    here_first = ref.year * 12 + (ref.month or 1) - 1
    here_last = ref.year * 12 + (ref.month or 12) - 1

    def cost(index: int) -> tuple[float, int]:
        if index < here_first:
            return (here_first - index) * _BACK_MONTH, -index
        return float(max(0, index - here_last)), -index

    best = min(((y * 12 + month - 1) for y in (ref.year - 1, ref.year, ref.year + 1)), key=cost)
    return best // 12, best % 12 + 1


def story_weekday(ref: Reference, weekday: int, rel: str | None = None) -> str:
    """A weekday (1 = Monday) in the story: the first such day on or after the reference's (first)
    day; ``rel`` "last" (the previous) is strictly before it, "next" (the following) strictly after.
    Only a reference at a day is used for this (:func:`.anchoring.weekday`)."""
    here = ref.first
    ahead = (weekday - here.isoweekday()) % 7
    if rel == "last":
        return day_value(here - dt.timedelta(days=(here.isoweekday() - weekday) % 7 or 7))
    if rel == "next":
        ahead = ahead or 7
    return day_value(here + dt.timedelta(days=ahead))


_DAY_UNITS: Final = frozenset(["second", "minute", "hour", "day"])


def story_shift(ref: Reference, unit: str, amount: int) -> str | None:
    """The value ``amount`` units from the reference ("two days later", "the previous month", "that
    year"); a unit finer than the reference keeps what is known (``1941-XX-XX``)."""
    try:
        if unit in _DAY_UNITS or unit in ("week", "fortnight", "weekend"):
            if ref.day is None:
                granularity = "day" if unit in _DAY_UNITS else "week"
                value = ref.unknown(granularity)
                return value + "-WE" if unit == "weekend" else value
            if unit in _DAY_UNITS:
                days = amount if unit == "day" else 0
                return day_value(ref.first + dt.timedelta(days=days))
            weeks = amount * (2 if unit == "fortnight" else 1)
            week = iso_week_value(ref.first + dt.timedelta(days=7 * weeks))
            return week + "-WE" if unit == "weekend" else week
        if unit in ("month", "quarter"):
            if ref.month is None:
                return ref.unknown(unit)
            step = amount * (3 if unit == "quarter" else 1)
            y, m = add_months(ref.year, ref.month, step)
            if not 1 <= y <= 9999:
                return None
            return month_value(y, m) if unit == "month" else f"{year_value(y)}-Q{quarter_of(m)}"
        years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit)
        if years is None:
            return None
        y = ref.year + years * amount
        if not 0 <= y <= 9999:
            return None
        if unit == "decade" and amount == 0:
            return year_value(y)[:3]
        if unit == "century" and amount == 0:
            return year_value(y)[:2]
        return year_value(y)
    except (OverflowError, ValueError):
        return None


class Background:
    """News mode's background paragraph: a date of a year before publication, named in this
    paragraph ("In 1998 the two countries signed a treaty."), which a later "On 7 February" or "in
    March" of the same paragraph belongs to, until the paragraph ends or the text comes back to its
    own present (an expression resolved against publication)."""

    __slots__ = ("end", "value", "year")

    def __init__(self, year: int, value: str, end: int) -> None:
        self.year = year
        self.value = value
        self.end = end
        """Where the paragraph ends (the background holds before this offset)."""
