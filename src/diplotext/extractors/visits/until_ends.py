"""A visit going on until a day: "is visiting Spain until Friday" is there now, and Friday is when
the visit ends, not its date (which a coming day would otherwise make a plan)."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.stays import UNTIL
from diplotext.extractors.visits.trip_times import when_told
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["visiting_until"]


def visiting_until(
    ctx: EventContext, clause: Clause, dates: tuple[TemporalExpression, ...], status: str | None
) -> tuple[tuple[TemporalExpression, ...], str | None]:
    """``dates`` without the day a progressive visit lasts until, and the status: ongoing when the
    end is not gone by and no other day of the clause lies ahead."""
    pred = clause.predicate
    if pred.tense != "present" or pred.aspect != "progressive" or pred.negated:
        return dates, status
    ends = [t for t in dates if UNTIL.search(ctx.text, max(0, t.start - 8), t.start)]
    if not ends:
        return dates, status
    rest = tuple(t for t in dates if t not in ends)
    if (
        status == "planned"
        and all(when_told(ctx, t) != -1 for t in ends)
        and all(when_told(ctx, t) != 1 for t in rest)
    ):
        status = "ongoing"
    return rest, status
