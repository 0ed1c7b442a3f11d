"""The person a state wants, named as the object of its wish: "Spain will not extradite a Moroccan
rapper ... Rabat sought X over songs it says insult the monarchy". A description that a surrender
verb takes ("a Moroccan rapper") stands for a person named after it; one named as the object of
"want", "seek", "accuse" whose subject is a state (or its capital) is that person, whatever else
the sentence tells."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Entity

__all__ = ["wanted_by_a_state"]

_WANTING: Final = lexicon.words("events", "verbs of a state wanting a person")


def wanted_by_a_state(ctx: EventContext, person: Entity, idx: int) -> bool:
    """Is ``person`` (in sentence ``idx``) the object of an active wanting or accusing verb whose
    subject names a state, not a demonym ("Rabat sought X", "Turkey accuses X of")?"""
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        if pred.lemma not in _WANTING or pred.passive or pred.negated or clause.subject is None:
            continue
        if not any(
            e.kind in ("state", "place") and e.code and e.place_kind != "demonym"
            for e in clause.subject.entities
        ):
            continue
        if any(
            a.role == "object" and a.phrase.start <= person.start and person.end <= a.phrase.end
            for a in clause.args
        ):
            return True
    return False
