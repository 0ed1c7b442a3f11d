"""Rules of the ``visits`` plugin: trip frames become cases, cases become events.

1. *Frames.* In each sentence where a trip word occurs, the clause layer gives the frames: a trip
   verb in its clause ("will visit", "arrived in", "left X for Y"), a trip noun in its phrase
   ("Wen's visit to Prague", "on a three-day visit", "the trip was called off"), a host verb
   ("Putin received X"), the adjective "visiting X" (:mod:`diplotext.extractors.visits.frames`).
2. *Roles from the frame.* The visitor is the subject of the trip (or the possessor or "by"
   phrase of a trip noun), never merely the nearest person; the host is the place the trip word
   governs ("to", "in", "for" after leave, the object of visit) or "here" (the dateline); status
   and dates come from the tense, aspect and modality of the clause that carries the trip and the
   time expressions attached to it.
3. *Cases.* Frames of one (visitor, host state) make one case; a frame that names only the
   visitor, only the host, or neither ("the visit") adds to the case it refers to. A visitor must
   hold an office that represents a state (actors' roles,
   :mod:`~diplotext.extractors.visits.representatives`); a trip to one's own state is none.
4. *Meetings.* Meeting frames whose subject is a visitor ("X met Y", "held talks with Y") give
   ``met``; so do hosts ("Y received X") (:mod:`~diplotext.extractors.visits.meetings`).
5. *Events.* Each case gives an event, with the status, date and place its frames agree on
   (:mod:`~diplotext.extractors.visits.attributes`).

This module holds the case finder's core (reading the frames of each sentence, placing each trip in
its cases, settling the frames that name no visitor or no host) and :func:`find_visits`.
"""

from __future__ import annotations

import bisect
from functools import partial
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.apposition import DESCRIBED_OFFICIAL, HEAD_OF_A_STATE_BODY, UNNAMED_OFFICIAL
from diplotext.extractors.eventkit import EventContext, Frame, trigger_words
from diplotext.extractors.visits.attributes import case_events
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.companions import add_companions
from diplotext.extractors.visits.days_before import earlier_by_days
from diplotext.extractors.visits.encounters import read_meeting, read_visiting_phrase
from diplotext.extractors.visits.frames import read_trip
from diplotext.extractors.visits.gathering_presence import read_gathering_presence
from diplotext.extractors.visits.groups import A_PAIR, THE_DELEGATION, UNLED_DELEGATION, led_before
from diplotext.extractors.visits.guests_hosts import HostsOfGuests
from diplotext.extractors.visits.held_days import date_talks_told_after
from diplotext.extractors.visits.homecoming import end_earlier_legs, mark_homecomings
from diplotext.extractors.visits.host_frames import read_host, read_visiting
from diplotext.extractors.visits.host_places import hosts_and_origins
from diplotext.extractors.visits.hosts_left import mark_hosts_left
from diplotext.extractors.visits.leg_weekdays import later_legs_after_earlier
from diplotext.extractors.visits.legs import other_stops, where_it_began, where_it_ends
from diplotext.extractors.visits.loose import LooseFrames
from diplotext.extractors.visits.meetings import Meetings
from diplotext.extractors.visits.placing import Placing
from diplotext.extractors.visits.presence import BUSINESS_VERBS, LEGISLATURES, SPEECH_VERBS, read_presence
from diplotext.extractors.visits.representatives import AT_A_SEAT
from diplotext.extractors.visits.roles import clause_visitors
from diplotext.extractors.visits.story_place import (
    headline_tells_a_trip,
)
from diplotext.extractors.visits.trip_context import denied
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_starts import relative_start
from diplotext.extractors.visits.visit_partners import host_of_those_met
from diplotext.extractors.visits.vocabulary import (
    HOST_VERBS,
    MEET_NOUNS,
    OCCASION_NOUNS,
    PRESENCE_VERBS,
    TRIP_NOUNS,
    TRIP_VERBS,
)
from diplotext.model import Actor, Event
from diplotext.patterns import KEEP_GIL, lazy, word_trie
from diplotext.syntax import Phrase

__all__ = ["find_visits"]

_PASSIVE_HOSTS = lexicon.words("events", "host verbs only in the passive")
_VERBS = frozenset(TRIP_VERBS) | HOST_VERBS | _PASSIVE_HOSTS
_NOUNS = frozenset(TRIP_NOUNS)
_GROUP_TRIPS = frozenset(["delegation"])
"""Trip nouns read only where a place follows "to" ("a Zambian delegation to India"): common
words whose sentences mostly tell no trip of their own."""
_TRIGGERS = trigger_words(_VERBS | _NOUNS) - _GROUP_TRIPS
_GROUP_TO = lazy(r"\b(?i:delegation)[ \t]+to[ \t]+(?:the[ \t]+)?\p{Lu}")
_PRESENCE_LEMMAS = PRESENCE_VERBS | SPEECH_VERBS
_PRESENCE_WORDS = trigger_words(_PRESENCE_LEMMAS)
_LEGISLATURE_WORDS = frozenset(LEGISLATURES)
_BUSINESS_WORDS = trigger_words(BUSINESS_VERBS | MEET_NOUNS | OCCASION_NOUNS)
_VISITING = frozenset({"visiting"})
_HOSTING = trigger_words(HOST_VERBS)
_HERE = frozenset({"here"})
_SINCE = frozenset({"since"})  # "has been in Kenya since Sunday" (presence.py)
_LANDING = trigger_words({"land"})
_TITLED_POSSESSOR = lazy(
    r"\b(?:" + "|".join(lexicon.longest_first(lexicon.words("events", "titles owning a trip"))) + r")['’]s\b",
    regex.IGNORECASE,
)
_LEAD_SENTENCES = 2
_ATTENDED = OCCASION_NOUNS | lexicon.words("events", "dated gatherings")

_STRONG = trigger_words({"visit", "tour", "travel", "arrive", "fly", "depart", "trip", "journey"}) | {
    "stopover",
    "stopovers",
    "arrival",
    "departure",
    "visits",
    "trips",
    "tours",
}
"""Trip words that are read wherever they stand; the others only in sentences naming a place or person."""
_WEAK_CONTEXT: Final = (
    regex.compile(
        r"\b(?i:"
        # the words as a trie (the same strings as their alternation, a third of the time to search)
        + word_trie(sorted(_TRIGGERS - _STRONG))
        + r")\b(?:[ \t]+[\w'’-]+){0,5}?[ \t]+"
        + r"(?i:(?:to|for|in|into|at|from|of|through)[ \t]+)?(?i:the[ \t]+)?\p{Lu}"
    ),
    regex.compile(r"\b(?i:here)\b"),
    # "from Nairobi, where he is leading a delegation": the place the "where" clause is in
    regex.compile(r"\p{Lu}[\p{L}'’\-]*,[ \t]+(?i:where)\b"),
    # "During his stay, which began on 27 February": a relative telling the trip's beginning
    relative_start(word_trie(sorted(_TRIGGERS - _STRONG))),
)
"""A common trip verb with a capitalised word a few words after it, "here", or a place a "where"
clause hangs on: worth reading. Three patterns, each searched on its own (:func:`_weak_context`):
as one alternation every branch was tried at every character, about three times the work."""


def _weak_context(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold one of the :data:`_WEAK_CONTEXT` patterns?"""
    return any(p.search(text, start, end, KEEP_GIL) is not None for p in _WEAK_CONTEXT)


_MEET_PLACES = lexicon.words("events", "meeting lemmas before a place")
_MEET_PLACE_NOUNS = MEET_NOUNS - {"summit", "conference", "consultations"}
_MEETING_PLACE_WORDS = lexicon.words("events", "words around a meeting place")
_BILATERAL_GATHERINGS = frozenset(["summit", "summits"])
_CALLS = lexicon.words("events", "calls paid on a host")


def _between_persons(ctx: EventContext, frame: Frame) -> bool:
    """ "The summit between A and B in Cairo", "a summit with B": a gathering of the persons named."""
    assert frame.phrase is not None
    return any(prep in ("between", "with") and ctx.persons(p) for prep, p in frame.phrase.preps)


_PLACE_NOUN_WORDS = lexicon.words("events", "place nouns")


class _Finder(LooseFrames, Meetings, HostsOfGuests, Placing):
    """Finds the cases of an article: :meth:`scan` reads the trip frames and places them in cases,
    then :meth:`meetings` adds whom each visitor met. The state it gathers is declared on
    :class:`~diplotext.extractors.visits.cases.FinderBase`."""

    def scan(self) -> None:
        ctx = self.ctx
        strong = set(ctx.layer.with_words(_STRONG))
        # "X hosted his Chilean counterpart Y": a host verb needs no place, its host has a state
        strong.update(i for i in ctx.layer.with_words(_HOSTING) if ctx.sentence_has(i, ("person",)))
        deferred: list[int] = []
        # "X, who landed late on Wednesday, met Y": an arrival in a datelined story is at its place
        landing = set(ctx.layer.with_words(_LANDING)) if ctx.dateline_code is not None else set()
        at = ctx.layer.sentences
        grouped = {i for i in ctx.layer.with_words(_GROUP_TRIPS) if _GROUP_TO.search(self.text, *at[i])}
        place_nouns = set(ctx.layer.with_words(_PLACE_NOUN_WORDS))
        for idx in sorted(set(ctx.layer.with_words(_TRIGGERS)) | grouped):
            # a common verb ("go", "take", "receive") is read only where a place is named, and
            # a capitalised word follows it within a few words ("came to Rome", "left Beijing")
            if (
                idx not in strong
                and idx not in landing
                and not (
                    _weak_context(self.text, *ctx.layer.sentences[idx])
                    and (
                        ctx.sentence_has(idx, ("state", "place"), places_only=True)
                        # "came to the Italian capital"
                        or (idx in place_nouns and ctx.sentence_has(idx, ("state",)))
                    )
                )
            ):
                continue
            if not ctx.sentence_has(idx, ("person",)):
                deferred.append(idx)  # "the visit will deepen ties": read once a trip is known
                continue
            self.read_sentence(idx)
        for idx in deferred:
            # "the visit will deepen ties": read once a trip is known; "cancelled the Norwegian
            # trade minister's visit": a description of a person with a role the article names
            if (
                self.trips
                or _TITLED_POSSESSOR.search(self.text, *ctx.layer.sentences[idx])
                # "A senior Vietnamese official arrived ... [next:] X, vice minister, ...": the lead
                # names its traveller in the next sentence
                or (
                    idx <= _LEAD_SENTENCES
                    and ctx.sentence_has(idx + 1, ("person",))
                    and (
                        UNNAMED_OFFICIAL.search(self.text, *ctx.layer.sentences[idx])
                        or DESCRIBED_OFFICIAL.search(self.text, *ctx.layer.sentences[idx])
                        or HEAD_OF_A_STATE_BODY.search(self.text, *ctx.layer.sentences[idx])
                    )
                )
                # "A Polish delegation arrived in Hanoi. It is led by X": its leader named after it
                or (
                    (ctx.sentence_has(idx + 1, ("person",)) or ctx.sentence_has(idx + 2, ("person",)))
                    and UNLED_DELEGATION.search(self.text, *ctx.layer.sentences[idx])
                )
                # "met a delegation led by X ... The delegation arrived on Tuesday": its leader's
                or (led_before(ctx, idx) and THE_DELEGATION.search(self.text, *ctx.layer.sentences[idx]))
            ):
                self.read_sentence(idx)
        for idx in ctx.layer.with_words(_VISITING):
            # "his visiting Japanese counterpart X": "visiting" inside a phrase
            for clause in ctx.layer.in_sentence(idx):
                for a in clause.args:
                    # "a dinner in honour of the visiting X": the phrase may hang on the argument's
                    for phrase in (a.phrase, *(p for _, p in a.phrase.preps)):
                        words = phrase.words
                        if "visiting" in words and words.index("visiting") < len(words) - 1:
                            # a relative's noun has the time of the clause it hangs on ("announced
                            # to visiting X that China would sign before the end of the year")
                            home = ctx.parent(clause) if a.role == "antecedent" else None
                            trip = read_visiting_phrase(ctx, clause, phrase, timed=home)
                            if trip is not None:
                                self.trips.append(trip)
        described = place_nouns
        headline_trip = ctx.dateline_code is None and headline_tells_a_trip(ctx)
        here = set(ctx.layer.with_words(_HERE))
        meeting_sentences = ctx.layer.with_words(_MEETING_PLACE_WORDS)
        # "X met Y on Tuesday. The meeting took place in Busan": a place the next sentences give
        placed = {i for i in meeting_sentences if ctx.sentence_has(i, ("place",), places_only=True)}
        for idx in meeting_sentences:
            if not (
                # "The two leaders met in Warsaw": the pair named before
                (ctx.sentence_has(idx, ("person",)) or A_PAIR.search(self.text, *ctx.layer.sentences[idx]))
                and (
                    ctx.sentence_has(idx, ("state", "place"), places_only=True)
                    or (idx in described and ctx.sentence_has(idx, ("state",)))  # "the Uruguayan capital"
                    or idx in here  # "met X here"
                    # "RIYADH - Pakistani PM X met Saudi Crown Prince Y": an official of the dateline's
                    or (ctx.dateline_code is not None and ctx.sentence_has(idx, ("state",)))
                    # headline "Armenian FM visits Tehran": a meeting with an official of a state
                    or (headline_trip and ctx.sentence_has(idx, ("state",)))
                    or idx + 1 in placed
                    or idx + 2 in placed
                )
            ):
                continue
            for frame in ctx.frames(idx, _MEET_PLACES, _MEET_PLACE_NOUNS | _BILATERAL_GATHERINGS):
                if (
                    frame.phrase is not None
                    and frame.lemma in _BILATERAL_GATHERINGS
                    and not _between_persons(ctx, frame)
                ):
                    continue  # "the summit in Cairo": a gathering of many, read as one attended
                if frame.lemma == "pay" and not any(
                    a.role == "object" and a.phrase.head.lower() in _CALLS for a in frame.clause.args
                ):
                    continue  # "paid a courtesy call on Y": a call paid, not a tribute or a fee
                trip = read_meeting(ctx, frame)
                if trip is not None:
                    self.trips.append(trip)
        on_business = set(ctx.layer.with_words(_BUSINESS_WORDS)) | set(ctx.layer.with_words(_SINCE))
        legislature = set(ctx.layer.with_words(_LEGISLATURE_WORDS))
        for idx in ctx.layer.with_words(_PRESENCE_WORDS):
            if not (
                # a city; or a country the official is in on business ("was in Finland for talks")
                ctx.sentence_has(idx, ("state", "place"), cities_only=True)
                or (idx in on_business and ctx.sentence_has(idx, ("state", "place"), places_only=True))
                # "told reporters in the Qatari capital"
                or (idx in described and ctx.sentence_has(idx, ("state",)))
                # "addressed the Peruvian Congress"
                or (idx in legislature and ctx.sentence_has(idx, ("state", "organization")))
                # "X, head of the Japanese delegation, told reporters here": at the dateline's place
                or (idx in here and ctx.dateline_code is not None)
            ) or not ctx.sentence_has(idx, ("person",)):
                continue
            for frame in ctx.frames(idx, _PRESENCE_LEMMAS, ()):
                trip = read_presence(ctx, frame)
                if trip is not None:
                    self.trips.append(trip)
        self.trips += read_gathering_presence(ctx)
        self.trips += [
            t for find in (where_it_began, where_it_ends) for t in map(partial(find, ctx), self.trips) if t
        ] + [t for trip in self.trips for t in other_stops(ctx, trip)]
        # "met Y on Thursday, a day after holding talks in X": the stop in X is a day before
        self.trips = [earlier_by_days(ctx, t) for t in self.trips]
        self.trips.sort(key=lambda t: (t.meeting, t.frame.trigger[0]))
        for trip in self.trips:
            self.place(trip)
        self.settle_loose()

    def read_sentence(self, idx: int) -> None:
        for frame in self.ctx.frames(idx, _VERBS, _NOUNS):
            trip = self.read(frame)
            if trip is not None:
                self.trips.append(trip)

    def read(self, frame: Frame) -> Trip | None:
        if frame.phrase is None and frame.lemma in _PASSIVE_HOSTS and frame.lemma not in HOST_VERBS:
            # "X was met at the airport by Y": a reception; "X met Y" is read as a meeting
            passive = frame.clause.predicate.passive and any(a.role == "agent" for a in frame.clause.args)
            return read_host(self.ctx, frame) if passive else None
        if frame.phrase is None and frame.lemma in HOST_VERBS:
            return read_host(self.ctx, frame)
        if (
            frame.phrase is None
            and frame.lemma == "visit"
            and self.text[frame.trigger[0] : frame.trigger[1]].lower() == "visiting"
            and not frame.clause.predicate.finite
        ):
            got = read_visiting(self.ctx, frame)
            if got is not None:
                return got
        trip = read_trip(self.ctx, frame)
        if trip is None and frame.phrase is None and denied(self.ctx, frame.clause):
            # "denied reports that X would visit Pyongyang": that trip, told again elsewhere as
            # a report ("the newspaper had reported that X would travel to North Korea"), is none
            visitors, _ = clause_visitors(self.ctx, frame.clause)
            hosts, _ = hosts_and_origins(self.ctx, frame, TRIP_VERBS.get(frame.lemma, ("to",)))
            self.denied_trips.update((v.id, h.code) for v in visitors for h in hosts if h.code)
        return trip

    def drop_denied(self) -> None:
        """A planned trip some clause of the article denies is no case, however often it is told
        (a newspaper's report of it, then the denial)."""
        for key in list(self.cases):
            case = self.cases[key]
            if key in self.denied_trips and all(u.trip.status in ("planned", None) for u in case.uses):
                del self.cases[key]
                self._order = [(k, c) for k, c in self._order if c is not case]

    def place(self, trip: Trip) -> None:
        if trip.status == "background":
            return  # "has said during a visit to X": some earlier visit, not one this story tells
        hosts = list(trip.hosts)
        if not hosts and (trip.here or self.implicit_arrival(trip)):
            hosts = self.here(trip)
            if hosts and self.ctx.dateline_code is None:
                trip = attrs.evolve(trip, hosts=tuple(hosts))  # the place the story is set in names the city
        # "met Chilean President Y at the start of a short visit": the state of those met
        hosts = hosts or self.inviters(trip) or host_of_those_met(self.ctx, trip)
        if trip.meeting and not hosts:
            return  # "met here" where the story's place is not known: no trip of any case
        visitors = [v for v in trip.visitors if self.eligible(v, trip)]
        if trip.visitors and not visitors:
            return  # a traveller who is not a state's representative
        if not visitors:
            # "the visit", "the trip to China": told of a case already told; a trip with a
            # traveller of its own that is no one we know ("the two leaders' visit") is not
            if (hosts or trip.definite) and _generic(trip.visitor_phrase) and not _owned(trip):
                self.loose.append((trip, hosts[0].code if len(hosts) == 1 else None, None))
            return
        if not hosts and not trip.origins:
            for v in visitors:
                self.loose.append((trip, None, v))
            return
        codes = []
        for h in hosts:
            if h.code and h.code not in codes:
                codes.append(h.code)
        for v in visitors:
            state = self.state(v, trip)
            if state is None or (codes == [state] and self.ctx.state_of(v) is None):
                # no state the article gives them (a guess that keeps them at home is no better):
                # the meetings may yet tell whose host they are
                self.stateless.append((v, trip))
                if state is None:
                    continue
            self.states[v.id] = state
            home = self.lives_in(v) | self.around(state, trip, hosts)
            if not home and (trip.meeting or trip.frame.lemma in PRESENCE_VERBS) and self.resident(v):
                continue  # "U.S. Ambassador X met Kenya's trade minister": posted where he meets
            for code in codes:
                if code != state and code not in home and AT_A_SEAT not in home:
                    if (
                        trip.meeting
                        and (v.id, code) not in self.cases
                        and not _at_an_occasion(trip)
                        and self.has_case_elsewhere(v, trip)
                    ):
                        continue
                    self.add(
                        v,
                        state,
                        code,
                        Use(trip=trip, own=not trip.meeting, tour=len(codes)),
                        direct=not trip.inferred_visitor,
                    )
            for origin in () if trip.route else trip.origins:
                if origin.code and origin.code != state and origin.code not in codes:
                    # "left Beijing", "on his way from X": that stay is over
                    done = attrs.evolve(
                        trip, status="ended" if not codes else "completed", context_dates=(), hosts=(origin,)
                    )
                    if codes or trip.status == "planned":
                        done = attrs.evolve(done, dates=())
                    if trip.status == "planned":
                        # "is due to leave X on Friday": the stay goes on till then; the leaving
                        # day is not when it began
                        done = attrs.evolve(done, status="ongoing")
                    self.add(
                        v,
                        state,
                        origin.code,
                        Use(trip=done, own=True, tour=1),
                        direct=not trip.inferred_visitor,
                    )

    def add(self, visitor: Actor, state: str, host: str, use: Use, *, direct: bool) -> None:
        key = (visitor.id, host)
        case = self.cases.get(key)
        start = use.trip.frame.trigger[0]
        if case is None:
            case = self.cases[key] = Case(visitor=visitor, state=state, host=host, order=start)
        case.uses.append(use)
        case.evidence.add(self.ctx.layer.sentences[use.trip.frame.sentence])
        case.direct = case.direct or direct
        bisect.insort(self._order, (start, case), key=lambda t: t[0])


def _at_an_occasion(trip: Trip) -> bool:
    """Is the meeting a gathering attended ("will attend the summit in X, stopping in Y on the way"):
    a trip of its own, whatever other trip its sentence tells?"""
    return any(a.role == "object" and a.phrase.head.lower() in _ATTENDED for a in trip.frame.clause.args) or (
        trip.frame.phrase is not None and trip.frame.phrase.head.lower() in _ATTENDED
    )


def _generic(phrase: Phrase | None) -> bool:
    """No traveller, or one named generically ("the first visit by a Chinese premier")."""
    return phrase is None or (
        bool(phrase.words)
        and phrase.words[0] in ("a", "an")
        and not any(e.kind == "person" for e in phrase.entities)
    )


def _owned(trip: Trip) -> bool:
    """Does the trip's noun phrase have an owner ("their visit", "the leaders' trip")?"""
    phrase = trip.frame.phrase
    return phrase is not None and (phrase.possessor is not None or phrase.owner is not None)


def _described_in_the_lead(ctx: EventContext) -> bool:
    """Does a sentence of the lead tell of an official by a description and name nobody ("The
    Transport Secretary will travel to ..."), the next sentence naming someone?"""
    at = ctx.layer.sentences
    text = ctx.article.text
    # the entity tests first: a lookup each, where the patterns search the sentence
    return any(
        not ctx.sentence_has(i, ("person",))
        and ctx.sentence_has(i + 1, ("person",))
        and (UNNAMED_OFFICIAL.search(text, *at[i]) or DESCRIBED_OFFICIAL.search(text, *at[i]))
        for i in range(min(len(at) - 1, _LEAD_SENTENCES + 1))
    )


def find_visits(ctx: EventContext) -> list[Event]:
    """Every visit the article describes, one event per (visitor, host state)."""
    people = [a for a in ctx.actors if a.kind == "person"]
    # titled people first: a role-less one needs the article's descriptions read
    if (
        not any(ctx.official(a) for a in people if a.roles)
        and not any(ctx.official(a) for a in people if not a.roles)
        and not _described_in_the_lead(ctx)
    ):
        return []  # nobody in the article represents a state: no title, no description of one
    finder = _Finder(ctx)
    finder.scan()
    finder.drop_denied()
    # companions before the meetings: "accompanied by Foreign Minister Y. Y met his counterpart Z"
    add_companions(ctx, finder.cases)
    finder.meetings()
    if finder.placed_by_their_guests(finder.place):
        finder.meetings()
    date_talks_told_after(ctx, finder.cases.values())  # "for talks with Y. The talks took place Monday"
    mark_homecomings(ctx, finder.cases)
    mark_hosts_left(ctx, finder.cases)  # "arrived in Kabul ... and left the same evening"
    out: list[Event] = []
    told: set[int] = set()
    for case in sorted(finder.cases.values(), key=lambda c: c.order):
        out.extend(case_events(ctx, case, told))
    return later_legs_after_earlier(ctx, end_earlier_legs(out, told))
