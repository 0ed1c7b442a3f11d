"""The host of a visit told with no place, by whom the visitor met on it: "X met Chilean President Y
on Wednesday at the start of a short visit", "held talks with Y during a visit": the one state of
the officials met in the clause the visit noun hangs on."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.story_place import state_of_those_met
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, MEET_VERBS
from diplotext.syntax import Entity
from diplotext.syntax.words import POSSESSIVES

__all__ = ["host_of_those_met"]


def host_of_those_met(ctx: EventContext, trip: Trip) -> list[Entity]:
    """The state of the officials met in the clause a placeless visit noun is an adjunct of, when
    they are all of one state other than the visitors'."""
    frame = trip.frame
    arg = frame.arg
    if frame.phrase is None or arg is None or arg.role != "pp" or trip.status == "planned":
        return []
    clause = frame.clause
    owner = frame.phrase.possessor
    doers = ctx.persons(ctx.doers(clause))
    if (owner is not None and (owner.actor is None or owner.actor not in doers)) or (
        owner is None and frame.phrase.words[:1] and frame.phrase.words[0] in POSSESSIVES
    ):
        return []  # "met Y during her visit": whose visit is not told by the doer
    pred = clause.predicate
    meeting = pred.lemma in MEET_VERBS or any(
        a.role == "object" and a.phrase.head.lower() in MEET_NOUNS for a in clause.args
    )
    if not meeting or pred.negated:
        return []
    code = state_of_those_met(ctx, frame, trip.visitors)  # the one state of the officials met
    return [] if code is None else [Entity(start=0, end=0, kind="state", text="", code=code)]
