"""The people a list of those met goes on with: "will meet with President A; B, assembly
president; and C, prime minister" — each name right after its semicolon; "was greeted at the
airport by senior leaders of the party, including A and B" — those the hosts' group includes."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.vocabulary import HOST_VERBS
from diplotext.model import Actor
from diplotext.patterns import lazy
from diplotext.syntax import Clause, Phrase

__all__ = ["hosts_included", "semicolon_list"]

_AFTER_SEMICOLON: Final = lazy(r";[ \t]+(?:and[ \t]+)?(?:\p{Lu}[\p{L}.'’\-]*[ \t]+){0,3}\Z")
"""A semicolon (and "and") before a name of a list, perhaps after its title ("; and Prince X")."""


def semicolon_list(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """ "will meet with President A; B, assembly president; and C, prime minister": the people
    a semicolon list goes on with after the last one met, each right after its semicolon."""
    end = ctx.layer.sentences[ctx.layer.sentence_at(phrase.start)][1]
    if ";" not in ctx.text[phrase.end : end]:
        return []
    out: list[Actor] = []
    at = phrase.end
    for e in ctx.layer.entities_in(phrase.end, end):
        if e.kind != "person" or e.actor is None or e.pronoun:
            continue
        if _AFTER_SEMICOLON.search(ctx.text, at, e.start) is None:
            continue  # a name inside a description ("B, aide to President D")
        out.append(e.actor)
        at = e.end
    return out


def hosts_included(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "X was greeted at the airport by senior leaders of the party, including A and B": the
    persons an "including" phrase after the agent of a passive host verb names."""
    if not clause.predicate.passive or clause.predicate.lemma not in HOST_VERBS:
        return []
    after = False
    out: list[Actor] = []
    for a in clause.args:
        if a.role == "agent" or (a.role == "pp" and a.prep == "by"):
            after = True
        elif after and a.role == "pp" and a.prep == "including":
            out.extend(ctx.persons(a.phrase))
    return out
