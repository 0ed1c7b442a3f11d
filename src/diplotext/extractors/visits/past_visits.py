"""Dates of the uses of a visit case, read for its events: the best day each use tells, the
latest day a stay is told on, and past visits told apart ("attended the meeting in Shanghai in
October 2001, and paid a visit to China in March 2002": two visits)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplotext.extractors.eventkit import EventContext, calendar_value, date_value
from diplotext.extractors.visits.case_dates import sort_key
from diplotext.extractors.visits.cases import Case, Use
from diplotext.model import TemporalExpression

__all__ = ["apart", "best_date", "days_between", "latest_day", "met_during"]


def best_date(ctx: EventContext, use: Use) -> str | None:
    values = [t.value for t in use.trip.dates or use.trip.context_dates if date_value(t.value)]
    values = [v for v in (calendar_value(v) for v in values) if v]
    return min(values, key=sort_key) if values else None


def apart(ctx: EventContext, uses: list[Use], extra: Sequence[Use] = ()) -> list[list[Use]]:
    """Past uses grouped by the date each tells: dates of which neither is a prefix of the other
    ("2001-10" and "2002-03", not "2002" and "2002-03-05") are visits apart; an undated use goes
    with the group of its sentence, else the first."""
    groups: list[tuple[str, list[Use]]] = []
    undated: list[Use] = []
    for use in uses:
        value = best_date(ctx, use)
        if not value:
            undated.append(use)
            continue
        for k, (key, members) in enumerate(groups):
            if key.startswith(value) or value.startswith(key):
                members.append(use)
                groups[k] = (max(key, value, key=len), members)
                break
        else:
            groups.append((value, [use]))
    if not groups:
        return [[*uses, *extra]]
    for use in extra:
        value = best_date(ctx, use) or ""
        home = next(
            (g for key, g in groups if value and (key.startswith(value) or value.startswith(key))), None
        )
        (home or groups[0][1]).append(use)
    for use in undated:
        home = next(
            (g for _, g in groups if any(u.trip.frame.sentence == use.trip.frame.sentence for u in g)), None
        )
        (home or groups[0][1]).append(use)
    return [g for _, g in groups]


def latest_day(ctx: EventContext, uses: list[Use], met: Sequence[TemporalExpression] = ()) -> str | None:
    """The latest full day up to publication that the uses' own arrival or presence frames tell,
    or the days the visitor was met by a host ``met`` ("said X here Tuesday when meeting Y")."""
    times = [t for u in uses if u.own and u.trip.status in ("arrived", "present") for t in u.trip.dates]
    days = [
        v
        for t in (*times, *met)
        if len(v := calendar_value(t.value) or "") == 10 and (days_between(v, ctx.published) or 0) >= 0
    ]
    return max(days) if days else None


def days_between(a: str, published: dt.date | None) -> int | None:
    """Days from a full date value to the publication date (positive when before it)."""
    parts = date_value(a)
    if parts is None or published is None or parts[1] is None or parts[2] is None:
        return None
    try:
        return (published - dt.date(parts[0], parts[1], parts[2])).days
    except ValueError:
        return None


_STAY_DAYS = 14
"""The longest stay a day of meeting the visitor is read as part of, counted from its first day."""


def met_during(case: Case, uses: list[Use], date: str | None) -> list[TemporalExpression]:
    """The days the visitor was met that fall in the stay that began on ``date`` ("arrived last
    Friday ... said X here Tuesday when meeting with Y"): never a meeting of another trip (a
    summit elsewhere a month after a visit)."""
    if date is None or len(uses) != len(case.uses):
        return []
    out: list[TemporalExpression] = []
    for t in case.met_dates:
        v = calendar_value(t.value) or ""
        if len(date) == 7 and v.startswith(date):
            out.append(t)
        elif len(date) == 10 and len(v) == 10:
            gap = days_between(date, dt.date.fromisoformat(v))
            if gap is not None and 0 <= gap <= _STAY_DAYS:
                out.append(t)
    return out
