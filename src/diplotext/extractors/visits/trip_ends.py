"""A trip said to end on a day in the next few days ("wraps up a visit to X on Thursday", told on
a Tuesday): the visitor is there now, so the trip goes on. Not a tour said to end at a place
("will wind up the tour in X on Thursday", told on a Wednesday): X is a stop still to come."""

from __future__ import annotations

import datetime as dt

from diplotext.extractors.eventkit import EventContext, Frame, calendar_value, date_value
from diplotext.extractors.visits.frame_checks import ends_a_tour_at
from diplotext.extractors.visits.trip_times import dated
from diplotext.extractors.visits.vocabulary import LIGHT_VERBS
from diplotext.syntax import Clause

__all__ = ["ended_by_its_verb", "ends_in_days"]

_ENDING_DAYS = 3
"""Days ahead within which a trip said to end is taken to be going on already."""


def ends_in_days(ctx: EventContext, clause: Clause) -> bool:
    """Does the clause that ends a trip date the end on a day in the next few days (and say
    nothing of its beginning)?"""
    if ctx.published is None or clause.predicate.modal not in (None, "will"):
        return False
    if ends_a_tour_at(ctx, clause):
        return False  # "will end the tour in X on Friday": the last stop, still to come
    days = [t for t in dated(ctx, clause.times) if len(calendar_value(t.value) or "") == 10]
    if len(days) != 1 or len(dated(ctx, clause.times)) != 1:
        return False
    parts = date_value(calendar_value(days[0].value))
    if parts is None or parts[1] is None or parts[2] is None:
        return False
    try:
        gap = (dt.date(parts[0], parts[1], parts[2]) - ctx.published).days
    except ValueError:
        return False
    return 0 < gap <= _ENDING_DAYS


def ended_by_its_verb(ctx: EventContext, frame: Frame) -> bool:
    """Is the trip noun the object of a verb that ends it ("concludes his visit today", "will wind
    up his trip on Thursday")? The day that clause tells is the trip's last, not its first; not a
    tour ended at a place ("will end the tour in X on Friday": a day at its last stop)."""
    clause = frame.clause
    return (
        frame.arg is not None
        and frame.arg.role == "object"
        and frame.depth == 0
        and LIGHT_VERBS.get(clause.predicate.lemma) == "ended"
        and not clause.predicate.negated
        and not ends_a_tour_at(ctx, clause)
    )
