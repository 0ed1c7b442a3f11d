"""A traveller the story gives no state, guessed to be of the story's home state, whose own trip
goes to that very country by name ("LONDON - Minister of State X, who is on a three-day visit to
the UK, met ..."): nobody pays a visit to their own country, so the guess is wrong and the
traveller is of the state the article names most after it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor

if TYPE_CHECKING:
    from diplotext.extractors.visits.trip_record import Trip

__all__ = ["state_besides_the_visited", "visits_by_name"]

_MIN_MENTIONS = 2


def visits_by_name(actor: Actor, trips: Iterable[Trip], code: str) -> bool:
    """Does a trip of the actor's own (not a meeting) name the country ``code`` as its host?"""
    return any(
        actor in t.visitors
        and not t.meeting
        and t.status != "background"
        and any(h.code == code and h.kind == "state" and h.place_kind == "country" for h in t.hosts)
        for t in trips
    )


def state_besides_the_visited(
    ctx: EventContext, actor: Actor, trips: Iterable[Trip], code: str
) -> str | None:
    """The state the article names most other than ``code`` (at least twice, more than any other),
    when the actor, guessed to be of ``code``, travels to ``code`` named as a country."""
    if not visits_by_name(actor, trips, code):
        return None
    counts = sorted(
        (
            (len(a.mentions), a.country)
            for a in ctx.actors
            if a.kind == "state" and a.country and a.country != code
        ),
        reverse=True,
    )
    if counts and counts[0][0] >= _MIN_MENTIONS and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None
