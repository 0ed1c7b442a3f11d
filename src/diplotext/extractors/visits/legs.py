"""Earlier stops told in a relative on the tour: "arrived in Belgrade on Tuesday, the second stop of
a European tour that began in Paris on Sunday": the tour's traveller was in Paris from Sunday."""

from __future__ import annotations

from typing import Final

import attrs

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.frames import Trip
from diplotext.extractors.visits.presence import cities_in
from diplotext.extractors.visits.status import dated, when_told

__all__ = ["where_it_began"]

_BEGINNING: Final = frozenset(["begin", "start", "open", "kick off"])


def where_it_began(ctx: EventContext, trip: Trip) -> Trip | None:
    """The first stop of a trip noun's tour, told by a past relative on it ("a tour that began in
    Paris on Sunday"): a trip there, completed (or just begun, when recent), dated by the relative."""
    phrase = trip.frame.phrase
    if phrase is None or not trip.visitors:
        return None
    for c in ctx.layer.in_sentence(trip.frame.sentence):
        subject = c.subject
        if (
            c.kind != "relative"
            or c.predicate.lemma not in _BEGINNING
            or c.predicate.tense != "past"
            or c.predicate.negated
            or subject is None
            or not subject.start <= phrase.head_span[0] < subject.end
        ):
            continue
        places = cities_in(ctx, c) or [
            e for a in c.preps("in") for e in ctx.places(a.phrase) if e.place_kind == "country"
        ]
        if not places:
            return None
        dates = tuple(dated(ctx, c.times))
        past = any(when_told(ctx, t) == -1 for t in dates)
        return attrs.evolve(
            trip,
            hosts=tuple(places[:1]),
            status="arrived" if past else "completed",
            dates=dates,
            context_dates=(),
            first_leg=True,
        )
    return None
