"""A stay told only by a wire's closing formula, "X paid the visit at the invitation of Y", under a
lead of the day: "Z said here Wednesday ... Z made the remarks when meeting with a delegation led
by X ... X paid the visit at the invitation of W", told on Wednesday. The formula's past tense says
nothing of whether the stay is over; the story's news of the day (the lead's day, the day of
publication or the one before) is of the stay, so it is dated by that day and read as being there.
"""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext, calendar_value
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.lead_day import LEAD_SENTENCES, news_day

__all__ = ["formula_under_a_lead"]


def _formula(use: Use) -> bool:
    """Is the frame "paid the visit at the invitation of Y" (done, undated, the trip noun with
    "the")?"""
    trip = use.trip
    frame = trip.frame
    return (
        trip.status == "completed"
        and not trip.dates
        and not trip.context_dates
        and not trip.closing
        and frame.phrase is not None
        and frame.phrase.words[:1] == ("the",)
        and frame.clause.kind == "main"
        and any(a.role == "pp" and a.phrase.head.lower() == "invitation" for a in frame.clause.args)
    )


def formula_under_a_lead(ctx: EventContext, uses: list[Use]) -> str | None:
    """The lead's day when every frame of the case is the closing formula and the first sentence of
    the opening that tells a day tells just one, the day of publication or the one before."""
    if ctx.published is None or not uses or not all(_formula(u) for u in uses):
        return None
    for s0, s1 in ctx.layer.sentences[:LEAD_SENTENCES]:
        values = {
            calendar_value(d.value)
            for d in ctx.dates
            if s0 <= d.start < s1 and d.type in ("DATE", "TIME") and d.value != "PRESENT_REF"
        }
        if not values:
            continue
        return news_day(values, ctx.published)
    return None
