"""A visitor who has set out but is not there yet: "wrapped up a visit to Peru on Monday and left
for Santiago. In Santiago, X is due to meet Y on Tuesday", told on Monday. A departure (not an
arrival) told in the past on the day of publication or with no day says only that the trip has
begun; when the first thing told of the stay itself is planned for a day ahead, the stay is still
to come, ``planned``, and dated by that day."""

from __future__ import annotations

import datetime as dt

from diplotext.extractors.eventkit import compare_to
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.vocabulary import SETTING_OUT
from diplotext.model import TemporalExpression

__all__ = ["day_ahead_of_a_departure"]


def _departed_today(use: Use, published: dt.date | None) -> bool:
    """Is the frame a setting out ("left for X") told in the past, on the day of publication or
    with no day of its own?"""
    frame = use.trip.frame
    pred = frame.clause.predicate
    return (
        frame.phrase is None
        and frame.lemma in SETTING_OUT
        and pred.tense == "past"
        and pred.aspect == "simple"
        and not pred.negated
        and all(compare_to(t.value, published) == 0 and len(t.value) == 10 for t in use.trip.dates)
    )


def day_ahead_of_a_departure(uses: list[Use], published: dt.date | None) -> tuple[TemporalExpression, ...]:
    """The days ahead of the case's planned frames naming a place when every frame telling the
    visitor on the way or there is a departure told today ("left for Santiago"), none an arrival or
    a stay; else ``()``."""
    if published is None:
        return ()
    there = [u for u in uses if u.trip.status in ("arrived", "ongoing", "present", "completed")]
    if not there or not all(_departed_today(u, published) for u in there):
        return ()
    return tuple(
        t
        for u in uses
        if u.trip.status == "planned" and (u.own or u.trip.hosts)
        for t in u.trip.dates
        if compare_to(t.value, published) == 1
    )
