"""A suspect named in apposition after a description that carries its own phrase: "the extradition
hearing of [a former deputy governor of Delta State], [X], has been adjourned", "the surrender of a
trader from Antwerp, X, to India". The parse glues the name onto the description's last phrase (a
list: "Delta State, X"), so the name is looked for there: the one person of the nested phrases,
after a comma, who closes them."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.actors import roles as actor_roles
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.vocabulary import SUSPECT_DESCRIPTIONS
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["named_after_description"]

_PERSON_NOUNS: Final = frozenset(k[-1] for k in actor_roles.ROLES) | frozenset(SUSPECT_DESCRIPTIONS)


def named_after_description(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """The one person named after a comma at the end of a person's description that holds a nested
    phrase and names no one itself ("a former deputy governor of Delta State, X,"); else nothing."""
    if not phrase.preps or phrase.head.lower() not in _PERSON_NOUNS:
        return []
    if any(e.kind == "person" for e in phrase.entities):
        return []
    core = {id(e) for e in phrase.entities}
    nested = [e for e in phrase.all_entities() if id(e) not in core]
    people = [e for e in nested if e.kind == "person"]
    if len(people) != 1 or nested[-1] is not people[0] or people[0].pronoun or people[0].actor is None:
        return []
    person = people[0]
    before = ctx.text[max(phrase.start, person.start - 2) : person.start]
    after = ctx.text[person.end : person.end + 1]
    if before != ", " or after not in (",", " ", ""):
        return []
    return [person.actor] if person.actor is not None else []
