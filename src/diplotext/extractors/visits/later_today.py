"""A time later on the day of publication is still to come: "flies to Vienna tonight", "arrives
in Vienna this evening", "lands later today", told in the news present, is a trip not yet begun
(as "arrives on Friday"); "arrives today" says nothing of the hour and stays the day's news."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.trip_times import when_told
from diplotext.model import TemporalExpression

__all__ = ["later_today"]

_EVENING: Final = regex.compile(r"T(?:EV|NI)\Z")
_LATER: Final = regex.compile(r"(?i)later\b")


def later_today(ctx: EventContext, t: TemporalExpression) -> bool:
    """Is ``t`` a time of the day of publication that is told as later than now: an evening or a
    night ("tonight", "this evening"), or a time after "later" ("later today", "later on
    Wednesday")?"""
    if when_told(ctx, t) != 0:
        return False
    if _EVENING.search(t.value or ""):
        return True
    return (
        _LATER.match(t.text) is not None or _LATER.search(ctx.text, max(0, t.start - 9), t.start) is not None
    )
