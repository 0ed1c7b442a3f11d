"""Companions the clause layer splits off the "by" of "accompanied by": a list of them ("is
accompanied by his wife, Foreign Minister Y and Minister for Trade Z", read as an agent, an
apposition and a "for" phrase), and a trailing participle after an apposition ("arrived for a state
visit, the first by a king in ten years, accompanied by Foreign Minister Y", read as a clause of
its own whose subject is the apposition)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Arg, Clause, Phrase

__all__ = ["fronted_list", "listed_companions", "trailing_companions"]

_LIST_PREPS: Final = lexicon.words("events", "companion list prepositions")
_TITLE_PREPS: Final = frozenset(["for", "of"])
"""The prepositions of the list that a title's portfolio follows ("Minister [for] Trade Z")."""
_TRAILING: Final = regex.compile(r",[ \t]*\Z")


def _in_the_list(ctx: EventContext, arg: Arg) -> bool:
    """Is the argument a further name of a list: in apposition, or after a title's preposition (a
    capitalised portfolio, "for Trade Z"; not "for talks with Y") or a group's ("including Y")?"""
    if arg.role == "apposition":
        return True
    if arg.role != "pp" or arg.prep not in _LIST_PREPS:
        return False
    return arg.prep not in _TITLE_PREPS or ctx.text[arg.phrase.start].isupper()


def listed_companions(ctx: EventContext, clause: Clause) -> list[Phrase]:
    """The phrases of a passive "accompanied by" list after its agent: the agent, the names in
    apposition to it, the titled names cut at a title's preposition and the members of a group
    ("a delegation including Y and Z")."""
    agent = next(
        (i for i, a in enumerate(clause.args) if a.role == "agent" or (a.role == "pp" and a.prep == "by")),
        None,
    )
    if agent is None:
        return []
    out = [clause.args[agent].phrase]
    for a in clause.args[agent + 1 :]:
        if _in_the_list(ctx, a):
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


def fronted_list(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "Accompanying X are Foreign Minister Y and Minister for Trade Z": the rest of the list, which
    the clause layer gives the copula after the fronted participle (cut at the title's "for")."""
    if clause.kind != "participle" or clause.subject is None:
        return []
    after = [c for c in ctx.layer.in_sentence(clause.sentence) if c.index == clause.index + 1]
    if not after or after[0].predicate.lemma != "be" or after[0].subject is None:
        return []
    if after[0].subject.start != clause.subject.start:
        return []
    return [p for a in after[0].args if _in_the_list(ctx, a) for p in ctx.persons(a.phrase)]
