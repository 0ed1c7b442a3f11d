"""A stop still to come in the state a visitor is in.

"X, here for the summit, ... Once the summit ends, X will also visit Shanghai"; "X met Y in London
on Monday ... He is due to visit Manchester on Tuesday": the visit goes on, and the stop to
come (a city of the same state) is a part of it, not a trip of its own that is still planned, nor a
sign that the stay told in the past is over.
"""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext, compare_to
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.past_visits import days_between
from diplotext.extractors.visits.under_way import ARRIVAL_DAYS

__all__ = ["stop_still_to_come"]

_THERE: Final = frozenset({"ongoing", "present", "arrived"})
"""Frame statuses that put the visitor in the host state (a stay, a scene, an arrival)."""
_STOPS: Final = frozenset({"city", "seat"})


def _near(ctx: EventContext, use: Use, ahead: bool) -> bool:
    """Are the frame's days (if it tells any) within the days around publication a visit spans:
    the coming ones for a stop still to come, the last ones for a stay?"""
    for t in (*use.trip.dates, *use.trip.context_dates):
        value = t.value or ""
        if ctx.published is None:
            if not value.startswith("XXXX"):
                return False  # a day named with no date to place it is near; a year or a month is not
            continue
        gap = days_between(value, ctx.published)
        if gap is None:
            if compare_to(value, ctx.published) != 0:
                return False
            continue
        if not (-ARRIVAL_DAYS <= gap <= 0 if ahead else 0 <= gap <= ARRIVAL_DAYS):
            return False
    return True


def stop_still_to_come(ctx: EventContext, uses: list[Use]) -> list[Use]:
    """The frames of stops still to come, when the case tells the visitor in the host state (a
    stay, a scene or an arrival naming the host alone) and a stop still to come there, of the
    visitor's own, at a city of that state (not the state: "will visit Peru" is a trip of its own),
    both near publication, and no end; else ``[]``."""
    if any(u.trip.status == "ended" or u.trip.closing for u in uses):
        return []
    stops = [
        u
        for u in uses
        if u.own
        and u.tour == 1
        and u.trip.status == "planned"
        and u.trip.hosts
        and all(h.place_kind in _STOPS for h in u.trip.hosts)
        and _near(ctx, u, ahead=True)
    ]
    if not stops:
        return []
    later = {u.trip.frame.clause.start for u in stops}
    there = any(
        u.tour == 1
        and u.trip.status in _THERE
        and u.trip.hosts
        and u.trip.frame.clause.start not in later
        and _near(ctx, u, ahead=False)
        for u in uses
    )
    return stops if there else []
