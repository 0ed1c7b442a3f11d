"""A request sent somewhere: "Egypt would send a formal request for the extradition of X to
Washington", "the files were sent to the United States with a request for his extradition". The
"to" phrase names the state the request goes to (the one asked), not the destination of the
surrender (words in ``data/lexicon/events.txt``, section "request sending verbs")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.vocabulary import MAKING_VERBS, REQUEST_NOUNS
from diplotext.syntax import Clause

__all__ = ["filed_with", "request_sent", "written_to"]

_SENDING: Final = lexicon.words("events", "request sending verbs")
_WRITING: Final = lexicon.words("events", "verbs of writing to a state")


def request_sent(frame: Frame) -> bool:
    """Is the surrender noun part of a request that its clause's verb sends ("send a request for
    the extradition of X to Y", "sent ... with a request for his extradition")?"""
    clause = frame.clause
    if clause.predicate.lemma not in _SENDING:
        return False
    if any(o.head.lower() in REQUEST_NOUNS for o in frame.outer):
        return True
    return any(a.phrase.head.lower() in REQUEST_NOUNS for a in clause.args)


def filed_with(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The state a request is made "with" ("filed an extradition request with Spain for X", "lodged
    a request with Spain"): the state asked."""
    if clause.predicate.lemma not in MAKING_VERBS or clause.predicate.negated:
        return []
    if not any(a.role == "object" and a.phrase.head.lower() in REQUEST_NOUNS for a in clause.args):
        return []
    return [
        c
        for a in clause.args
        if a.role == "pp" and a.prep == "with"
        for c in parties(ctx, a.phrase, tribunal)
    ]


def written_to(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The state written to by the clause a request participle hangs on ("police have written to
    Malaysia through the foreign ministry seeking the extradition of X"): the state asked."""
    if clause.kind != "participle":
        return []
    parent = ctx.parent(clause)
    if (
        parent is None
        or parent is clause
        or parent.predicate.lemma not in _WRITING
        or parent.predicate.negated
    ):
        return []
    return [c for a in parent.preps("to") for c in parties(ctx, a.phrase, tribunal)]
