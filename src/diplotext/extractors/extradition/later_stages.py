"""A later stage of the case told in the state that asked: "Peru asked Spain in 2017 to extradite
X. He has been held in a Lima prison since March", "He went on trial in Lima on Monday", "A Lima
court sentenced him to ten years". Held, tried or sentenced in the one state the case's acts name
as asking (a city there will do), in a sentence after the case's first act, the suspect has been
handed over: the case is completed (undated: the trial's day is not the surrender's). Never a
trial in absentia, one in the state asked, or one told before the request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import parties
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["stage_in_the_asking_state"]

_STAGES: Final = lexicon.words("events", "verbs of a stage after a surrender")
_ABSENT: Final = lexicon.words("events", "words of a trial without the accused")
_AFTER: Final = 3
"""How many sentences after the case's first act the stage may be told."""


def _about(ctx: EventContext, suspect: Actor, clause: Clause) -> bool:
    if suspect in ctx.persons(clause.subject):
        return True
    return not clause.predicate.passive and any(
        a.role == "object" and suspect in ctx.persons(a.phrase) for a in clause.args
    )


def _told_as_done(clause: Clause) -> bool:
    """Done and told in its own time: not "had been jailed in Russia" (a past before the story)."""
    pred = clause.predicate
    if pred.negated or pred.modal is not None or pred.chain or pred.tense == "future":
        return False
    if pred.tense == "past" and pred.aspect.startswith("perfect"):
        return False
    return pred.tense == "past" or pred.aspect != "simple"


def _before_the_acts(clause: Clause, acts: Sequence[Act]) -> bool:
    """Is the clause dated before an act of the case ("He was jailed in Russia in 2005")?"""
    days = [d.value for a in acts for d in a.dates]
    return any(t.type == "DATE" and any(t.value[:4] < day[:4] for day in days) for t in clause.times)


def stage_in_the_asking_state(
    ctx: EventContext, suspect: Actor, acts: Sequence[Act], tribunal: str | None
) -> list[Act]:
    """A completed act for a stage after a surrender told in the asking state, else nothing."""
    if not acts or any(a.status == "completed" for a in acts):
        return []
    asking = {c for a in acts for c in a.requesting}
    asked = {c for a in acts for c in a.requested}
    if len(asking) != 1 or asking & asked:
        return []
    first = min(a.frame.sentence for a in acts)
    taken = {a.frame.sentence for a in acts}
    for idx in range(first + 1, min(len(ctx.layer.sentences), first + 1 + _AFTER)):
        if idx in taken:
            continue
        for clause in ctx.layer.in_sentence(idx):
            if clause.kind not in ("main", "coordinate") or clause.predicate.lemma not in _STAGES:
                continue
            if (
                not _told_as_done(clause)
                or _before_the_acts(clause, acts)
                or not _about(ctx, suspect, clause)
            ):
                continue
            if not _ABSENT.isdisjoint(w.lower() for w in ctx.text[clause.start : clause.end].split()):
                continue
            where = [c for a in clause.preps("in", "at") for c in parties(ctx, a.phrase, tribunal)]
            if suspect not in ctx.persons(clause.subject):
                where += parties(ctx, clause.subject, tribunal)  # "A Lima court sentenced him"
            if set(where) != asking:
                continue
            frame = Frame(lemma=clause.predicate.lemma, clause=clause, trigger=clause.predicate.head)
            return [Act(frame=frame, suspects=(suspect,), requesting=tuple(asking), status="completed")]
    return []
