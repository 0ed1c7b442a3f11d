"""A traveller of no stated state who leaves the dateline's city for another state
("ISLAMABAD - Speaker X left for Ankara on Wednesday"): the story is told from where the trip began,
the traveller's home; they are of the dateline's state."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor

if TYPE_CHECKING:
    from diplotext.extractors.visits.trip_record import Trip

__all__ = ["left_the_dateline"]

_LEAVING = lexicon.words("events", "leaving verbs")


def left_the_dateline(ctx: EventContext, actor: Actor, trips: Iterable[Trip]) -> str | None:
    """The dateline's state, when a trip of the actor's own is a leaving verb with no place left
    named ("left for Ankara") bound for other states, and no trip of theirs goes to the dateline's."""
    home = ctx.dateline_code
    if home is None:
        return None
    own = [t for t in trips if actor in t.visitors]
    if any(h.code == home for t in own for h in t.hosts):
        return None  # "X left for Oslo after a visit here": a guest leaving
    leaving = any(
        t.frame.phrase is None
        and t.frame.lemma in _LEAVING
        and not t.origins
        and t.hosts
        and t.status != "background"
        for t in own
    )
    return home if leaving else None
