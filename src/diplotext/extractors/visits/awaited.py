"""An arrival still awaited: "has not yet arrived", "has yet to arrive", "is yet to land".

The clause may parse as an arrival told in the past ("yet" read as a conjunction) or as an
infinitive hanging on "has": either way the visitor is not there; the arrival is to come.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.vocabulary import ARRIVALS
from diplotext.syntax import Clause

__all__ = ["arrival_awaited", "awaited"]

_AWAITED: Final = regex.compile(r"(?i:\b(?:not|n't|never)[ \t]+yet|\byet[ \t]+to)[ \t]+\Z")
""""not yet" or "yet to" right before the verb of an arrival."""


def awaited(ctx: EventContext, clause: Clause) -> bool:
    """Is the clause's verb an arrival told as still to come ("has not yet arrived")?"""
    start = clause.predicate.head[0]
    return _AWAITED.search(ctx.text, max(0, start - 24), start) is not None


def arrival_awaited(ctx: EventContext, clause: Clause, lemma: str) -> bool:
    """Is the clause an arrival ("arrive", "land") told as still to come? "has not yet arrived"
    reads as a negated verb group; it is no denial of the trip."""
    return lemma in ARRIVALS and awaited(ctx, clause)
