"""A trip told only under a condition ("said he would visit Seoul if invited", "could travel to
Lima if the talks go well"): a hypothesis, not a trip made, under way or planned."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause

__all__ = ["conditional_trip"]

_HYPOTHETICAL: Final = lexicon.words("events", "hypothetical modals of a trip")
"""Modals of a trip that hangs on a condition ("would visit ... if")."""
_CONDITIONS: Final = lexicon.words("events", "markers of a condition")
"""Markers of the condition clause."""


def conditional_trip(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip's clause hypothetical (would, could, might) with an "if"/"unless" clause of its
    own ("would visit South Korea if invited")?"""
    if clause.predicate.modal not in _HYPOTHETICAL or clause.predicate.negated:
        return False
    return any(
        c.parent == clause.index
        and c is not clause
        and c.kind in ("adverbial", "participle")
        and (c.marker or "").lower() in _CONDITIONS
        for c in ctx.layer.in_sentence(clause.sentence)
    )
