"""A visitor told to have left the host's place ends the visit there: "arrived in Kabul on Wednesday
morning and left the same evening", "left Hanoi on Tuesday for Vientiane". Not a leaving for
another place of the same state ("left Kabul for Kandahar"), nor one still to come."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, trigger_words
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import ARRIVALS
from diplotext.syntax import Clause

__all__ = ["mark_hosts_left"]

_LEAVING: Final = lexicon.words("events", "leaving verbs")
_LEAVING_FORMS: Final = trigger_words(_LEAVING)


def mark_hosts_left(ctx: EventContext, cases: dict[tuple[str, str], Case]) -> None:
    """Set ``home_by`` on the cases of a visitor told, after them, to have left the host's place."""
    if not cases:
        return
    by_visitor: dict[str, list[Case]] = {}
    for case in cases.values():
        by_visitor.setdefault(case.visitor.id, []).append(case)
    for idx in ctx.layer.with_words(_LEAVING_FORMS):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            if pred.lemma not in _LEAVING or pred.negated or pred.modal or pred.chain or pred.tense != "past":
                continue
            left = _places_left(ctx, clause)
            if not left:
                continue
            bound = {e.code for a in clause.preps("for", "to") for e in ctx.places(a.phrase) if e.code}
            for person in ctx.persons(clause.subject):
                for case in by_visitor.get(person.id, []):
                    if case.host in left and case.host not in bound and case.order < clause.start:
                        case.home_by = clause.start


def _places_left(ctx: EventContext, clause: Clause) -> set[str]:
    """The states of the places a leaving clause leaves: its object ("left Kabul"), else, for a
    leaving coordinated to an arrival with no object of its own ("arrived in Kabul ... and left the
    same evening"), the arrival's place."""
    objects = [a for a in clause.args if a.role == "object"]
    if objects:
        return {e.code for a in objects for e in ctx.places(a.phrase) if e.code}
    parent = ctx.parent(clause)
    if (
        clause.kind != "coordinate"
        or parent is None
        or parent is clause
        or parent.predicate.lemma not in ARRIVALS
    ):
        return set()
    if any(True for _ in clause.preps("for", "to")):
        return set()  # "arrived in X and left for Y": on to the next stop, told by its own frame
    return {e.code for a in parent.preps("in", "at") for e in ctx.places(a.phrase) if e.code}
