"""A surrender contested as a passive gerund: "X lost his appeal against being sent to the United
States", "X won his fight against being extradited to Peru", "X is fighting against being sent
back". The clause layer reads "being sent to ..." as a clause of its own with no subject; the one
sent is the doer of the clause before it, and the contest tells the status: "lost" his appeal
grants the surrender, "won" refuses it, a contest still going on leaves it pending.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.act_people import doer_suspects
from diplotext.extractors.extradition.vocabulary import CONTEST_NOUNS, OUTCOME_VERBS, PENDING_VERBS
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["contested_gerund"]

_OPENER: Final = regex.compile(
    r"\b(?i:" + lexicon.alternation("events", "contested gerund openers") + r")\s*\Z"
)


def contested_gerund(ctx: EventContext, clause: Clause) -> tuple[list[Actor], str | None] | None:
    """The people a passive gerund surrender after "against being" befalls, and the status the
    contest leaves; ``None`` when the clause is no such gerund."""
    pred = clause.predicate
    if not pred.passive or clause.subject is not None:
        return None
    if _OPENER.search(ctx.text[max(0, pred.head[0] - 24) : pred.head[0]]) is None:
        return None
    before = [c for c in ctx.layer.in_sentence(clause.sentence) if c.start < clause.start and c is not clause]
    if not before:
        return None
    outer = before[-1]
    opred = outer.predicate
    contested = [p for p in outer.objects if p.head.lower() in CONTEST_NOUNS]
    if contested and opred.lemma in OUTCOME_VERBS:
        status: str | None = OUTCOME_VERBS[opred.lemma]  # "lost his appeal against being sent"
    elif contested or opred.lemma in PENDING_VERBS:
        status = "pending"  # "filed an appeal against being sent", "is fighting against being sent"
    else:
        return None
    if opred.negated:
        status = None
    return doer_suspects(ctx, outer), status
