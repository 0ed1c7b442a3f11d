"""A trip put off in a participle and given a new day ahead in its own clause is planned for that
day: "X's visit to Austria, postponed last month, will now go ahead on March 22" (the trip is
to come, on the new day), unlike "X's trip, called off on Monday, was to be her first"."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.syntax import Clause

__all__ = ["put_off_to_a_day_ahead"]


def put_off_to_a_day_ahead(ctx: EventContext, frame: Frame, participle: Clause) -> bool:
    """Is ``participle`` (a participle on the frame's phrase that puts the trip off) beside a
    future clause of the frame that dates the trip after publication?"""
    clause = frame.clause
    pred = clause.predicate
    if (
        participle is clause
        or pred.negated
        or not (pred.tense == "future" or pred.modal in ("will", "shall"))
    ):
        return False
    return any(when_told(ctx, t) == 1 for t in dated(ctx, clause.times))
