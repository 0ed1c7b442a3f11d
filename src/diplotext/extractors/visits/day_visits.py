"""A stay told only as talks on a day gone by ("held talks in Caracas on Monday with X", told on
Wednesday) is over: with no arrival, no stated length, nothing going on or still to come, the one
day told is the stay. An arrival or a visit said to go on keeps the stay open as before."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.case_dates import durations
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.past_visits import days_between
from diplotext.extractors.visits.vocabulary import PRESENCE_VERBS, TRIP_VERBS

__all__ = ["a_day_gone_by", "dated_talks"]


def a_day_gone_by(ctx: EventContext, uses: list[Use], host: str) -> bool:
    """Do the uses tell the stay only as a presence (and past frames) on full days before
    publication, told in a clause of its own, with no length, no start and no other status, in a
    story not datelined in the host state?"""
    if ctx.dateline_code == host:
        return False  # "PHNOM PENH - X said here Thursday": told from the stay, there still
    told = [u for u in uses if u.trip.status]
    present = [u for u in told if u.trip.status == "present"]
    if not present or any(u.trip.frame.clause.kind not in ("main", "coordinate") for u in present):
        return False  # "travels with X, who held talks in Perth on Wednesday": the other's stay
    if any(u.trip.status not in ("present", "completed") for u in told):
        return False
    gaps = [days_between(t.value, ctx.published) for u in uses for t in u.trip.dates]
    return (
        bool(gaps)
        and all(g is not None and g >= 1 for g in gaps)
        and not any(u.trip.opening or durations(ctx, u) for u in uses)
        and not _travels_on(ctx, {u.trip.frame.sentence for u in present})
    )


def _travels_on(ctx: EventContext, told: set[int]) -> bool:
    """Is a trip to come told in the sentences of the presence or the two after ("will then
    proceed to Lima next week")? The visitor is away still, between the stops."""
    return any(
        c.predicate.lemma in TRIP_VERBS and (c.predicate.tense == "future" or c.predicate.modal == "will")
        for i in told
        for k in (i, i + 1, i + 2)
        if k < len(ctx.layer.sentences)
        for c in ctx.layer.in_sentence(k)
    )


_RECENT_DAYS = 14
"""Days before publication within which talks told on a day of their own are of the current stay."""


def dated_talks(ctx: EventContext, use: Use) -> bool:
    """Is the use a meeting or presence told in a clause of its own on a day of the last two weeks
    ("held talks in Bucharest on Tuesday")? Beside a past visit told with its own year ("last
    visited Romania in 2019"), it is a stay of its own, not a part of that one."""
    trip = use.trip
    if not (trip.meeting or trip.frame.lemma in PRESENCE_VERBS) or not trip.dates:
        return False
    if trip.status not in ("present", "completed", "arrived"):
        return False
    if trip.frame.clause.kind not in ("main", "coordinate"):
        return False
    gaps = [days_between(t.value, ctx.published) for t in trip.dates]
    return all(g is not None and 0 <= g <= _RECENT_DAYS for g in gaps)
