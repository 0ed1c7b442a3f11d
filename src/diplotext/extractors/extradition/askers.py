"""The state that asks for a suspect when no surrender act names it: the one he is "wanted in" or
"wanted by" ("X, a businessman wanted in Krakow"), the one he is to stand trial in, the one that
accuses him in a relative clause ("X, whom the United States accuses of ..."), or the one a refusal
was made to ("Washington imposed sanctions after Sudan refused to hand over X")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.purposes import trial_state
from diplotext.extractors.extradition.sides import home_country, parties
from diplotext.extractors.extradition.tried_after import tried_after_surrender
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["refused_party", "wanted_by"]

_ACCUSING: Final = frozenset({"accuse", "charge", "indict"})


def wanted_by(
    ctx: EventContext, suspect: Actor, acts: Sequence[Act], sentences: set[int], tribunal: str | None
) -> str | None:
    """The state the suspect is wanted in or by ("X, wanted in Brazil", "wanted by Peru"), in any
    sentence naming him (it joins the case: added to ``sentences``), else where he is to stand
    trial."""
    acted = {a.frame.sentence for a in acts}
    for idx in sorted({ctx.layer.sentence_at(s) for s, _ in suspect.mentions} | acted):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            if pred.lemma != "want" or pred.negated:
                continue
            apposed = _apposed(ctx, suspect, clause)
            if not (pred.passive or (apposed and not any(a.role == "object" for a in clause.args))):
                continue  # "X, a businessman wanted in Krakow": a passive participle
            # "an order for a man wanted in Sweden to be extradited": the description the act
            # read as the suspect named after it
            described = (
                idx in acted
                and clause.kind == "participle"
                and clause.subject is not None
                and not ctx.persons(clause.subject)
            )
            if suspect not in ctx.persons(clause.subject) and not apposed and not described:
                continue
            for a in clause.preps("in", "by", "at"):
                # "a South Korean wanted at home": only his home, never a place "at"
                codes = [] if a.prep == "at" else parties(ctx, a.phrase, tribunal)
                codes = codes or home_country(clause, a.phrase)
                if codes:
                    sentences.add(idx)
                    return codes[0]
    return (
        trial_state(ctx, sentences, suspect, tribunal)
        or tried_after_surrender(ctx, sentences, suspect, acts, tribunal)
        or _accuser(ctx, suspect, sentences, tribunal)
    )


def _accuser(ctx: EventContext, suspect: Actor, sentences: set[int], tribunal: str | None) -> str | None:
    """The state that accuses the suspect in a relative clause on him ("X, whom the United
    States accuses of plotting a bombing, is held in Germany pending an extradition hearing")."""
    for idx in sorted(sentences):
        for clause in ctx.layer.in_sentence(idx):
            if clause.kind != "relative" or clause.predicate.lemma not in _ACCUSING:
                continue
            ante = next((a.phrase for a in clause.args if a.role == "antecedent"), None)
            if clause.predicate.negated or suspect not in ctx.persons(ante):
                continue
            codes = parties(ctx, clause.subject, tribunal)
            if codes:
                return codes[0]
    return None


def refused_party(
    ctx: EventContext, acts: Sequence[Act], asked: set[str], tribunal: str | None
) -> str | None:
    """The one state the clause a refusal hangs on has as its subject ("Washington imposed
    sanctions after Sudan refused to hand over X"), past a relative whose subject is no state
    ("Washington launched the war that toppled the junta after it refused"): the side that was
    refused."""
    for act in acts:
        if act.status != "refused":
            continue
        clause = act.frame.clause
        parent = ctx.parent(clause)
        while parent is not None and parent is not clause:
            codes = [c for c in parties(ctx, parent.subject, tribunal) if c not in asked]
            if len(codes) == 1:
                return codes[0]
            if codes or (parent.subject is not None and parent.kind != "relative"):
                break  # the nearest subject is some other party's
            # (a relative's subject is its antecedent, "the war" in "launched the war that removed
            # the regime after X refused": the subject looked for is the outer clause's)
            clause, parent = parent, ctx.parent(parent)
    return None


def _apposed(ctx: EventContext, suspect: Actor, clause: Clause) -> bool:
    """Is the clause's subject a description in apposition to the suspect ("X, a businessman
    wanted in Krakow")?"""
    subject = ctx.text[: clause.subject.start] if clause.subject is not None else ""
    return bool(subject) and any(subject[e:].strip() == "," for _, e in suspect.mentions if e < len(subject))
