"""Frames that name only the visitor, only the host, or neither ("the visit", "his trip", "the
visit to China"): the case each refers to, a state that looks forward to the trip, or the dateline's
state for a visitor the story names no host for."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from diplotext import lexicon
from diplotext.extractors.eventpeople import STATE_KINDS
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.representatives import Representatives
from diplotext.extractors.visits.story_place import country_of_a_headline_trip, place_in_the_headline
from diplotext.extractors.visits.trip_record import Trip
from diplotext.model import Actor

__all__ = ["LooseFrames"]

_ANTICIPATION_VERBS = lexicon.words("events", "anticipation verbs")
_EARLIER = lexicon.words("events", "words marking an earlier visit")


class LooseFrames(Representatives):
    """The finder's part that settles the frames left loose once every trip is placed."""

    def add(self, visitor: Actor, state: str, host: str, use: Use, *, direct: bool) -> None:
        raise NotImplementedError  # the finder's own

    def settle_loose(self) -> None:
        """Frames that name only the visitor, only the host, or neither ("the visit") join the
        case they refer to: the latest one before them that fits, else the only case."""
        self.anticipated_trips()
        self.dateline_trips()
        if not self.cases:
            return
        keys = [t[0] for t in self._order]
        for trip, host, visitor in self.loose:
            if visitor is None and trip.frame.phrase is not None and _EARLIER & set(trip.frame.phrase.words):
                continue  # "the last presidential visit in 2018": an earlier visit, no case's own
            pos = trip.frame.trigger[0]
            i = bisect.bisect_right(keys, pos) - 1
            target: Case | None = None
            while i >= 0:
                case = self._order[i][1]
                if (
                    (visitor is None or case.visitor.id == visitor.id)
                    and (host is None or case.host == host)
                    and not _made_from(case, trip)
                ):
                    target = case
                    break
                i -= 1
            if target is None:
                fits = {
                    id(c): c
                    for c in self.cases.values()
                    if (visitor is None or c.visitor.id == visitor.id)
                    and (host is None or c.host == host)
                    and not _made_from(c, trip)
                }
                if len(fits) == 1:
                    target = next(iter(fits.values()))
                elif (
                    fits
                    and visitor is not None
                    and trip.frame.lemma == "tour"
                    and trip.frame.phrase is not None  # the noun: not "to tour a satellite plant"
                    and not _EARLIER & set(trip.frame.phrase.words)
                ):
                    # "X sets off on a three-nation tour next week ... will visit A, B and C": the
                    # tour is each stop's
                    for case in fits.values():
                        case.uses.append(Use(trip=trip, own=False, tour=len(fits)))
                        case.evidence.add(self.ctx.layer.sentences[trip.frame.sentence])
                    continue
            if target is None:
                continue
            if host is None:
                target = self._leg_named_with_it(trip, target)
            # "King A and Queen B will pay a state visit ... the first by a Belgian monarch since
            # 1996": a frame naming no traveller is the trip of all who travel together
            joint = [target, *_fellows(self.cases.values(), target)] if visitor is None else [target]
            for case in joint:
                case.uses.append(Use(trip=trip, own=False, tour=1))
                case.evidence.add(self.ctx.layer.sentences[trip.frame.sentence])

    def _leg_named_with_it(self, trip: Trip, latest: Case) -> Case:
        """ "Pakistan is the final stop of a trip that already took X to A and India. The visit also
        marks sixty years of ties between China and Pakistan": a frame naming no host refers to the
        stop of the same traveller whose state its sentence names, when the latest case before it is
        another stop of the traveller, of a state the sentence does not name."""
        named = {
            e.code
            for c in self.ctx.layer.in_sentence(trip.frame.sentence)
            for a in c.args
            for e in a.phrase.entities
            if e.kind in STATE_KINDS and e.code
        }
        if latest.host in named:
            return latest
        legs = {
            id(c): c
            for c in self.cases.values()
            if c.visitor.id == latest.visitor.id and c.host in named and not _made_from(c, trip)
        }
        return next(iter(legs.values())) if len(legs) == 1 else latest

    def anticipated_trips(self) -> None:
        """ "Beijing is looking forward to X's visit in May": a state (or its capital) as the
        subject of an anticipation verb hosts the trip of its object, when the trip names none."""
        used: set[int] = set()
        for trip, host, visitor in self.loose:
            clause = trip.frame.clause
            if (
                host is not None
                or visitor is None
                or trip.frame.phrase is None
                or trip.frame.arg is None
                or trip.frame.arg.role not in ("object", "pp")
                or clause.predicate.lemma not in _ANTICIPATION_VERBS
                or clause.predicate.negated
            ):
                continue
            codes = {e.code for e in self.ctx.places(clause.subject) if e.code}
            state = self.state(visitor, trip)
            if len(codes) != 1 or state is None or state in codes:
                continue
            self.states[visitor.id] = state
            self.add(
                visitor,
                state,
                codes.pop(),
                Use(trip=trip, own=True, tour=1),
                direct=not trip.inferred_visitor,
            )
            used.add(id(trip))
        self.loose = [t for t in self.loose if id(t[0]) not in used]

    def dateline_trips(self) -> None:
        """ "MOSCOW - ... the president's four-day state visit ...": the trip of a visitor the story
        names no host for is a visit to the dateline's state (with no dateline, the one place the
        headline names), when he is not of that state."""
        code = self.ctx.dateline_code
        named_only = False
        if code is None:
            titled = place_in_the_headline(self.ctx, set())
            # "Patriarch hopes pope's visit will unite Lebanon": a country with a visit in the headline
            code = titled[0].code if titled else country_of_a_headline_trip(self.ctx)
            named_only = True  # a headline is a weaker clue: only for a traveller named in the trip
        if code is None:
            return
        known = {c.visitor.id for c in self.cases.values()}
        used: set[int] = set()
        for trip, host, visitor in self.loose:
            if (
                host is not None
                or visitor is None
                or visitor.id in known
                or trip.status == "background"
                or trip.frame.phrase is None
                or (named_only and not _named(trip))
            ):
                continue
            state = self.state(visitor, trip)
            if state is None or state == code:
                continue
            self.states[visitor.id] = state
            here = attrs.evolve(trip, here=True)
            self.add(visitor, state, code, Use(trip=here, own=True, tour=1), direct=not trip.inferred_visitor)
            used.add(id(trip))
        self.loose = [t for t in self.loose if id(t[0]) not in used]


def _named(trip: Trip) -> bool:
    """Is the traveller named (not a pronoun or a description) where the trip is told?"""
    phrases = [trip.visitor_phrase, trip.frame.phrase]
    return any(
        e.kind == "person" and not e.pronoun and e.text[:1].isupper()
        for p in phrases
        if p is not None
        for e in (*p.entities, *p.possessors)
    )


def _made_from(case: Case, trip: Trip) -> bool:
    """Is the case made from the trip's own frame (a stop a relative on the tour lists)? A frame
    never refers to a case it made."""
    return any(u.trip.frame is trip.frame for u in case.uses)


def _fellows(cases: Iterable[Case], case: Case) -> list[Case]:
    """The other cases to the same host told by one of the case's own trip frames (travellers
    named together: "King A and Queen B will pay a state visit")."""
    own = {id(u.trip) for u in case.uses if u.own}
    return [
        c
        for c in cases
        if c is not case and c.host == case.host and any(u.own and id(u.trip) in own for u in c.uses)
    ]
