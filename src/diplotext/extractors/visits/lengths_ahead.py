"""A planned trip told by a length from now: "will visit Chile in three days" (publication plus
three days), "in two weeks" (the ISO week two weeks on), "in a month" (the month after)."""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.frames import clause_words
from diplotext.extractors.visits.trip_times import word_before
from diplotext.extractors.visits.vocabulary import COUNTING_MODIFIERS

__all__ = ["ahead_by"]

_LENGTH: Final = regex.compile(r"P(\d{1,2})([DWM])")
"""A length of whole days, weeks or months (not "PXD", "the next few days")."""


def ahead_by(ctx: EventContext, uses: list[Use]) -> str | None:
    """The day, ISO week or month a length after "in" in a planned frame's own clause reaches
    from publication; else ``None``."""
    published = ctx.published
    if published is None:
        return None
    for u in uses:
        clause = u.trip.frame.clause
        if u.trip.status != "planned" or COUNTING_MODIFIERS.intersection(
            w.lower() for w in clause_words(ctx, clause)
        ):
            continue  # "her first visit in two months": a count, no day ahead
        for t in ctx.dates:
            m = _LENGTH.fullmatch(t.value or "")
            if t.type != "DURATION" or m is None or not clause.start <= t.start < clause.end:
                continue
            if word_before(ctx, t.start) != "in":
                continue
            n, unit = int(m.group(1)), m.group(2)
            if unit == "D":
                return (published + dt.timedelta(days=n)).isoformat()
            if unit == "W":
                year, week, _ = (published + dt.timedelta(weeks=n)).isocalendar()
                return f"{year}-W{week:02d}"
            month = published.month - 1 + n
            return f"{published.year + month // 12:04d}-{month % 12 + 1:02d}"
    return None
