"""A stay begun on an earlier day whose stop is told, in the past, on the day of publication.

"X arrived in Osaka on Saturday ... On Sunday X visited a shipyard in Kobe", told on Sunday: the
past tense tells what was done that day, not that the stay is over; the visitor is in the host
state on the day the news is told. A day trip told alone ("X paid a flying visit to Y on Sunday")
says nothing of a stay begun before and is left as told.
"""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext, calendar_value
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.past_visits import days_between
from diplotext.extractors.visits.trip_context import back_home_after

__all__ = ["seen_there_today"]

_LEAVING: Final = frozenset(["leave", "depart"])
"""Verbs of a going away: "left Kobe for Seoul", "before departing for Seoul"."""
_BEGUN_WITHIN: Final = 14
"""The most days before publication an arrival may be to begin the stay a stop of today is part of."""


def _gaps(ctx: EventContext, use: Use) -> list[int | None]:
    return [days_between(calendar_value(t.value) or "", ctx.published) for t in use.trip.dates]


def _told_today(ctx: EventContext, use: Use) -> bool:
    """An own verbal frame in the past dated only on the day of publication ("on Sunday visited X")."""
    trip = use.trip
    pred = trip.frame.clause.predicate
    gaps = _gaps(ctx, use)
    return (
        use.own
        and trip.status == "completed"
        and not trip.frame.nominal
        and pred.tense == "past"
        and not pred.modal
        and not pred.negated
        and bool(gaps)
        and all(g == 0 for g in gaps)
    )


def _begun_before(ctx: EventContext, use: Use) -> bool:
    """An own arrival (or a start) dated on a day in the last two weeks before publication."""
    gaps = _gaps(ctx, use)
    return (
        use.own
        and use.trip.status == "arrived"
        and bool(gaps)
        and all(g is not None and 1 <= g <= _BEGUN_WITHIN for g in gaps)
    )


def _before_today(ctx: EventContext, use: Use) -> bool:
    """Is the frame dated only on days before publication ("arrived in X on Saturday after visits
    to Y and Z": the end of earlier stops, not of the stay told today)?"""
    times = (*use.trip.dates, *use.trip.context_dates)
    gaps = [days_between(calendar_value(t.value) or "", ctx.published) for t in times]
    return bool(gaps) and all(g is not None and g >= 1 for g in gaps)


def _gone(ctx: EventContext) -> bool:
    """Does the story tell a going away or home not still to come ("before flying home", "left
    for Seoul in the evening")? Then the past of the day may be its last."""
    for c in ctx.layer.clauses():
        pred = c.predicate
        if pred.negated or pred.modal is not None or pred.tense == "future":
            continue
        if pred.lemma in _LEAVING or back_home_after(ctx, c):
            return True
    return False


def seen_there_today(ctx: EventContext, uses: list[Use], host: str) -> bool:
    """Is the case a stay begun on an earlier day with a stop told on the day of publication, and
    no end, no way home, no leaving of the host told?"""
    if ctx.published is None:
        return False
    if any(
        u.trip.status in ("cancelled", "postponed")
        or ((u.trip.status == "ended" or u.trip.closing) and not _before_today(ctx, u))
        # "left Xi'an for Seoul": gone; "came to Xi'an from Beijing": a move within the host
        or (any(o.code == host for o in u.trip.origins) and all(h.code != host for h in u.trip.hosts))
        for u in uses
    ):
        return False
    return (
        any(_told_today(ctx, u) for u in uses) and any(_begun_before(ctx, u) for u in uses) and not _gone(ctx)
    )
