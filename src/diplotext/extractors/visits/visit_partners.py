"""The host of a visit told with no place, by whom the visitor met on it: "X met Chilean President Y
on Wednesday at the start of a short visit", "held talks with Y during a visit": the one state of
the officials met in the clause the visit noun hangs on."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.frames import Trip
from diplotext.extractors.visits.trip_context import posted
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
    partners = [
        p
        for a in clause.args
        if a.role == "object" or (a.role == "pp" and a.prep == "with")
        for p in ctx.persons(a.phrase)
        if p not in trip.visitors
    ]
    visitor_states = {ctx.state_of(v) for v in trip.visitors}
    codes = {ctx.state_of(p) for p in partners if ctx.official(p) and not posted(ctx, p)}
    if len(codes) != 1 or None in codes or codes & visitor_states:
        return []
    code = codes.pop()
    assert code is not None
    return [Entity(start=0, end=0, kind="state", text=partners[0].name, code=code)]
