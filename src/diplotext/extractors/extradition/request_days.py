"""The day a request was sent, told in a sentence after the case: "The request was sent to Lisbon
through diplomatic channels on Monday"."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS

__all__ = ["request_sent_on"]

_SENDING: Final = lexicon.words("events", "request sending verbs")


def request_sent_on(ctx: EventContext, idx: int) -> list[Act]:
    """ "The request was sent to Lisbon through diplomatic channels on Monday": a sentence after a
    case whose subject is the request, sent (filed, submitted ...) on a day: the request's date."""
    out: list[Act] = []
    for clause in ctx.layer.in_sentence(idx):
        subject = clause.subject
        pred = clause.predicate
        if (
            subject is None
            or subject.head.lower() not in REQUEST_NOUNS
            or pred.lemma not in _SENDING
            or not pred.passive
            or pred.negated
            or not clause.times
        ):
            continue
        frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
        out.append(Act(frame=frame, status="requested", dates=tuple(clause.times)))
    return out
