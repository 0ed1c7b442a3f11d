"""Who an act is about when its clause names no suspect of its own: the doers of the clause ("X is
fighting extradition"), a name set off before the verb ("A second man sought by police, X, was
extradited"), the person whose appeal a court decides ("upheld X's appeal")."""

from __future__ import annotations

from diplotext.extractors.apposition import named_before_its_verb
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.governing import appeal_of, the_defences_appeal
from diplotext.extractors.extradition.people import described_suspect, named_suspects
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["appellants", "doer_suspects", "named_before_the_verb"]


def appellants(clause: Clause) -> list[Actor]:
    """The person whose appeal the clause decides ("upheld X's appeal against extradition")."""
    obj = next((a.phrase for a in clause.args if a.role == "object"), None)
    if obj is None or not the_defences_appeal(obj, clause):
        return []
    owner = obj.possessor
    if owner is not None and owner.kind == "person" and owner.actor is not None:
        return [owner.actor]
    # "dismissed the final appeal of X against extradition": the "of" phrase owns it
    return [e.actor for e in appeal_of(obj) if e.actor is not None][:1]


def doer_suspects(ctx: EventContext, clause: Clause, *, consent: bool = False) -> list[Actor]:
    """The persons who do what the clause says, by name, named before its verb ("A second man
    sought by police, X, is awaiting an extradition hearing") or described. A consent given by one
    in office is his state's ("the justice minister, X, consented to the extradition of Y")."""
    doers = ctx.doers(clause)
    named = named_suspects(ctx, doers)
    if consent:
        named = [p for p in named if ctx.former(p) or not ctx.official(p)]
    if named or doers is None:
        return named
    late = named_before_its_verb(ctx.text, ctx.layer, doers, ctx.subject_clauses(doers))
    # "A former customs chief lost his appeal against extradition. X, 58, had argued ...": a
    # description stands for the one named near it
    return [late] if late is not None else described_suspect(ctx, doers, clause)


def named_before_the_verb(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "A second man sought by British police, X, was extradited": the name before the verb."""
    if clause.subject is None:
        return []
    named = named_before_its_verb(ctx.text, ctx.layer, clause.subject, ctx.subject_clauses(clause.subject))
    return [named] if named is not None else []
