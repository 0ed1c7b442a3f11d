"""Companions the clause layer splits off the "by" of "accompanied by": a list of them ("is
accompanied by his wife, Foreign Minister Y and Minister for Trade Z", read as an agent, an
apposition and a "for" phrase), and a trailing participle after an apposition ("arrived for a state
visit, the first by a king in ten years, accompanied by Foreign Minister Y", read as a clause of
its own whose subject is the apposition)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["listed_companions", "trailing_companions"]

_TITLE_PREPS: Final = frozenset(["for", "of"])
"""Prepositions inside a title the list splits at ("Minister [for] Trade and Industry Z")."""
_TRAILING: Final = regex.compile(r",[ \t]*\Z")


def listed_companions(clause: Clause) -> list[Phrase]:
    """The phrases of a passive "accompanied by" list after its agent: the agent, the names in
    apposition to it and the titled names cut at a title's preposition."""
    agent = next(
        (i for i, a in enumerate(clause.args) if a.role == "agent" or (a.role == "pp" and a.prep == "by")),
        None,
    )
    if agent is None:
        return []
    out = [clause.args[agent].phrase]
    for a in clause.args[agent + 1 :]:
        if a.role == "apposition" or (a.role == "pp" and a.prep in _TITLE_PREPS):
            out.append(a.phrase)
        else:
            break
    return out


def trailing_companions(ctx: EventContext, clause: Clause, visitor: Actor) -> list[Actor]:
    """ "X arrived ..., the first by a king in ten years, accompanied by Y": a finite-looking
    "accompanied" right after a comma whose subject names nobody is the participle of the
    sentence's first clause; its "by" names after the verb travel with that clause's subject."""
    pred = clause.predicate
    if (
        clause.kind != "main"
        or pred.passive
        or ctx.text[pred.start : pred.end].lower() != "accompanied"
        or _TRAILING.search(ctx.text, clause.start, pred.start) is None
        or ctx.persons(clause.subject)
    ):
        return []
    first = ctx.layer.in_sentence(clause.sentence)[0]
    if first is clause or visitor not in ctx.persons(first.subject):
        return []
    return [
        p
        for a in clause.args
        if a.role == "pp" and a.prep == "by" and a.phrase.start > pred.end
        for p in ctx.persons(a.phrase)
    ]
