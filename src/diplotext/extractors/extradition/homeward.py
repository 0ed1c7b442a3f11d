"""Where a suspect is sent back to: "Brazil has refused to send back the Italian militant X" asks
nothing of a "to" phrase — the state that wants him is his own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.model import Actor

__all__ = ["sent_home_to"]

_HOMEWARD: Final = frozenset(["send back", "repatriate"])
"""Surrender verbs that send a person back home."""


def sent_home_to(ctx: EventContext, suspect: Actor, acts: Sequence[Act], asked: set[str]) -> str | None:
    """The suspect's own state, when an act sends him back ("send back", "repatriate") with no
    state to send him to named, and that state is not the one asked."""
    if not any(a.frame.phrase is None and a.frame.lemma in _HOMEWARD and not a.requesting for a in acts):
        return None
    home = ctx.state_of(suspect)
    return home if home and home not in asked else None
