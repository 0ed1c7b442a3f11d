"""The home a named doer's apposition gives: "X, a Peruvian businessman, lost his final appeal
against extradition on Tuesday", "X, a Ukrainian businessman detained in Vienna, cannot be
extradited, a court ruled". A surrender noun (or a passive surrender verb) that names no
destination, in a clause whose subject is the suspect himself, sends him to the state of the one
demonym of the description set beside his name ("a Peruvian businessman", "an Uzbek national"),
as a description standing alone does ("A former Ukrainian customs chief lost his appeal",
:func:`.homeward.home_of_the_doer`) — never to the state he is held in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.model import Actor

__all__ = ["apposed_home"]

_ARTICLES: Final = lexicon.alternation("events", "articles of a description", r"[ \t]+")
_OPENING: Final = regex.compile(r"[ \t]*,[ \t]+(?i:" + _ARTICLES + r")[ \t]+[^,;]*,")
"""", a Peruvian businessman," right after a name: the apposition, to its closing comma."""


def _apposed_demonyms(ctx: EventContext, suspect: Actor) -> set[str]:
    codes: set[str] = set()
    for _start, end in suspect.mentions:
        m = _OPENING.match(ctx.text, end)
        if m is None:
            continue
        codes.update(
            e.code for e in ctx.layer.entities_in(end, m.end()) if e.place_kind == "demonym" and e.code
        )
    return codes


def apposed_home(ctx: EventContext, suspect: Actor, acts: Sequence[Act], asked: str) -> str | None:
    """The one state of a demonym in the apposition on the suspect's name, when a surrender noun
    with no destination stands in a clause whose subject names him, and that state is not
    ``asked``; else ``None``."""
    for act in acts:
        subject = act.frame.clause.subject
        passive = act.frame.phrase is None and act.frame.clause.predicate.passive
        if (act.frame.phrase is None and not passive) or act.requesting or subject is None:
            continue  # a noun ("lost his appeal against extradition") or a passive ("cannot be extradited")
        if not any(e.actor is not None and e.actor.id == suspect.id for e in subject.entities):
            continue
        homes = _apposed_demonyms(ctx, suspect)
        if len(homes) == 1 and asked not in homes:
            return homes.pop()
    return None
