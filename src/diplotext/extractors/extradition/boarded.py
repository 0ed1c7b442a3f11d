"""A suspect put on a plane to another state: "Police arrested X on Tuesday and put him on a plane
to Addis Ababa", "He was placed aboard a flight to Lima". In a story that speaks of his
extradition or of a request for him (his case is open), the flight hands him over to the state of
its destination, named or told by a city: `completed`, dated by the clause (or the clause it is
coordinated with). A flight planned ("will be put on a plane") or refused hands over no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import parties
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["put_on_a_plane"]

_BOARDING: Final = lexicon.words("events", "verbs that put a person on a craft")
_CRAFTS: Final = lexicon.words("events", "crafts a person is put on")
_NEAR: Final = 3
"""How many sentences before or after the case's own the flight may be told."""


def _craft(clause: Clause) -> Phrase | None:
    return next(
        (
            a.phrase
            for a in clause.args
            if a.role == "pp" and a.prep in ("on", "aboard", "onto") and a.phrase.head.lower() in _CRAFTS
        ),
        None,
    )


def _destination(ctx: EventContext, clause: Clause, craft: Phrase, tribunal: str | None) -> list[str]:
    dests = [a.phrase for a in clause.args if a.role == "pp" and a.prep == "to"]
    dests += [p for prep, p in craft.preps if prep == "to"]
    return list(dict.fromkeys(c for p in dests for c in parties(ctx, p, tribunal)))


def put_on_a_plane(ctx: EventContext, suspect: Actor, acts: Sequence[Act], tribunal: str | None) -> list[Act]:
    """Completed acts for the flights that take ``suspect`` to another state, near his case."""
    if not acts or any(a.status in ("completed", "refused") for a in acts):
        return []
    told = [a.frame.sentence for a in acts]
    held = {c for a in acts for c in a.requested}
    out = []
    for idx in range(max(0, min(told) - _NEAR), min(len(ctx.layer.sentences), max(told) + _NEAR + 1)):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            if pred.lemma not in _BOARDING or pred.negated or pred.modal or pred.tense not in ("past",):
                continue
            if pred.chain or (craft := _craft(clause)) is None:
                continue
            carried = clause.subject if pred.passive else next(iter(clause.objects), None)
            if suspect not in ctx.persons(carried):
                continue
            dest = _destination(ctx, clause, craft, tribunal)
            if len(dest) != 1 or dest[0] in held:
                continue
            parent = ctx.parent(clause)
            times = clause.times or (
                parent.times if parent is not None and clause.kind == "coordinate" else ()
            )
            frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
            days = tuple(t for t in times if t.type in ("DATE", "TIME"))
            out.append(
                Act(frame=frame, suspects=(suspect,), requesting=tuple(dest), status="completed", dates=days)
            )
    return out
