"""The state that accuses the suspect wants him, told by a verb of accusation in a sentence that
names him (with no "wanted in" and no trial told):

* active, a state its subject and the suspect its object: "Brazil accuses him of fraud";
* a relative on the name, even when the clause layer hangs it on the surrender noun before the
  name ("the extradition of X, whom Brazil accuses of fraud");
* passive, the suspect its subject: "X, who is charged in Brazil with fraud", "convicted in
  absentia in Peru" — the state of its "in" or "by" phrase.

Never the state asked: a court there may charge him with something else.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import named_before
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.unresolved_pronouns import unresolved_object_target
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["accusing_state"]

_ACCUSING: Final = lexicon.words("events", "verbs of an accusation by a state")
_REACH: Final = 4
"""How far before a relative clause its antecedent's name may end (", whom")."""


def _about_him(ctx: EventContext, suspect: Actor, clause: Clause) -> bool:
    if clause.predicate.passive:
        if suspect in ctx.persons(clause.subject):
            return True
        # "X, a French citizen charged in the United States with fraud": the participle's subject
        # is the apposition on his name
        return (
            clause.kind == "participle"
            and clause.subject is not None
            and _apposed(ctx, suspect, clause.subject.start)
        )
    if clause.kind == "relative":
        near = ctx.layer.entities_in(max(0, clause.start - 40), clause.start + 1)
        people = [e for e in near if e.kind == "person" and e.actor is not None]
        if bool(people) and people[-1].actor == suspect and clause.start - people[-1].end <= _REACH:
            return True
        # "X, a Kurdish journalist whom Ankara accuses of terrorism": past the apposition
        return _apposed(ctx, suspect, clause.start, described=True)
    objects = [a.phrase for a in clause.args if a.role == "object"]
    if any(suspect in ctx.persons(p) or unresolved_object_target(ctx, p) == suspect for p in objects):
        return True  # (an unresolved "him" after a name the actors stage gives no sex: the last one named)
    # "Two men, A and B, appeared at a hearing. The United States accuses them of fraud"
    return any(p.words == ("them",) and not p.entities for p in objects) and suspect in named_before(
        ctx, clause
    )


def _apposed(ctx: EventContext, suspect: Actor, start: int, *, described: bool = False) -> bool:
    """Does ``start`` open (or, ``described``, follow) an indefinite apposition on the suspect's
    name (", a French citizen")?"""
    near = ctx.layer.entities_in(max(0, start - _APPOSED_REACH), start)
    people = [e for e in near if e.kind == "person" and e.actor is not None and not e.pronoun]
    if not people or people[-1].actor != suspect:
        return False
    between = ctx.text[people[-1].end : start]
    return (_DESCRIBED if described else _OPENS).fullmatch(between) is not None


_APPOSED_REACH: Final = 80
_OPENS: Final = regex.compile(r",[ \t]+")
_DESCRIBED: Final = regex.compile(r",[ \t]+(?:an?|the)[ \t][^,;:.()\n]*")


def accusing_state(
    ctx: EventContext, suspect: Actor, sentences: set[int], asked: set[str], tribunal: str | None
) -> str | None:
    """The one state that accuses the suspect in a sentence naming him or of the case, when it
    is not one of ``asked``; else ``None``."""
    named = {ctx.layer.sentence_at(s) for s, _ in suspect.mentions} | sentences
    found: set[str] = set()
    # (the sentence after the case's, which may accuse "them")
    for idx in sorted(named | {i + 1 for i in sentences if i + 1 < len(ctx.layer.sentences)}):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            # "X, a British man accused in the United States of ...", read with the apposition for
            # the subject of an active "accused": a participle all the same
            misread = (
                not pred.passive
                and clause.subject is not None
                and not any(a.role == "object" for a in clause.args)
                and _apposed(ctx, suspect, clause.subject.start)
            )
            if (
                pred.lemma not in _ACCUSING
                or pred.negated
                or not (misread or _about_him(ctx, suspect, clause))
            ):
                continue
            if pred.passive or misread:
                codes = [c for a in clause.preps("in", "by") for c in parties(ctx, a.phrase, tribunal)]
            else:
                codes = parties(ctx, clause.subject, tribunal)
            found.update(c for c in codes if c not in asked)
    return found.pop() if len(found) == 1 else None
