"""A request left unanswered: "The court wants X handed over to The Hague ... Libya has so far
ignored the request", "Ankara has ignored the Swedish request". The state that ignores the
request (its subject) is the one asked; it decides nothing, so the case keeps its status. Read in
the sentences of a case or right after them, the act names no suspect and joins the case it follows.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS

__all__ = ["request_ignored"]

_IGNORING: Final = lexicon.words("events", "verbs of a request left unanswered")


def request_ignored(ctx: EventContext, idx: int, tribunal: str | None) -> list[Act]:
    """An act with the state asked for each clause of sentence ``idx`` whose subject ignores a request."""
    out: list[Act] = []
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        if pred.lemma not in _IGNORING or pred.negated or pred.passive:
            continue
        if not any(a.role == "object" and a.phrase.head.lower() in REQUEST_NOUNS for a in clause.args):
            continue
        asked = parties(ctx, clause.subject, tribunal)
        if asked:
            frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
            out.append(Act(frame=frame, requested=tuple(asked[:1])))
    return out
