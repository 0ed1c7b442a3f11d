"""A transfer a tribunal asks a state for: "The Rwanda tribunal asked Kenya to arrest and transfer
X". "Transfer" names a surrender only toward a tribunal; with no "to The Hague" after it, a
tribunal asking for it (the subject of the request verb the transfer hangs on) makes it one. A
state asking a state to transfer a prisoner is no such request (a prisoner transfer)."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.sides import names_a_tribunal
from diplotext.extractors.extradition.vocabulary import REQUEST_VERBS
from diplotext.syntax import Clause

__all__ = ["asked_by_a_tribunal"]


def asked_by_a_tribunal(ctx: EventContext, clause: Clause) -> bool:
    """Is the clause (an infinitive) what a tribunal asks a state to do?"""
    asking = ctx.governing(clause)
    if asking is None or asking.predicate.lemma not in REQUEST_VERBS or asking.predicate.negated:
        return False
    doers = ctx.doers(asking)
    return doers is not None and names_a_tribunal(doers)
