"""Other stops told in a relative on the tour: "arrived in Belgrade on Tuesday, the second stop of
a European tour that began in Paris on Sunday": the tour's traveller was in Paris from Sunday;
"visited Ghana as part of a tour which also included Senegal and Mali": and in those two."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from diplotext.extractors.eventkit import EventContext, calendar_value
from diplotext.extractors.visits.presence import cities_in
from diplotext.extractors.visits.status import tense_status
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["other_stops", "where_it_began", "where_it_ends"]

_BEGINNING: Final = frozenset(["begin", "start", "open", "kick off"])
_ENDING: Final = frozenset(["end", "finish", "conclude"])
_INCLUDING: Final = frozenset(["include", "take in", "cover"])


def _relatives_on_the_tour(ctx: EventContext, trip: Trip, lemmas: frozenset[str]) -> Iterator[Clause]:
    """The relatives on a trip noun's tour ("a tour that began ...", "that will end ...") whose
    verb is one of ``lemmas``, not negated."""
    phrase = trip.frame.phrase
    if phrase is None or not trip.visitors:
        return
    for c in ctx.layer.in_sentence(trip.frame.sentence):
        subject = c.subject
        if (
            c.kind == "relative"
            and c.predicate.lemma in lemmas
            and not c.predicate.negated
            and subject is not None
            and subject.start <= phrase.head_span[0] < subject.end
        ):
            yield c


def where_it_began(ctx: EventContext, trip: Trip) -> Trip | None:
    """The first stop of a trip noun's tour, told by a past relative on it ("a tour that began in
    Paris on Sunday"): a trip there, completed (or just begun, when recent), dated by the relative."""
    for c in _relatives_on_the_tour(ctx, trip, _BEGINNING):
        if c.predicate.tense != "past":
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


def where_it_ends(ctx: EventContext, trip: Trip) -> Trip | None:
    """The last stop of a trip noun's tour, told by a relative on it ("the third leg of a tour that
    will end in Rome on Saturday"): a trip to the city, with the relative's tense; the day is the
    tour's end, not the start of the stay, so it gives no date."""
    for c in _relatives_on_the_tour(ctx, trip, _ENDING):
        # "a tour that ends in Rome on Sunday": a weekday of a present tense is read as gone by
        if (c.predicate.tense, c.predicate.aspect, c.predicate.modal) == ("present", "simple", None):
            continue
        places = cities_in(ctx, c)
        if not places:
            return None
        return attrs.evolve(
            trip,
            hosts=tuple(places[:1]),
            status=tense_status(ctx, c, arrival=False),
            dates=(),  # the day the tour ends there is no day the stay starts
            context_dates=(),
            first_leg=False,
        )
    return None


def other_stops(ctx: EventContext, trip: Trip) -> list[Trip]:
    """The stops a relative on a trip noun lists ("his tour, which also included Senegal and
    Mali", "a tour that will include stops in Lima and Quito"): a trip to each, with the relative's
    tense."""
    phrase = trip.frame.phrase
    if phrase is None or not trip.visitors:
        return []
    out: list[Trip] = []
    for c in ctx.layer.in_sentence(trip.frame.sentence):
        subject = c.subject
        if (
            c.kind != "relative"
            or c.predicate.lemma not in _INCLUDING
            or c.predicate.negated
            or subject is None
            or not subject.start <= phrase.head_span[0] < subject.end
        ):
            continue
        places = [
            e
            for a in c.args
            if a.role == "object" or (a.role == "pp" and a.prep in ("in", "to"))
            for e in ctx.places(a.phrase)
            if e.place_kind in ("city", "seat", "country") and e.code
        ]
        status = tense_status(ctx, c, arrival=False)
        month = _tour_month(ctx, trip, c)
        out.extend(
            attrs.evolve(trip, hosts=(e,), status=status, dates=(), context_dates=month, first_leg=False)
            for e in places
        )
    return out


def _tour_month(ctx: EventContext, trip: Trip, relative: Clause) -> tuple[TemporalExpression, ...]:
    """ "visited Kazakhstan on Nov. 7 as part of a tour which also included Russia and China": the
    other stops of a tour lie in the month of the day its frame tells (not on that day, the one
    stop's); no time when the relative tells its own."""
    if relative.times:
        return ()
    for t in (*trip.dates, *trip.context_dates):
        v = calendar_value(t.value) or ""
        if len(v) >= 7 and "W" not in v:
            return (attrs.evolve(t, value=v[:7]),)
    return ()
