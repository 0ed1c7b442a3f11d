"""A later stop of a planned tour dated by a bare weekday: "will leave on Sunday for Guatemala
and Honduras ... She travels on to Tegucigalpa on Tuesday" (told on a Monday). The weekday is
read against the publication day ("Tuesday" = tomorrow), but a stop told after another stop of the
same tour cannot come before it: its weekday is the first one on or after the earlier stop's day."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

import attrs

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Event

__all__ = ["later_legs_after_earlier"]

_WEEKDAYS: Final = frozenset(d.lower() for d in calendar.day_name)
_MAX_SHIFT_WEEKS: Final = 2
"""How many weeks at most a stop's weekday is moved on (a tour's stops lie within days)."""


def later_legs_after_earlier(ctx: EventContext, events: list[Event]) -> list[Event]:
    """The events with the day of each planned stop that a bare weekday dates before an earlier
    told stop of the same visitor moved on by whole weeks to that stop's day or after."""
    latest: dict[str, dt.date] = {}
    out: list[Event] = []
    for e in events:
        day = _day(e.date)
        visitor = str(e.roles.get("visitor"))
        if e.type != "visit" or e.attributes.get("status") != "planned" or day is None:
            out.append(e)
            continue
        before = latest.get(visitor)
        if before is not None and day < before and _by_a_weekday(ctx, e):
            weeks = -(-(before - day).days // 7)
            if weeks <= _MAX_SHIFT_WEEKS:
                day += dt.timedelta(weeks=weeks)
                latest[visitor] = max(day, before)
                out.append(attrs.evolve(e, date=day.isoformat()))
                continue
        latest[visitor] = max(day, before) if before is not None else day
        out.append(e)
    return out


def _day(value: str | None) -> dt.date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _by_a_weekday(ctx: EventContext, event: Event) -> bool:
    """Is the event's day told by a bare weekday ("on Tuesday") in one of its sentences?"""
    return any(
        t.value == event.date
        and t.text.lower() in _WEEKDAYS
        and any(s <= t.start and t.end <= e for s, e in event.evidence)
        for t in ctx.dates
    )
