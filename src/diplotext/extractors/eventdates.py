"""TIMEX3 date values as the event plugins read them: split into year, month and day, cut to their
calendar part, and placed before, around or after the publication date.

The functions are re-exported by :mod:`diplotext.extractors.eventkit`, where the plugins import them.
"""

from __future__ import annotations

import datetime as dt

import regex

from diplotext.patterns import KEEP_GIL

__all__ = ["calendar_value", "compare_to", "date_value"]

_DATE_VALUE = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_ISO_WEEK = regex.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
"""An ISO week, or its weekend ("2006-W47-WE", "next weekend"): the week it falls in."""


def date_value(value: str | None) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of a TIMEX3 date or time value (``"2006-11"`` -> ``(2006, 11, None)``;
    an ISO week is its Thursday)."""
    if not value:
        return None
    week = _ISO_WEEK.match(value, None, None, KEEP_GIL)
    if week:
        try:
            thursday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        except ValueError:
            return None
        return thursday.year, thursday.month, thursday.day
    m = _DATE_VALUE.match(value, None, None, KEEP_GIL)
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return None
    return int(m.group(1)), month, day


_CALENDAR = regex.compile(r"^(?:\d{4}-W\d{2}|\d{4}(?:-\d{2}(?:-\d{2})?)?)")


def calendar_value(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value: a day, month, year or ISO week (``"2006-11-26T10:00"``
    -> ``"2006-11-26"``, ``"2006-W47-WE"`` -> ``"2006-W47"``), or ``None`` (``PRESENT_REF``...)."""
    if not value:
        return None
    m = _CALENDAR.match(value, None, None, KEEP_GIL)
    return m.group() if m else None


def compare_to(value: str, published: dt.date | None) -> int | None:
    """-1, 0 or 1 as a date value lies before, around (same period) or after ``published``."""
    parts = date_value(value)
    if parts is None or published is None:
        return None
    year, month, day = parts
    if week := _ISO_WEEK.match(value, None, None, KEEP_GIL):
        monday = dt.date.fromisocalendar(*published.isocalendar()[:2], 1)
        y, w = int(week.group(1)), int(week.group(2))
        mine = dt.date.fromisocalendar(y, w, 1)
        return (mine > monday) - (mine < monday)
    if year != published.year:
        return -1 if year < published.year else 1
    if month is None:
        return 0
    if month != published.month:
        return -1 if month < published.month else 1
    if day is None:
        return 0
    if day != published.day:
        return -1 if day < published.day else 1
    return 0
