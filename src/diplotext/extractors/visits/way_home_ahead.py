"""A way home still ahead after a stay: "will return home on Friday after a three-day visit to
Peru", "heads home on Thursday after a visit to Chile", told on a Wednesday. The "after" phrase of
a clause planning the way home names a stay that lasts until then, so it goes on now, not one to
come (as "will rest after his visit to X" is)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.past_visits import days_between
from diplotext.extractors.visits.trip_times import dated

__all__ = ["home_after_a_stay"]

_HOMEWARD: Final = regex.compile(r"[ \t]+(?:home|back)\b", regex.IGNORECASE)
"""Right after the verb: "return home", "heads back"."""
_WEEK: Final = 7
"""How many days ahead the way home may be told for the stay before it to be going on now."""


def home_after_a_stay(ctx: EventContext, frame: Frame) -> bool:
    """Is the trip noun in an "after" phrase of a clause telling the way home ("return home",
    "fly back") on a day in the week ahead, the trip noun with no time of its own?"""
    clause = frame.clause
    pred = clause.predicate
    if pred.negated or dated(ctx, frame.times) or not _HOMEWARD.match(ctx.text, pred.end):
        return False
    gaps = [days_between(t.value, ctx.published) for t in dated(ctx, clause.times)]
    return bool(gaps) and all(g is not None and -_WEEK <= g <= 0 for g in gaps)
