"""A trip noun told of by an announcing clause: "The trip was announced on Tuesday and will start
on May 3", "the ministry confirmed the visit on Monday". The clause's time is the day of the
telling, never the trip's; a conjunct that shares the trip noun as its subject and tells its
start or its holding ("and will start on May 3", "and will take place on May 3") dates the trip.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.trip_times import dated
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["announced", "conjunct_start", "set_for"]

_TELLING: Final = lexicon.words("events", "verbs telling of a trip from afar")
_HOLDING: Final = lexicon.words("events", "verbs a trip begins by") | {"take place", "be held"}


def announced(frame: Frame) -> bool:
    """Is the trip noun the subject (a passive's) or the object of a clause that only tells of it?"""
    clause = frame.clause
    return (
        frame.arg is not None
        and frame.depth == 0
        and frame.arg.role in ("subject", "object")
        and clause.predicate.lemma in _TELLING
        and (frame.arg.role == "object" or clause.predicate.passive)
    )


def conjunct_start(ctx: EventContext, clause: Clause) -> list[TemporalExpression]:
    """The dated times of a conjunct that takes its subject (the trip noun) from ``clause`` and
    tells the trip begin or take place ("... and will start on May 3")."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if (
            c.kind == "coordinate"
            and c.subject_from == clause.index
            and c.parent == clause.index
            and c.predicate.lemma in _HOLDING
            and not c.predicate.negated
        ):
            return dated(ctx, c.times)
    return []


def set_for(ctx: EventContext, times: list[TemporalExpression]) -> list[TemporalExpression]:
    """The times a telling clause sets the trip for ("has been confirmed for June", "was
    announced for next week"): a time after "for" is the trip's, not the telling's day."""
    return [t for t in times if ctx.text[max(0, t.start - 4) : t.start].lower() == "for "]
