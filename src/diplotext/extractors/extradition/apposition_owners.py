"""The person a description in apposition is set on: "ruled that X, an Indian tycoon accused of
fraud, can be extradited to India". The clause layer may cut the apposition off the name (the name
the object of "ruled", the apposition the subject of "can be extradited"); a description that
opens right after a person's name and a comma stands for that person, as "the tycoon" would.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["apposed_group", "apposition_owner", "named_people"]

_COMMA: Final = regex.compile(r",[ \t]+")
_GROUP: Final = regex.compile(r",[ \t]+([^,;:()\n]{2,120}?),")


def apposition_owner(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """The person (no official) whose name ends right before ", " and ``phrase``; else ``[]``."""
    near = ctx.layer.entities_in(max(0, phrase.start - 60), phrase.start)
    people = [e for e in near if e.kind == "person" and not e.pronoun and e.actor is not None]
    if not people or people[-1].actor is None or ctx.official(people[-1].actor):
        return []
    if _COMMA.fullmatch(ctx.text, people[-1].end, phrase.start) is None:
        return []
    return [people[-1].actor]


def apposed_group(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """ "Two British men, A and B, appeared at an extradition hearing": the people named between
    commas right after a counted phrase that names none, when as many as it counts (no official)."""
    if phrase is None or any(e.kind == "person" for e in phrase.entities) or not phrase.words:
        return []
    count = NUMBER_WORDS.get(phrase.words[0], 0)
    m = _GROUP.match(ctx.text, phrase.end) if count >= 2 else None
    if m is None:
        return []
    people = named_people(ctx, m.start(1), m.end(1))
    return people if len(people) == count and not any(ctx.official(p) for p in people) else []


def named_people(ctx: EventContext, start: int, end: int) -> list[Actor]:
    """The people named (not by a pronoun) between ``start`` and ``end``, each once, in order."""
    people = [
        e.actor
        for e in ctx.layer.entities_in(start, end)
        if e.kind == "person" and e.actor is not None and not e.pronoun
    ]
    return list(dict.fromkeys(people))
