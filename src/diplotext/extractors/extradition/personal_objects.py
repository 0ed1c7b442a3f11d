"""A person marked with "to" after the state he is sent to, in copy translated from Spanish: "the
Attorney General's Office delivered in extradition to the Government of the United States to X,
alleged operator of a criminal cell". Spanish marks a person object with "a", carried into
English as "to"; a surrender verb with no object whose later "to" phrase is a person's name alone
(no official), after a "to" phrase naming a state, surrenders that person.
"""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["personal_object"]


def personal_object(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The person a second "to" phrase names after a first naming a state; else ``[]``."""
    if any(a.role == "object" for a in clause.args):
        return []
    tos = [a.phrase for a in clause.args if a.role == "pp" and a.prep == "to"]
    for i, phrase in enumerate(tos[1:], 1):
        people = [e for e in phrase.entities if e.kind == "person" and not e.pronoun]
        if len(people) != 1 or people[0].start != phrase.start or people[0].actor is None:
            continue
        if ctx.official(people[0].actor):
            continue
        if any(_names_a_state(q) for q in tos[:i]):
            return [people[0].actor]
    return []


def _names_a_state(phrase: Phrase) -> bool:
    """Does the phrase, or an "of" phrase in it, name a state ("the Government of the United States")?"""
    inner = [phrase, *(q for prep, q in phrase.preps if prep == "of")]
    return any(e.kind == "state" and e.code for p in inner for e in p.entities)
