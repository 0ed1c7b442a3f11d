"""Whether a visit goes on at publication: a stay begun in the last days with a stop still to
come, an arrival in the last days, a stated length that reaches the day of publication."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext, calendar_value, compare_to
from diplotext.extractors.visits.case_dates import days_of, durations
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.past_visits import days_between
from diplotext.extractors.visits.vocabulary import TRIP_NOUNS
from diplotext.model import TemporalExpression

__all__ = ["ARRIVAL_DAYS", "arrived_status", "lasts_till_now", "under_way", "was_there"]

ARRIVAL_DAYS = 3
"""Days after an arrival during which, with no stated length, the visit is taken to go on."""


def under_way(ctx: EventContext, uses: list[Use], at_the_dateline: bool = False) -> bool:
    """A stay begun in the last days with a stop still to come in the same state ("became the first
    premier to visit Chile on Monday ... travels on to Valparaiso on Wednesday"): under way. In a
    story datelined in the host state, a dated meeting or presence there begins the stay too
    ("BANGKOK - X met Y on Tuesday. She will travel to Chiang Mai on Wednesday")."""
    gaps = [
        (days_between(t.value, ctx.published), u.own)
        for u in uses
        if (u.own and u.trip.status in ("completed", "planned", "arrived", "present"))
        or (at_the_dateline and u.trip.status in ("arrived", "present"))
        for t in u.trip.dates
    ]
    known = [(g, own) for g, own in gaps if g is not None]
    return any(0 <= g <= ARRIVAL_DAYS for g, _ in known) and any(
        -ARRIVAL_DAYS <= g < 0 for g, own in known if own
    )


def lasts_till_now(ctx: EventContext, uses: list[Use], date: str | None) -> bool:
    """Does a visit begun on a day told reach publication by its stated length ("a three-day
    visit" begun yesterday), no frame telling its end?"""
    if date is None or len(date) != 10 or any(u.trip.closing or u.trip.status == "ended" for u in uses):
        return False
    gap = days_between(date, ctx.published)
    length = max((days_of(t.value) for u in uses for t in durations(ctx, u)), default=0)
    return gap is not None and 0 <= gap < length


def arrived_status(
    ctx: EventContext, uses: list[Use], date: str | None, undated: str, start: str | None = None
) -> str:
    """An arrival (or a presence) in the past: the visit goes on if it was in the last days
    (or its stated length reaches publication), else it is over; ``undated`` when no date says.
    A stated length counted from the ``start`` told ends it, whatever later day the stay is told
    of ("arrived on Saturday for a two-day visit ... signed a pact on Sunday", told on Wednesday)."""
    gap = days_between(date, ctx.published) if date else None
    length = max((days_of(t.value) for u in uses for t in durations(ctx, u)), default=0)
    begun = days_between(start, ctx.published) if start and len(start) == 10 else None
    if begun is not None and 0 < _length_told_with(ctx, uses, start) <= begun:
        return "completed"
    if gap is None:
        if date is None:
            return undated
        if compare_to(date, ctx.published) != 0:
            return "completed"
        # "arrived this week": recent enough to be there still; "met X in Lima earlier this
        # month", "in early April" (told on April 23): a day some while ago, over by now unless
        # a stated length reaches today ("arrived this month for a month-long stay")
        since_month_began = ctx.published.day if ctx.published is not None else 0
        return "ongoing" if "W" in date or length > since_month_began else "completed"
    return "ongoing" if gap <= max(ARRIVAL_DAYS, length) else "completed"


def was_there(ctx: EventContext, uses: list[Use]) -> bool:
    """ "X was in Nairobi on Monday to deliver a message", "was in Lima earlier this week": a stay
    told only by a past "be" on a day before publication is over (one still going on is told "is
    in Nairobi")."""
    present = [u for u in uses if u.trip.status == "present"]
    return (
        bool(present)
        and all(
            u.trip.frame.clause.predicate.lemma == "be"
            and u.trip.frame.clause.predicate.tense == "past"
            and not u.trip.frame.clause.predicate.modal
            and u.trip.dates
            and all(
                compare_to(t.value, ctx.published) == -1 or _earlier_this_week(ctx, t) for t in u.trip.dates
            )
            for u in present
        )
        and not any(u.trip.status in ("arrived", "ongoing") for u in uses)
    )


_EARLIER: Final = regex.compile(r"(?i:\bearlier\b)")


def _earlier_this_week(ctx: EventContext, t: TemporalExpression) -> bool:
    """Is the time the week of publication told as "earlier" ("earlier this week")?"""
    return (
        "W" in t.value
        and compare_to(t.value, ctx.published) == 0
        and _EARLIER.search(ctx.text, max(0, t.start - 8), t.end) is not None
    )


def _length_told_with(ctx: EventContext, uses: list[Use], start: str | None) -> int:
    """The stated length (days) of a trip noun in a clause that dates the trip's start ("arrived on
    Saturday for a two-day visit"); not one told elsewhere ("started a two-day tour of the south"),
    nor a span of something else ("arrived on Wednesday after two days in Kampala"); else 0."""
    return max(
        (
            days_of(d.value)
            for u in uses
            if any(calendar_value(t.value) == start for t in u.trip.dates)
            for d in durations(ctx, u)
            if any(
                a.phrase.start <= d.start < a.phrase.end and a.phrase.head.lower() in TRIP_NOUNS
                for a in u.trip.frame.clause.args
            )
        ),
        default=0,
    )
