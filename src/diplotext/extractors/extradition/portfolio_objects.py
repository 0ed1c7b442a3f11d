"""A suspect named after a title with a lower-case portfolio: "asked Thailand to extradite former
state minister for land X". The clause layer ends the object at the title ("former state
minister") and reads "for land X" as a prepositional phrase; the name at that phrase's end is the
person the title describes (issue 9, twenty-seventh session, helper battery27)."""

from __future__ import annotations

from diplotext.extractors.actors.roles import ROLES
from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["named_after_a_portfolio"]


def named_after_a_portfolio(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The person ending the "for" phrase right after an object that is an office title."""
    args = clause.args
    for k, a in enumerate(args[:-1]):
        if a.role != "object" or (a.phrase.head.lower(),) not in ROLES:
            continue
        nxt = args[k + 1]
        if nxt.role != "pp" or nxt.prep != "for":
            continue
        if ctx.text[a.phrase.end : nxt.phrase.start].strip().lower() != "for":
            continue
        last = max(nxt.phrase.entities, key=lambda e: e.end, default=None)
        if last is None or last.kind != "person" or last.pronoun or last.actor is None:
            continue
        if last.end != nxt.phrase.end:
            continue  # the name must close the phrase ("for land X")
        return [last.actor]
    return []
