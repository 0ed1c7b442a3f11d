"""When a reported visit can have taken place: a window of days per report, and whether two fit.

A visit event's ``date`` is a day, an ISO week, a month or a year; with none, the article's
publication date stands in, shifted by what the status says of it (a trip still to come is after
the report, one that is over before it). The constants are the rule docs/linking.md states.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

__all__ = [
    "MAX_TRIP_DAYS",
    "SLACK_DAYS",
    "Window",
    "parse_value",
    "window_of",
]

SLACK_DAYS: Final = 7
"""Two windows fit when they overlap once each is widened by this many days (a multi-day trip:
an arrival told on its first day, talks on its fifth)."""
MAX_TRIP_DAYS: Final = 21
"""The reports of one trip lie within this many days of its first one."""
PLANNED_AHEAD_DAYS: Final = 30
"""An undated planned (postponed, cancelled) trip lies up to this many days after its report."""
DONE_BEFORE_DAYS: Final = 14
"""An undated completed trip lies up to this many days before its report."""
ONGOING_DAYS: Final = 3
"""An undated trip going on at publication began up to this many days before it."""
NARROW_DAYS: Final = 7
"""A window this wide or narrower (a day, an ISO week, an undated trip going on) dates a trip; wider
ones (a month, a year, an undated plan) are placed in the trips the narrow ones make."""

_VALUE = regex.compile(r"^(\d{4})(?:-(?:W(\d{1,2})|(\d{2})(?:-(\d{2}))?))?")


@attrs.frozen(order=True)
class Window:
    """A closed range of days."""

    lo: dt.date
    hi: dt.date

    @property
    def days(self) -> int:
        return (self.hi - self.lo).days + 1

    @property
    def narrow(self) -> bool:
        return self.days <= NARROW_DAYS

    def fits(self, other: Window, slack: int = SLACK_DAYS) -> bool:
        """Do the two windows overlap once widened by ``slack`` days?"""
        gap = dt.timedelta(days=slack)
        return self.lo - gap <= other.hi and other.lo - gap <= self.hi


def parse_value(value: str | None) -> Window | None:
    """The days a TIMEX3 calendar value covers: ``2006-11-15`` (one day), ``2006-W48`` (Monday to
    Sunday), ``2006-11`` (the month), ``2006`` (the year); ``None`` for anything else."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(2):
            monday = dt.date.fromisocalendar(year, int(m.group(2)), 1)
            return Window(monday, monday + dt.timedelta(days=6))
        if m.group(4):
            day = dt.date(year, int(m.group(3)), int(m.group(4)))
            return Window(day, day)
        if m.group(3):
            month = int(m.group(3))
            first = dt.date(year, month, 1)
            after = dt.date(year + month // 12, month % 12 + 1, 1)
            return Window(first, after - dt.timedelta(days=1))
        return Window(dt.date(year, 1, 1), dt.date(year, 12, 31))
    except ValueError:
        return None


def window_of(date: str | None, published: str | None, status: str | None) -> Window | None:
    """Where a reported visit lies: its own date's days; else around the publication date by status
    (``planned``/``postponed``/``cancelled``: up to :data:`PLANNED_AHEAD_DAYS` after it,
    ``completed``: up to :data:`DONE_BEFORE_DAYS` before it, otherwise up to :data:`ONGOING_DAYS`
    before it); ``None`` when neither is known."""
    own = parse_value(date)
    if own is not None:
        return own
    day = parse_value(published)
    if day is None:
        return None
    p = day.lo
    if status in ("planned", "postponed", "cancelled"):
        return Window(p, p + dt.timedelta(days=PLANNED_AHEAD_DAYS))
    if status == "completed":
        return Window(p - dt.timedelta(days=DONE_BEFORE_DAYS), p)
    return Window(p - dt.timedelta(days=ONGOING_DAYS), p)
