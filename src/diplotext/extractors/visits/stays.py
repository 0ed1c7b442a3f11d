"""Staying on: "will stay in Fiji until Thursday" tells a stay going on, the day its end."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.trip_times import when_told
from diplotext.model import TemporalExpression

__all__ = ["STAYING", "UNTIL", "stay_until"]

STAYING: Final = lexicon.words("events", "verbs of staying on")
"""Verbs of staying on where one is."""
UNTIL: Final = regex.compile(r"\b(?:until|till|through)[ \t]+\Z", regex.IGNORECASE)


def stay_until(
    ctx: EventContext, lemma: str, dates: tuple[TemporalExpression, ...], status: str | None
) -> tuple[tuple[TemporalExpression, ...], str | None]:
    """``dates`` without the days a stay lasts until, and the status: a stay planned only by the
    future of "will stay ... until Thursday" is going on."""
    if lemma not in STAYING:
        return dates, status
    ends = [t for t in dates if UNTIL.search(ctx.text, max(0, t.start - 8), t.start)]
    if not ends:
        return dates, status
    if status == "planned" and all(when_told(ctx, t) != -1 for t in ends):
        status = "ongoing"
    return tuple(t for t in dates if t not in ends), status
