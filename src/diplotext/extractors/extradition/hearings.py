"""A court's hearing on a case, told in a sentence after it: "A hearing on both requests opened on
Thursday and was adjourned until June 9", "The court adjourned the hearing on Tuesday". The case is
pending from that day."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.people import apposed_after

__all__ = ["decision_put_off", "hearing_held"]

_HEARING_VERBS: Final = lexicon.words("events", "hearing verbs")
_HEARINGS: Final = frozenset(["hearing", "hearings", "proceedings"])


def hearing_held(ctx: EventContext, idx: int) -> list[Act]:
    """The pending acts of sentence ``idx``: a hearing (or proceedings) opened, held, resumed or
    adjourned on a day, told as done (not negated, not to come)."""
    out: list[Act] = []
    if not ctx.layer.may_hold(idx, _HEARINGS):
        return out  # no hearing to be held
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        # "At a hearing on Monday, X told the court ...": a hearing held that day
        at_a_hearing = any(
            a.role == "pp" and a.prep == "at" and a.phrase.head.lower() in _HEARINGS for a in clause.args
        )
        if (
            (pred.lemma not in _HEARING_VERBS and not (at_a_hearing and pred.tense == "past"))
            or pred.negated
            or pred.modal
            or pred.chain
            or pred.tense == "future"
            or not clause.times
        ):
            continue
        # the hearing is the object ("the court adjourned the hearing") or the subject ("a hearing
        # opened", "was adjourned"), though never the subject of an active "hold" (the court)
        heads = [a.phrase for a in clause.args if a.role == "object"]
        if clause.subject is not None and (pred.passive or pred.lemma != "hold"):
            heads.append(clause.subject)
        if not at_a_hearing and not any(p.head.lower() in _HEARINGS for p in heads):
            continue
        frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
        out.append(
            Act(frame=frame, status="pending", dates=tuple(t for t in clause.times if t.type == "DATE"))
        )
    return out


_PUTTING_OFF: Final = lexicon.words("events", "verbs putting off a decision")
_DECISIONS: Final = lexicon.words("events", "decisions a court puts off")


def decision_put_off(ctx: EventContext, idx: int) -> list[Act]:
    """ "The court postponed on Wednesday a decision on the third suspect, X": a court's decision
    on a person, put off on a day, leaves that person's surrender pending (in a story whose cases
    say which surrender it is)."""
    out: list[Act] = []
    if not ctx.layer.may_hold(idx, _DECISIONS):
        return out  # no decision to put off
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        if pred.lemma not in _PUTTING_OFF or pred.negated or pred.modal or pred.tense == "future":
            continue
        heads = [a.phrase for a in clause.args if a.role == "object"]
        if pred.passive and clause.subject is not None:
            heads.append(clause.subject)
        if not any(p.head.lower() in _DECISIONS for p in heads):
            continue
        suspects = [
            person
            for a in clause.args
            if a.role == "pp" and a.prep == "on"
            for person in ctx.persons(a.phrase) or apposed_after(ctx, a.phrase)
        ]
        if suspects:
            frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
            dates = tuple(t for t in clause.times if t.type == "DATE")
            out.append(Act(frame=frame, status="pending", suspects=tuple(suspects), dates=dates))
    return out
