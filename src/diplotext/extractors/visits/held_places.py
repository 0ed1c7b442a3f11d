"""Where a delegation was led: "The talks were held in Manila in December 2015, when Foreign
Minister X led the Vietnamese delegation": the place of the clause the when-clause hangs on."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause, Entity

__all__ = ["held_there"]


def held_there(ctx: EventContext, clause: Clause) -> list[Entity]:
    """The cities and states of the "in"/"at" phrases of the clause a when-clause hangs on."""
    parent = ctx.parent(clause)
    if parent is None or parent is clause:
        return []
    return [
        e
        for a in parent.preps("in", "at")
        for e in ctx.places(a.phrase)
        if e.code and e.place_kind in ("city", "seat", "country")
    ]
