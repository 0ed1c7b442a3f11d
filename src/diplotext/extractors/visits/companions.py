"""Officials who travel with a visitor: "X arrived in Hanoi on Monday, accompanied by Foreign
Minister Y and Trade Minister Z", "Foreign Minister Y, who is accompanying him, signed an accord":
each is on the visit too, with its host, days and status."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext, trigger_words
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.companion_lists import fronted_list, listed_companions, trailing_companions
from diplotext.extractors.visits.groups import pair_named_before
from diplotext.extractors.visits.trip_record import Trip
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["accompanier_state", "add_companions"]

_ACCOMPANY: Final = "accompany"
_FORMS: Final = trigger_words({_ACCOMPANY})
_AFTER: Final = 2
"""Sentences after one of the case's own where a companion may be named."""


def _companions(ctx: EventContext, case: Case, sentence: int) -> list[Actor]:
    """The officials a sentence of the case says travel with its visitor."""
    out: list[Actor] = []
    for c in ctx.layer.in_sentence(sentence):
        if c.predicate.lemma != _ACCOMPANY or c.predicate.negated:
            continue
        agents = [a.phrase for a in c.args if a.role == "agent" or (a.role == "pp" and a.prep == "by")]
        if c.predicate.passive:
            agents = listed_companions(ctx, c)  # "by his wife, Foreign Minister Y and Minister for Trade Z"
        trailing = trailing_companions(ctx, c, case.visitor)
        if trailing:
            out += trailing  # "arrived ..., the first by a king in ten years, accompanied by Y"
        elif c.predicate.passive or (c.kind == "participle" and agents):
            # "X arrived ..., accompanied by Y and Z": the agents accompany the subject
            if case.visitor in ctx.persons(c.subject):
                out += [p for a in agents for p in ctx.persons(a)]
        elif _of_the_visitor(ctx, c, case.visitor):
            # "Y, who is accompanying him": the subject accompanies the object
            out += ctx.persons(c.subject)
            out += fronted_list(ctx, c)  # "Accompanying him are Y and Minister for Trade Z"
    return [p for p in out if p.id != case.visitor.id and ctx.official(p)]


def _of_the_visitor(ctx: EventContext, clause: Clause, visitor: Actor) -> bool:
    """Is the object of "accompany" the visitor, or the pair the visitor is one of?"""
    obj = next((a.phrase for a in clause.args if a.role == "object"), None)
    # "who is accompanying the royal couple": the pair the visitor is one of
    return obj is not None and (visitor in ctx.persons(obj) or visitor in pair_named_before(ctx, obj))


def add_companions(ctx: EventContext, cases: dict[tuple[str, str], Case]) -> None:
    """Give each companion of a case's visitor a case of their own to the same host, told by the
    same frames (their state the visitor's when the text gives none)."""
    accompanying = set(ctx.layer.with_words(_FORMS))
    if not accompanying:
        return  # most stories: no sentence to read
    for case in list(cases.values()):
        told = {u.trip.frame.sentence for u in case.uses}
        near = {i + k for i in told for k in range(_AFTER + 1)}
        for sentence in sorted(near & accompanying):
            for person in _companions(ctx, case, sentence):
                key = (person.id, case.host)
                if key in cases:
                    continue
                state = ctx.state_of(person)
                if state is None:
                    ctx.learn(person, case.state)
                    state = case.state
                if state == case.host:
                    continue  # a host official at the visitor's side
                cases[key] = Case(
                    visitor=person,
                    state=state,
                    host=case.host,
                    order=case.order,
                    uses=list(case.uses),
                    evidence={ctx.layer.sentences[sentence]},
                    companion=True,
                )


def accompanier_state(ctx: EventContext, actor: Actor, trips: list[Trip]) -> str | None:
    """ "Foreign Minister X (of Cuba) accompanied First Vice President Y to Z": the one accompanied,
    of no state the text tells, travels from the accompanier's state (issue 9, twenty-sixth
    session, helper visits40)."""
    for trip in trips:
        if trip.frame.lemma != _ACCOMPANY or actor not in trip.visitors[1:]:
            continue
        lead = trip.visitors[0]
        code = ctx.state_of(lead) if lead is not actor else None
        if code is not None:
            return code
    return None
