"""A past visit told in a time clause of another event: "will pay a return visit next month, a
year after X visited Astana". When the same visitor's visit to that host is also told as
background with a date of its own ("X had visited Kazakhstan in September last year"), the
undated one of the time clause is that visit, not a second, current one."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.visits.cases import Use

__all__ = ["in_an_earlier_time_clause"]

_MARKERS: Final = lexicon.words("events", "time clause markers of an earlier trip")


def in_an_earlier_time_clause(use: Use) -> bool:
    """Is the use a completed trip told by the verb of an adverbial clause opened by "after",
    "since" or "before" (its own event set earlier than the clause it hangs on)?"""
    clause = use.trip.frame.clause
    return (
        use.trip.frame.phrase is None
        and use.trip.status == "completed"
        and clause.kind == "adverbial"
        and (clause.marker or "").lower() in _MARKERS
    )
