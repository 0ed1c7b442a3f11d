"""The person a description in apposition is set on: "ruled that X, an Indian tycoon accused of
fraud, can be extradited to India". The clause layer may cut the apposition off the name (the name
the object of "ruled", the apposition the subject of "can be extradited"); a description that
opens right after a person's name and a comma stands for that person, as "the tycoon" would.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["apposition_owner"]

_COMMA: Final = regex.compile(r",[ \t]+")


def apposition_owner(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """The person (no official) whose name ends right before ", " and ``phrase``; else ``[]``."""
    near = ctx.layer.entities_in(max(0, phrase.start - 60), phrase.start)
    people = [e for e in near if e.kind == "person" and not e.pronoun and e.actor is not None]
    if not people or people[-1].actor is None or ctx.official(people[-1].actor):
        return []
    if _COMMA.fullmatch(ctx.text, people[-1].end, phrase.start) is None:
        return []
    return [people[-1].actor]
