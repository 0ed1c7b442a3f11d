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
    """ "The request was sent to Lisbon through diplomatic channels on Monday", "prosecutors
    submitted the formal request on Monday": a sentence after a case that sends (files, submits
    ...) the request on a day: the request's date."""
    out: list[Act] = []
    if not ctx.layer.may_hold(idx, REQUEST_NOUNS):
        return out  # no request to send
    for clause in ctx.layer.in_sentence(idx):
        subject = clause.subject
        pred = clause.predicate
        if pred.lemma not in _SENDING or pred.negated or not clause.times or pred.modal:
            continue
        # passive: the subject is the request; active: the object ("prosecutors submitted the request")
        objects = (a.phrase for a in clause.args if a.role == "object")
        sent = subject if pred.passive else next(objects, None)
        if sent is None or sent.head.lower() not in REQUEST_NOUNS:
            continue
        frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
        out.append(Act(frame=frame, status="requested", dates=tuple(clause.times)))
    return out
