"""The last day of a trip told of a day gone by: "On the last day of his visit to Moscow on
Tuesday, X met Y", told on Wednesday, is of a visit that is over. Told of today (or with no
day), the last day is still a day of the visit."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.syntax import Phrase

__all__ = ["last_day_gone"]

_LAST: Final = lexicon.words("events", "modifiers of a trip's last part")


def last_day_gone(ctx: EventContext, frame: Frame, part: Phrase) -> bool:
    """Is ``part`` "the last day" (of the frame's trip) dated before publication, by the frame or
    its clause, with no day at or after it?"""
    if part.head.lower() != "day" or not _LAST.intersection(w.lower() for w in part.words):
        return False
    when = {when_told(ctx, t) for t in dated(ctx, (*frame.times, *frame.clause.times))}
    return when == {-1}
