"""A stop told in an "after ..." participle of a plan: "will fly to Kuwait on Sunday after visiting
Riyadh on Tuesday", told on a Friday. The stop came before the plan's day, so a bare weekday is the
last one, and a stop whose day (or week, told at its end) is gone by at publication is done, though
the clause it hangs on is still to come."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext, calendar_value
from diplotext.extractors.visits.trip_context import last_weekday
from diplotext.extractors.visits.trip_times import dated, when_told, word_before
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["done_before_the_plan"]

_WEEK_ENDS = 4
"""Weekday (Friday) from which a week told of a stop ("after visiting X this week") is gone by."""


def done_before_the_plan(
    ctx: EventContext, clause: Clause, dates: tuple[TemporalExpression, ...], status: str | None
) -> tuple[tuple[TemporalExpression, ...], str | None]:
    """The dates and status of a trip told in an "after ..." participle of a plan dated after
    publication: its weekdays the last ones, and ``completed`` when every day of it is gone by."""
    published = ctx.published
    if status != "planned" or not dates or published is None:
        return dates, status
    if clause.kind not in ("participle", "adverbial") or word_before(ctx, clause.predicate.start) != "after":
        return dates, status
    parent = ctx.parent(clause)
    if parent is None or parent is clause or parent.predicate.negated:
        return dates, status
    if not any(when_told(ctx, t) == 1 for t in dated(ctx, parent.times)):
        return dates, status
    moved = tuple(last_weekday(ctx, t) for t in dates)
    for t in moved:
        when = when_told(ctx, t)
        week = "W" in (calendar_value(t.value) or "")
        if not (when == -1 or (when == 0 and week and published.weekday() >= _WEEK_ENDS)):
            return dates, status
    return moved, "completed"
