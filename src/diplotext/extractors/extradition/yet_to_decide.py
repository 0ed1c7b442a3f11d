"""A decision yet to come: "France filed an extradition request in June, but Moroccan courts have
yet to examine it", "the ministry has yet to respond to the request". The request is before a body
that has not decided: the case is pending. Read in the sentences of a case (or right after them),
the act names no suspect and joins the case it follows.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act

__all__ = ["yet_to_decide"]

_DECIDING: Final = lexicon.words("events", "verbs of a decision yet to come")
_YET_TO: Final = regex.compile(r"[ \t]+yet[ \t]+to[ \t]+", regex.IGNORECASE)
_ABOUT: Final = regex.compile(r"\b(?:requests?|extradit\w*|surrender|handover)\b", regex.IGNORECASE)
"""A word of the request or the surrender the sentence must hold."""


def yet_to_decide(ctx: EventContext, idx: int) -> list[Act]:
    """The pending act of sentence ``idx`` when a body "has yet to" decide on the request."""
    if not _ABOUT.search(ctx.text, *ctx.layer.sentences[idx]):
        return []
    out: list[Act] = []
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        parent = ctx.parent(clause)
        if clause.kind != "infinitive" or parent is None or parent is clause or pred.passive:
            continue
        if pred.lemma not in _DECIDING or parent.predicate.lemma != "have" or parent.predicate.negated:
            continue
        if not _YET_TO.fullmatch(ctx.text, parent.predicate.end, pred.head[0]):
            continue
        frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
        dates = tuple(t for t in (*clause.times, *parent.times) if t.type == "DATE")
        out.append(Act(frame=frame, status="pending", dates=dates))
    return out
