"""A request told as never made: "Turkey had not requested his extradition", "no extradition
request has been filed", "Germany has not asked Spain to extradite him". Such a sentence names the
suspect and the surrender noun, but it tells that no state asks: it gives no request, and a case
that has nothing stronger than a removal ("Germany deported X to Turkey ... Turkey had not
requested his extradition") is an expulsion, no extradition dispute (see ``rules.find_disputes``).
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS

__all__ = ["request_never_made"]

_NEVER_MADE: Final = lexicon.words("events", "verbs of a request never made")


def request_never_made(ctx: EventContext, frame: Frame) -> bool:
    """Does the frame's clause tell that the request for this surrender was not made?"""
    clause = frame.clause
    pred = clause.predicate
    if frame.phrase is None:
        # "Turkey has not asked Germany to extradite him"
        parent = ctx.parent(clause)
        return (
            clause.kind == "infinitive"
            and parent is not None
            and parent is not clause
            and _denied(parent.predicate.lemma, parent.predicate.negated, parent.predicate.modal)
        )
    denied = _denied(pred.lemma, pred.negated, pred.modal)
    if denied and frame.depth == 0 and frame.arg is not None and frame.arg.role in ("object", "pp"):
        return True  # "had not requested his extradition"
    outer = frame.outer[0].head.lower() if frame.outer else ""
    if denied and outer in REQUEST_NOUNS and frame.arg is not None and frame.arg.role == "object":
        return True  # "has not filed a request for his extradition"
    # "no extradition request has been received", "no request for his extradition"
    return any(
        p.words[:1] == ("no",) and p.head.lower() in REQUEST_NOUNS for p in (frame.phrase, *frame.outer)
    )


def _denied(lemma: str, negated: bool, modal: str | None) -> bool:
    """A request verb told in the negative as a fact ("had not requested"), not as a will ("would
    not ask")."""
    return negated and modal is None and lemma in _NEVER_MADE
