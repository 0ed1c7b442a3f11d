"""A past "was expected in Lima on Tuesday": the weekday is the nearer of the one just gone and the
coming one the dates layer may read it as (told on a Wednesday, the day before; told on a
Wednesday, "was due in Jakarta on Thursday" is the next day, still a plan), so a trip dated the day
gone by is done unless the story calls it off; "is expected ... on Tuesday" keeps the coming day."""

from __future__ import annotations

import datetime as dt

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.trip_context import last_weekday
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["expected_days"]


def expected_days(
    ctx: EventContext, clause: Clause, status: str | None
) -> tuple[tuple[TemporalExpression, ...], str | None]:
    """The days a traveller was due or expected there, and the status: a bare weekday of a past
    "was expected"/"was due" moved back to the last one up to publication when that is nearer
    than the coming one, which makes the trip completed when that day is gone by."""
    dates = tuple(dated(ctx, clause.times))
    if clause.predicate.tense != "past" or clause.predicate.negated or not dates:
        return dates, status
    moved = tuple(_nearer(ctx, t) for t in dates)
    if moved == dates:
        return dates, status
    if status == "planned" and all(when_told(ctx, t) == -1 for t in moved):
        status = "completed"
    return moved, status


def _nearer(ctx: EventContext, t: TemporalExpression) -> TemporalExpression:
    """The last weekday up to publication when it is nearer publication than ``t``'s day ahead."""
    back = last_weekday(ctx, t)
    published = ctx.published
    if back is t or published is None:
        return t
    try:
        ahead, gone = dt.date.fromisoformat(t.value), dt.date.fromisoformat(back.value)
    except ValueError:
        return t
    return back if (published - gone) < (ahead - published) else t
