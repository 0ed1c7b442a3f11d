"""Who asked for a red notice: "at Peru's request", or the subject of "asked Interpol to issue ..."
(Interpol only publishes it)."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.extractors.extradition.purposes import coordinated_doers
from diplotext.extractors.extradition.sides import parties, request_side
from diplotext.extractors.extradition.vocabulary import REQUEST_NOUNS, REQUEST_VERBS
from diplotext.syntax import Clause

__all__ = ["notice_askers"]


def notice_askers(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """Who asked for a red notice: "at Peru's request", or the subject of "asked Interpol to
    issue ..." (Interpol only publishes it)."""
    asking = [
        c
        for p in pp_phrases(clause, "at", "on")
        if p.head.lower() in REQUEST_NOUNS
        for c in request_side(ctx, p, tribunal)
        or [x for prep, q in p.preps if prep == "of" for x in parties(ctx, q, tribunal)]
    ]
    parent = ctx.parent(clause)
    if not asking and parent is not None and parent is not clause and parent.predicate.lemma in REQUEST_VERBS:
        asking = parties(ctx, ctx.doers(parent), tribunal) or coordinated_doers(ctx, parent, tribunal)
    return asking
