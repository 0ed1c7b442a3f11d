"""Presence frames: an official doing something in person in a city abroad ("celebrated mass in
Sarajevo", "was in Geneva", "is expected in Lima", "said in Brussels") is visiting it."""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, calendar_value
from diplotext.extractors.visits.due_there import due_status, told_due
from diplotext.extractors.visits.encounters import read_meeting
from diplotext.extractors.visits.expected_past import expected_days
from diplotext.extractors.visits.roles import clause_visitors
from diplotext.extractors.visits.status import tense_status
from diplotext.extractors.visits.trip_context import guests_of_a_host
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_times import dated
from diplotext.extractors.visits.vocabulary import (
    MEET_NOUNS,
    MEET_VERBS,
    OCCASION_NOUNS,
    PRESENCE_VERBS,
    PRIVATE_PURPOSES,
    REPORTING_VERBS,
)
from diplotext.model import Actor
from diplotext.syntax import Arg, Clause, Entity, Phrase

__all__ = [
    "BUSINESS_VERBS",
    "LEGISLATURES",
    "SPEECH_VERBS",
    "cities_in",
    "in_a_state_on_business",
    "places_within",
    "read_presence",
]


def read_presence(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "The pope celebrated mass in Sarajevo", "the minister addressed parliament in Paris": an
    official doing something in person in a city abroad is visiting it (a city or seat, not a
    country: "spoke in Britain" may be by telephone; never a place the verb is about)."""
    if frame.lemma == "expect" and not frame.clause.predicate.passive:
        return None  # "X expects a deal in Lima": only "X is expected in Lima" places X there
    if frame.lemma in ("say", "tell") or frame.lemma in SPEECH_VERBS:
        # "At a news conference with US Vice President X in Jerusalem, Mr. Y suggested ..."
        joint = _appearance_with_a_guest(ctx, frame)
        if joint is not None:
            return joint
    if (
        (frame.lemma in ("say", "tell") or frame.lemma in REPORTING_VERBS)
        and ctx.dateline_code is not None
        and _SAID_HERE.match(ctx.text, frame.clause.predicate.end)
    ):
        # "said here", "told reporters here", "announced here": where the datelined story is set
        return _said_here(ctx, frame)
    if frame.lemma in _TELLING_AN_OCCASION:
        told = _told_an_occasion_held_in_a_city(ctx, frame)
        if told is not None:
            return told
    if frame.lemma not in PRESENCE_VERBS and not _speaking_at_an_occasion(ctx, frame.clause):
        return None  # "stressed the point at a forum in Oslo", "warned in Lima": said there
    on_business = False
    if frame.lemma == "tell" and _told_in_person_in_a_state(ctx, frame.clause):
        on_business = True  # "told reporters in Qatar": in the room, in that state
    elif frame.lemma in _BEING_VERBS and not _being_in_a_city(
        ctx, frame.clause, objects=frame.lemma == "tell"
    ):
        # "was born in X", "was upbeat about the summit in X", "is making a film in X", "said in
        # comments on a summit in X", "says gaps remain before talks in X"
        if not (frame.lemma == "be" and in_a_state_on_business(ctx, frame.clause)):
            return None
        on_business = True
    if frame.lemma == "expect":
        # "X is expected in Lima on Thursday": the passive's subject is due there
        clause = frame.clause
        places = cities_in(ctx, clause)
        visitors = ctx.persons(clause.subject)
        if not places or not visitors or clause.predicate.negated:
            return None
        # "is expected in Lima"; "was expected ... early Thursday"; "was expected on Tuesday": gone by
        days, due = expected_days(ctx, clause, due_status(ctx, clause))
        trip: Trip | None = Trip(
            frame=frame,
            visitors=tuple(visitors),
            visitor_phrase=clause.subject,
            hosts=tuple(places),
            status=due,
            dates=days,
        )
    else:
        trip = read_meeting(ctx, frame)
        if trip is not None and told_due(frame.clause):
            days, due = expected_days(ctx, frame.clause, due_status(ctx, frame.clause))
            trip = attrs.evolve(trip, status=due, dates=days)  # "was due in Jakarta"
    if trip is None:
        return _addressing_a_legislature(ctx, frame)
    kinds = ("city", "seat", "country") if on_business else ("city", "seat")
    hosts = tuple(h for h in trip.hosts if h.place_kind in kinds)
    if frame.lemma in ("be", "expect") and hosts:
        # "was in Paris on Monday and in Warsaw on Tuesday": each city is a leg
        known = {h.code for h in hosts}
        more = [e for e in cities_in(ctx, frame.clause) if e.code not in known]
        hosts = (*hosts, *more)
        return attrs.evolve(trip, hosts=hosts, meeting=False)  # being there is the trip itself
    if not hosts:
        return None
    return attrs.evolve(trip, hosts=hosts)


_SAID_HERE: Final = regex.compile(
    r"(?:[ \t]+(?:reporters|journalists|the[ \t]+press|a[ \t]+news[ \t]+conference))?[ \t]+here\b"
)
"""Right after "said"/"told": "here" — where the datelined story is set."""


def _said_here(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "X, head of the Japanese delegation, told reporters here Tuesday": speaking where a
    datelined story is set is being there (the host is the dateline's place)."""
    clause = frame.clause
    if clause.predicate.negated or clause.kind not in ("main", "coordinate", "relative"):
        return None
    visitors, phrase = clause_visitors(ctx, clause)
    if not visitors:
        return None
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=phrase,
        here=True,
        status="present",
        dates=tuple(dated(ctx, clause.times)),
    )


_TELLING_AN_OCCASION: Final = frozenset(["tell", "address"])
_OCCASIONS: Final = OCCASION_NOUNS | MEET_NOUNS
_HOLDING_VERBS: Final = lexicon.words("events", "verbs hosting an occasion")


def _told_an_occasion_held_in_a_city(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "X told a conference on trade hosted by the European Commission in Brussels": the city of
    the participle on the occasion a speaker tells or addresses is where the speaker is."""
    clause = frame.clause
    if clause.predicate.negated:
        return None
    occasions = [a.phrase for a in clause.args if a.role == "object" and a.phrase.head.lower() in _OCCASIONS]
    if not occasions:
        return None
    cities: list[Entity] = []
    for c in ctx.layer.in_sentence(clause.sentence):
        if (
            c.kind == "participle"
            and c.predicate.lemma in _HOLDING_VERBS
            and c.subject is not None
            # on the occasion or on a noun of its phrases ("a conference on trade in Africa hosted by")
            and occasions[0].start <= c.subject.start
            and c.parent == clause.index
        ):
            cities += [
                e
                for a in c.preps("in", "at")
                for e in ctx.places(a.phrase)
                if e.place_kind in ("city", "seat")
            ]
    visitors, vphrase = clause_visitors(ctx, clause)
    if not cities or not visitors:
        return None
    return _present_at(ctx, frame, visitors, vphrase, cities[0])


def _appearance_with_a_guest(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "At a news conference with US Vice President X in Nairobi, the Kenyan president said ...": a
    joint appearance in a city where the speaker is at home; the officials of another state it is
    with are visiting."""
    clause = frame.clause
    occasions = [
        a.phrase
        for a in clause.preps("at")
        if a.phrase.head.lower() in OCCASION_NOUNS or a.phrase.head.lower() in MEET_NOUNS
    ]
    if not occasions or clause.predicate.negated:
        return None
    places = [e for a in clause.preps("in") for e in ctx.places(a.phrase) if e.place_kind in ("city", "seat")]
    places += [e for o in occasions for e in places_within(ctx, o, 2) if e.place_kind in ("city", "seat")]
    speakers = ctx.persons(clause.subject)
    guests = guests_of_a_host(ctx, frame, speakers, places[:1])
    if not guests:
        return None
    return _present_at(ctx, frame, guests, None, places[0], host_persons=speakers)


def _present_at(
    ctx: EventContext,
    frame: Frame,
    visitors: list[Actor],
    vphrase: Phrase | None,
    place: Entity,
    *,
    host_persons: list[Actor] | None = None,
) -> Trip:
    """The trip of visitors present at ``place`` as the frame's clause tells (its tense and times)."""
    clause = frame.clause
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=vphrase,
        hosts=(place,),
        status=tense_status(ctx, clause, arrival="present"),
        dates=tuple(dated(ctx, clause.times)),
        host_persons=tuple(host_persons or ()),
    )


def _addressing_a_legislature(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "X addressed the Peruvian Congress on Tuesday": speaking to a state's legislature is being in
    that state (the legislature's demonym or state names it)."""
    clause = frame.clause
    if frame.lemma not in _ADDRESSING or clause.predicate.negated:
        return None
    if not _REMOTE.isdisjoint(ctx.text[clause.start : clause.end].lower().replace("-", " ").split()):
        return None  # "addressed the US Congress by video link": from afar
    for a in clause.args:
        if a.role != "object" or a.phrase.head.lower().split()[-1] not in LEGISLATURES:
            continue
        states = [e for e in a.phrase.entities if e.code and e.kind in ("state", "place", "organization")]
        visitors, vphrase = clause_visitors(ctx, clause)
        if states and visitors:
            return Trip(
                frame=frame,
                visitors=tuple(visitors),
                visitor_phrase=vphrase,
                hosts=(states[0],),
                status=tense_status(ctx, clause, arrival="present"),
                dates=tuple(dated(ctx, clause.times)),
            )
    return None


LEGISLATURES: Final = lexicon.words("events", "legislatures")
_ADDRESSING: Final = frozenset(["address"])
_REMOTE: Final = lexicon.words("events", "remote means")


def cities_in(ctx: EventContext, clause: Clause) -> list[Entity]:
    """The cities and seats the clause's "in"/"at" phrases name."""
    return [
        e for a in clause.preps("in", "at") for e in ctx.places(a.phrase) if e.place_kind in ("city", "seat")
    ]


_BEING_VERBS: Final = frozenset(["be", "expect", "say", "tell"])
_VENUES: Final = lexicon.words("events", "venue nouns")
"""Presence verbs that place their subject only through the phrase right after them."""


def _a_states_capital(phrase: Phrase) -> bool:
    """ "the Qatari capital", "Qatar's capital": a state's capital city by description."""
    return (
        phrase.head.lower() == "capital"
        and not phrase.preps
        and any(e.kind == "state" and e.code for e in phrase.entities)
    )


_IN_PERSON: Final = lexicon.words("events", "audiences told in person")


def _told_in_person_in_a_state(ctx: EventContext, clause: Clause) -> bool:
    """ "X told reporters in Qatar": telling an audience in the room "in" a state right after it
    puts the teller there (not "told the BBC in London", which may be by telephone)."""
    args = [a for a in clause.args if a.role != "subject"]
    if len(args) < 2 or args[0].role != "object" or args[1].role != "pp" or args[1].prep != "in":
        return False
    told = " ".join(args[0].phrase.words)
    if told not in _IN_PERSON and args[0].phrase.head.lower() not in _IN_PERSON:
        return False
    return any(e.kind == "state" and e.code for e in args[1].phrase.entities)


def _being_in_a_city(ctx: EventContext, clause: Clause, *, objects: bool = False) -> bool:
    """ "was in Geneva to lobby", "is due in Washington", "will be at the summit in Brussels",
    "said in Lima", "told reporters in Tokyo": the first phrase after the verb (and its object,
    with ``objects``) is "in" or "at" a city (or a meeting in one), nothing else before it but
    "due"."""
    meeting = False
    for a in clause.args:
        if a.role == "subject":
            continue
        if a.role == "object" and (a.phrase.words == ("due",) or objects):
            continue
        occasion = a.phrase.head.lower() in MEET_NOUNS or a.phrase.head.lower() in OCCASION_NOUNS
        # "told a news briefing at a hotel in Valletta": a building, then the city it is in
        occasion = occasion or (a.prep == "at" and a.phrase.head.lower() in _VENUES)
        if a.role != "pp" or (a.prep not in ("in", "at") and not (a.prep in ("on", "during") and occasion)):
            return False
        if any(
            e.place_kind in ("city", "seat") for e in places_within(ctx, a.phrase, 0 if not occasion else 3)
        ):
            return True
        if _a_states_capital(a.phrase):
            return True  # "told reporters in the Qatari capital"
        if meeting or not occasion:
            return False
        meeting = True  # "is at a summit in Brussels": the next phrase says where
    return False


SPEECH_VERBS: Final = (
    lexicon.words("events", "speech verbs at an occasion") | REPORTING_VERBS
) - PRESENCE_VERBS
"""Verbs of saying other than "say" and "tell": their doer is where they are said only "at" an
occasion in a city, or "in" a city right after the verb."""


def _speaking_at_an_occasion(ctx: EventContext, clause: Clause) -> bool:
    """ "stressed those worries at a university forum in Oslo", "voiced concerns on Monday at an
    event in Lima", "warned in Lima that ...": the first phrase after the verb is "in" a city, or
    one after what was said is "at" (or "on") an occasion held in a city."""
    said = False
    for a in clause.args:
        if a.role == "subject":
            continue
        if a.role == "object" and not said:
            said = True
            continue
        if a.role != "pp":
            return False
        occasion = a.phrase.head.lower() in MEET_NOUNS or a.phrase.head.lower() in OCCASION_NOUNS
        if a.prep == "in" and not said:
            return any(e.place_kind in ("city", "seat") for e in ctx.places(a.phrase))
        if a.prep in ("at", "on", "during") and occasion:
            return _held_in_a_city(ctx, clause, a)  # "complained during the summit in Valletta"
        return False
    return False


def _held_in_a_city(ctx: EventContext, clause: Clause, at: Arg) -> bool:
    """Is the occasion of an "at" phrase in a city: in its own "in" phrase, or in the clause's
    next phrase ("at a forum in Oslo", "at a forum on Monday in Oslo")?"""
    if any(e.place_kind in ("city", "seat") for e in places_within(ctx, at.phrase, 3)):
        return True
    later = [a for a in clause.args if a.role == "pp" and a.phrase.start >= at.phrase.end]
    return (
        bool(later)
        and later[0].prep == "in"
        and any(e.place_kind in ("city", "seat") for e in ctx.places(later[0].phrase))
    )


def in_a_state_on_business(ctx: EventContext, clause: Clause) -> bool:
    """ "has been in Finland to attend a meeting", "was in Britain for talks": being in a country
    (not only a city) is a presence when the clause says what for, a meeting or an official act
    (not "for treatment")."""
    args = [a for a in clause.args if a.role != "subject"]
    if not args or args[0].role != "pp" or args[0].prep != "in":
        return False
    if not any(e.place_kind == "country" for e in ctx.places(args[0].phrase)):
        return False
    pred = clause.predicate
    been = "been" in ctx.text[pred.start : pred.end].lower().split()  # the copula's perfect
    if len(args) == 1 and been and not pred.negated and _since_a_recent_day(ctx, clause):
        return True  # "has been in Kenya since Sunday": a stay of days, not a home of years
    for a in args[1:]:
        if a.role == "pp" and a.prep == "for":
            head = a.phrase.head.lower()
            private = set(a.phrase.words) & PRIVATE_PURPOSES
            return (head in MEET_NOUNS or head in OCCASION_NOUNS) and not private
    end = args[-1].phrase.end
    # the purpose clause right after the place (the parse may hang it on another clause)
    return any(
        c.kind == "infinitive"
        and c.predicate.lemma in BUSINESS_VERBS
        and ctx.text[end : c.start].strip() in ("", "to")
        for c in ctx.layer.in_sentence(clause.sentence)
    )


_SINCE: Final = regex.compile(r"\b(?i:since)[ \t]+\Z")
_RECENT_DAYS: Final = 14
"""Longest stay "since" a day read as a trip, not a home."""


def _since_a_recent_day(ctx: EventContext, clause: Clause) -> bool:
    """Does the clause tell "since" a day at most ``_RECENT_DAYS`` before it is told ("has been
    in Kenya since Sunday")?"""
    published = ctx.published
    if not isinstance(published, dt.date):
        return False
    for t in dated(ctx, clause.times):
        value = calendar_value(t.value) or ""
        if len(value) != 10 or _SINCE.search(ctx.text, max(0, t.start - 12), t.start) is None:
            continue
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            continue
        if 0 <= (published - day).days <= _RECENT_DAYS:
            return True
    return False


BUSINESS_VERBS: Final = MEET_VERBS | PRESENCE_VERBS - {"be", "expect", "say", "tell"}
"""What an official is in a country "to" do on business: "to attend", "to meet", "to hold talks"."""


def places_within(ctx: EventContext, phrase: Phrase, depth: int) -> list[Entity]:
    """The places a phrase names, or (down to ``depth`` more levels) its "of"/"in"/"at" phrases
    name: "the sidelines [of a summit [in Brussels]]"."""
    found = ctx.places(phrase) or [e for r, p in phrase.preps if r in ("in", "at") for e in ctx.places(p)]
    if found or depth <= 0:
        return found
    return [e for r, p in phrase.preps if r in ("of", "in", "at") for e in places_within(ctx, p, depth - 1)]
