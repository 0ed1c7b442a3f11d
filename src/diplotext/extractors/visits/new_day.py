"""A trip put off to a new day by the clause that puts it off: "has been postponed to July 8", "was
put off until the second week of September", "has been moved to March 3-5". The trip (the verb's
object, or its passive subject) is planned, and its date is the new day ahead of publication (the
start of a new range), not the day it had been set for ("originally set for next week", "planned
for next week": a "for" phrase is no new day). A putting off still to come ("will now be
rescheduled for late June") fixes no day."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, calendar_value, compare_to
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.vocabulary import TRIP_NOUNS as _TRIP_NOUNS
from diplotext.syntax import Clause

__all__ = ["new_day"]

_PUTTING_OFF: Final = lexicon.words("events", "verbs putting a trip off to a new day")
_BEFORE_DAY: Final = regex.compile(r"\b(?:to|until|till)\s+(?:the\s+)?$", regex.IGNORECASE)
"""The preposition right before the new day."""


def new_day(ctx: EventContext, uses: list[Use]) -> str | None:
    """The new day ahead a trip of ``uses`` is put off to by its own clause, else ``None``."""
    for u in uses:
        frame = u.trip.frame
        clause = frame.clause
        if clause.kind == "relative" and (outer := _putting_off_the_antecedent(ctx, frame)) is not None:
            clause = outer  # "X's visit, which had been set for Wednesday, has been postponed to May 3"
        elif frame.arg is None or frame.arg.role not in ("object", "subject") or frame.depth:
            continue  # "after the visit, he moved to ...": the trip is not what is put off
        pred = clause.predicate
        if pred.lemma not in _PUTTING_OFF or pred.negated or pred.modal or pred.tense == "future":
            continue
        for t in ctx.dates:
            if t.type != "DATE" or not pred.end <= t.start < clause.end:
                continue
            if _BEFORE_DAY.search(ctx.text, max(pred.end, t.start - 12), t.start) is None:
                continue
            day = calendar_value(t.range.begin if t.range is not None else t.value)
            if day and compare_to(day, ctx.published) == 1:
                return day
    return None


def _putting_off_the_antecedent(ctx: EventContext, frame: Frame) -> Clause | None:
    """The clause a relative clause telling a trip hangs on, when it puts off that trip: "The visit
    of X to Y, which had been scheduled to begin on Wednesday, has been postponed to March 3" (the
    relative's own day is the one put off); else ``None``."""
    parent = ctx.parent(frame.clause)
    if parent is None or parent is frame.clause or parent.predicate.lemma not in _PUTTING_OFF:
        return None
    start = frame.clause.start
    for arg in parent.args:
        if arg.role in ("object", "subject") and arg.phrase.start < start and arg.phrase.end <= start + 1:
            words = ctx.text[arg.phrase.start : arg.phrase.end].lower()
            if any(w in words.split() for w in _TRIP_NOUNS):
                return parent
    return None
