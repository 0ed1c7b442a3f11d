"""Officials at a gathering the article placed before: "a gathering of Nordic leaders in Tallinn ...
X said on Thursday on his way into the session", "Y told reporters after the day-long meeting", "Z
said as he entered the talks", "also due to attend are W". The gathering's city is told once; each
later mention of "the meeting" / "the talks" with no place of its own is the same gathering, and
whoever the clause puts at it is there.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, trigger_words
from diplotext.extractors.visits.frame_checks import relatives_on
from diplotext.extractors.visits.presence import places_within
from diplotext.extractors.visits.status import tense_status
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, OCCASION_NOUNS
from diplotext.model import Actor, TemporalExpression
from diplotext.syntax import Clause, Entity

__all__ = ["read_gathering_presence"]

_GATHERINGS: Final = (
    MEET_NOUNS | OCCASION_NOUNS | lexicon.words("events", "dated gatherings")
) - lexicon.words("events", "gatherings no one is at")
_GATHERING_WORDS: Final = trigger_words(_GATHERINGS)
_ATTEND_WORDS: Final = trigger_words(["attend"])
_AT_PREPS: Final = lexicon.words("events", "prepositions at a gathering")
"""Prepositions that put the clause's doer at (or at the edge of) a gathering: "said at the summit",
"after the meeting", "on his way into the session", "before the talks"."""
_EDGE_LEMMAS: Final = lexicon.words("events", "gathering edge predicates")
"""A gathering opening, ending or being entered: "as he entered the talks", "once the gathering
was over", "after the meeting broke up"."""
_ATTENDING: Final = lexicon.words("events", "attending predicates")
_DEFINITE: Final = lexicon.words("events", "definite determiners")
_PLAIN_GAP: Final = regex.compile(r"[\w\s\-]{0,60}?\s(?:in|at)\s+(?:the\s+)?")
"""Words (no punctuation, no clause) between a gathering's phrase and its "in" phrase."""
_DUE: Final = regex.compile(r"\b(?i:due|expected|set|scheduled|slated)\s+(?:to\s+)?\Z")
"""What makes attending a plan: "also due to attend are X", "expected to attend"."""
_REACH: Final = 6
"""How many sentences on a gathering's place is still the place of "the meeting"."""


def read_gathering_presence(ctx: EventContext) -> list[Trip]:
    """Trips of the persons a later clause puts at a gathering an earlier sentence placed in a city."""
    placed = ctx.layer.with_words(_GATHERING_WORDS)
    if not placed:
        return []
    base = {*placed, *ctx.layer.with_words(_ATTEND_WORDS | _PRESENT_WORDS)}
    # "oil ministers were meeting in Accra": read only where a city is named (a cheap test first)
    groups = {i for i in ctx.layer.with_words(_GROUP_MEETING_WORDS) if _names_a_city(ctx, i)}
    sentences = sorted(base | groups)
    trips: list[Trip] = []
    last: tuple[int, Entity, int] | None = None  # the sentence, city and time of the gathering placed last
    named = set(placed)
    datelined = _dateline_city(ctx)
    for idx in sentences:
        if idx not in base:
            last = _placed_by_a_group(ctx, idx) or last
            continue
        if last is None and datelined is not None and idx <= _LEAD:
            # "ACCRA - X opened the summit on Saturday": a datelined story's gathering is where it is filed
            last = (-1, datelined, 0)
        placed_here: tuple[int, Entity, int] | None = None
        # a sentence of "attend" or "present" with no gathering's noun in its text has no
        # gathering's frame: it is read only for those it says attend (its parse spared)
        gathered = idx in named or ctx.layer.may_hold(idx, _GATHERINGS)
        if gathered and last is None and not _names_a_city(ctx, idx):
            # no gathering placed yet: a gathering's frame counts only where its phrase places it
            # in a city, and a sentence naming none has none to read (its places are read all
            # the same, as its parse would read them)
            gathered = False
        for frame in ctx.frames(idx, (), _GATHERINGS) if gathered else ():
            assert frame.phrase is not None
            city = _placed(ctx, frame)
            told = _placed_by_a_relative(ctx, frame) if city is None else None
            if told is not None:
                # "X attended the summit, which opened in Banjul on Saturday": placed, and attended
                trip = _at_the_gathering(ctx, frame, told)
                if trip is not None:
                    trips.append(trip)
                city = told
            if city is not None:
                placed_here = placed_here or (idx, city, _when(ctx, frame))
                continue
            if last is not None and last[0] < 0 and _placed_elsewhere(ctx, frame):
                continue  # "the summit in Egypt", "Egypt's summit": not the dateline's
            if last is None or idx - last[0] > _REACH or not _definite(frame):
                continue
            trip = _at_the_gathering(ctx, frame, last[1])
            if trip is not None and _fits(trip, last[2]):
                if not trip.dates and not trip.context_dates:
                    # "... were meeting in Accra on Thursday. X told reporters after the meeting": that day
                    trip = attrs.evolve(trip, context_dates=_day_of(ctx, last[0]))
                trips.append(trip)
        if last is not None and idx - last[0] <= _REACH:
            day = _day_of(ctx, last[0])
            trips += [
                # "... sworn in on Wednesday. Also present were X and Y": there that day
                attrs.evolve(t, context_dates=day) if not t.dates and not t.context_dates else t
                for t in _attending_unnamed(ctx, idx, last[1])
                if _fits(t, last[2])
            ]
        placed_here = placed_here or (_placed_by_a_group(ctx, idx) if idx in groups else None)
        if placed_here is not None:
            last = placed_here
    return trips


_GROUP_MEETINGS: Final = lexicon.words("events", "verbs of a group gathering")
_GROUP_MEETING_WORDS: Final = trigger_words(_GROUP_MEETINGS)


def _placed_by_a_group(ctx: EventContext, idx: int) -> tuple[int, Entity, int] | None:
    """ "Oil ministers of the cartel were meeting in Accra on Thursday", "the leaders gathered in
    Rabat": a group named by a plural noun (no person) meeting in a city places a gathering there,
    as a gathering's phrase does."""
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        subject = clause.subject
        if (
            pred.lemma not in _GROUP_MEETINGS
            or pred.negated
            or clause.kind not in ("main", "coordinate")
            or subject is None
            or not subject.head.lower().endswith("s")
            or ctx.persons(subject)
            or any(a.role == "object" for a in clause.args)
        ):
            continue
        cities = [
            e
            for a in clause.preps("in", "at")
            for e in ctx.places(a.phrase)
            if e.place_kind in ("city", "seat")
        ]
        if cities:
            told = {w for w in (when_told(ctx, t) for t in dated(ctx, clause.times)) if w}
            when = (
                told.pop()
                if len(told) == 1
                else 1
                if pred.tense == "future"
                else -1
                if pred.tense == "past"
                else 0
            )
            return idx, cities[0], when
    return None


_LEAD: Final = 2
"""The sentences of a datelined story whose gatherings with no place of their own are the dateline's."""


def _dateline_city(ctx: EventContext) -> Entity | None:
    """The dateline's city, as a place a gathering is held in."""
    name = ctx.article.dateline
    if ctx.dateline_code is None or not name:
        return None
    return Entity(start=0, end=0, kind="place", text=name, code=ctx.dateline_code, place_kind="city")


def _placed_elsewhere(ctx: EventContext, frame: Frame) -> bool:
    """Does the gathering's own phrase name a state or place of any kind ("the summit in Egypt",
    "the African Union summit")?"""
    assert frame.phrase is not None
    if places_within(ctx, frame.phrase, 2) or any(
        e.code for e in frame.phrase.entities if e.kind in ("state", "place", "organization")
    ):
        return True
    # "attended the summit in Egypt on Saturday": a place of the clause
    places = [e for a in frame.clause.preps("in", "at") for e in ctx.places(a.phrase)]
    return any(e.code != ctx.dateline_code for e in places)


def _names_a_city(ctx: EventContext, idx: int) -> bool:
    """Does sentence ``idx`` name a city or a seat (what :func:`_placed` looks for in its phrases,
    whose entities are the sentence's), or a country with a relative that may place a gathering
    there (:func:`_placed_by_a_relative`)?"""
    start, end = ctx.layer.sentences[idx]
    kinds = ("city", "seat", "country") if ctx.text.find(", which", start, end) >= 0 else ("city", "seat")
    return any(e.place_kind in kinds for e in ctx.layer.entities_in(start, end))


def _day_of(ctx: EventContext, idx: int) -> tuple[TemporalExpression, ...]:
    """The one day the sentence that placed the gathering names, if it names one."""
    days = {
        t.value: t
        for c in ctx.layer.in_sentence(idx)
        for t in dated(ctx, c.times)
        if len(t.value or "") == 10
    }
    return tuple(days.values()) if len(days) == 1 else ()


def _when(ctx: EventContext, frame: Frame) -> int:
    """Is the gathering to come (1), gone by (-1) or not told (0), by its own phrase's or its
    clause's dates, else by the clause's tense ("will attend the summit in Hanoi next week")?"""
    times = dated(ctx, frame.phrase.times if frame.phrase is not None else ()) or dated(
        ctx, frame.clause.times
    )
    told = {w for w in (when_told(ctx, t) for t in times) if w}
    if len(told) == 1:
        return told.pop()
    if frame.arg is not None and frame.arg.prep in ("before", "after", "ahead of", "following"):
        return 0  # "before a conference in Lisbon, X told ...": the telling's time is not the conference's
    pred = frame.clause.predicate
    if pred.tense == "future" or pred.modal in ("will", "would", "shall"):
        return 1
    return -1 if pred.tense == "past" and pred.finite else 0


def _fits(trip: Trip, when: int) -> bool:
    """A presence told as done is not at a gathering to come, nor a planned one at one gone by."""
    if when == 1:
        return trip.status == "planned"
    if when == -1:
        return trip.status != "planned"
    return True


def _placed(ctx: EventContext, frame: Frame) -> Entity | None:
    """The city a gathering's own phrase places it in ("a gathering of leaders in Tallinn", "the
    summit held in Bratislava"), if any."""
    assert frame.phrase is not None
    cities = [e for e in places_within(ctx, frame.phrase, 2) if e.place_kind in ("city", "seat")]
    if not cities:
        # "the Delhi summit", "the Hanoi talks": a city before the gathering's noun
        cities = [
            e
            for e in frame.phrase.entities
            if e.kind == "place" and e.place_kind == "city" and e.end <= frame.phrase.head_span[0]
        ]
    if not cities and frame.depth == 0:
        cities = [
            e
            for prep, p in frame.phrases()
            if prep in ("in", "at")
            for e in ctx.places(p)
            if e.place_kind in ("city", "seat")
        ]
    if not cities and frame.depth == 0 and frame.arg is not None:
        # "a gathering of Nordic and Baltic leaders in Tallinn": the place after a list in the of-phrase
        later = [a for a in frame.clause.args if a.phrase.start >= frame.arg.phrase.end]
        if later and later[0].role == "pp" and later[0].prep in ("in", "at"):
            gap = ctx.text[frame.arg.phrase.end : later[0].phrase.start]
            if _PLAIN_GAP.fullmatch(gap):
                cities = [e for e in ctx.places(later[0].phrase) if e.place_kind in ("city", "seat")]
    return cities[0] if cities else None


_HELD_OPENED: Final = _EDGE_LEMMAS | {"hold", "take", "convene", "meet"}


def _placed_by_a_relative(ctx: EventContext, frame: Frame) -> Entity | None:
    """The place a relative on the gathering gives ("the summit, which opened in Banjul", "the
    talks, which were held in Gambia"): a city, a seat or a country."""
    for c in relatives_on(ctx, frame, _HELD_OPENED):
        found = [
            e
            for a in c.preps("in", "at")
            for e in ctx.places(a.phrase)
            if e.place_kind in ("city", "seat", "country")
        ]
        if found:
            return found[0]
    return None


def _definite(frame: Frame) -> bool:
    """ "the meeting", "this week's summit", "Wednesday's conference": a gathering already known."""
    assert frame.phrase is not None
    words = frame.phrase.words
    return bool(words) and (words[0] in _DEFINITE or bool(frame.phrase.times) or words[0].endswith("'s"))


def _at_the_gathering(ctx: EventContext, frame: Frame, city: Entity) -> Trip | None:
    """The persons a clause puts at "the meeting": the doer of a clause with "at/after/into the
    meeting", of one that "entered the talks", or of the clause that one "once the gathering was
    over" / "after the meeting broke up" hangs on."""
    clause, arg = frame.clause, frame.arg
    if (
        arg is not None
        and frame.depth <= 1
        and frame.outer
        and arg.role == "pp"
        and arg.prep in ("on", "at")
        and frame.outer[0].head.lower() in _EDGES
    ):
        return _trip(ctx, frame, clause, city)  # "speaking on the sidelines of the meeting"
    if arg is None or frame.depth > 0:
        return None
    if arg.role == "pp" and arg.prep in _AT_PREPS:
        return _trip(ctx, frame, clause, city)
    lemma = clause.predicate.lemma
    if arg.role == "object" and lemma in _ATTENDING:
        return _trip(ctx, frame, clause, city)
    if arg.role == "subject" and lemma in _ATTENDING and clause.predicate.passive:
        return _trip(ctx, frame, clause, city)  # "the summit was opened by X"
    if arg.role == "subject" and lemma in _EDGE_LEMMAS and clause.kind == "adverbial":
        parent = ctx.parent(clause)
        if parent is not None:
            return _trip(ctx, frame, parent, city)
    if arg.role == "object" and lemma in _EDGE_LEMMAS and clause.kind == "adverbial":
        return _trip(ctx, frame, clause, city)
    return None


def _attending_unnamed(ctx: EventContext, idx: int, city: Entity) -> list[Trip]:
    """ "Also due to attend are X and Y": attending with nothing named is attending the gathering
    told last."""
    out: list[Trip] = []
    for clause in ctx.layer.in_sentence(idx):
        present = _present(ctx, clause)
        if present:
            # "Also present were X and Y", "China was represented by Z": at the gathering told last
            frame = Frame(lemma=clause.predicate.lemma, clause=clause, trigger=clause.predicate.head)
            trip = _trip(ctx, frame, clause, city, present)
            if trip is not None:
                if clause.predicate.lemma == "represent":
                    trip = attrs.evolve(trip, visitor_phrase=clause.subject)  # "China was represented by"
                out.append(trip)
            continue
        if clause.predicate.lemma != "attend" or any(a.role in ("object", "pp") for a in clause.args):
            continue
        frame = Frame(lemma="attend", clause=clause, trigger=clause.predicate.head)
        trip = _trip(ctx, frame, clause, city)
        if trip is not None:
            out.append(trip)
    return out


_EDGES: Final = lexicon.words("events", "edges of a gathering")
_PRESENT_WORDS: Final = frozenset(["present", "represented", "there"])
_THERE: Final = regex.compile(r"[ \t]+there\b(?![ \t]+(?:is|are|was|were|will|has|have|had)\b)")


def _present(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The persons a clause says were present ("Also present were X and Y", "X was also present") or
    represented a state ("China was represented by Z")."""
    pred = clause.predicate
    if pred.negated:
        return []
    if pred.lemma == "represent" and pred.passive:
        return [p for a in clause.args if a.role == "agent" for p in ctx.persons(a.phrase)]
    if pred.lemma != "be" or any(a.role == "pp" for a in clause.args):
        return []
    # "X will also be there": at the gathering (not "X is there for four years" in a quote)
    there = (
        (pred.tense == "future" or pred.modal == "will")
        and _THERE.match(ctx.text, pred.end) is not None
        and not any(q.kind == "direct" and q.start <= pred.start < q.end for q in getattr(ctx, "quotes", ()))
    )
    if not there and not any(a.phrase.words == ("present",) for a in clause.args):
        return []
    out: list[Actor] = []
    for e in ctx.layer.entities_in(clause.start, clause.end):
        if e.kind == "person" and e.actor is not None and not e.pronoun and e.actor not in out:
            out.append(e.actor)
    return out


def _trip(
    ctx: EventContext, frame: Frame, clause: Clause, city: Entity, present: list[Actor] | None = None
) -> Trip | None:
    if clause.predicate.negated or clause.predicate.modal in ("could", "might", "would", "should"):
        return None
    visitors: list[Actor] = present or ctx.persons(ctx.doers(clause))
    if not visitors:
        return None
    return Trip(
        frame=_frame_in(frame, clause),
        visitors=tuple(visitors),
        visitor_phrase=None if present else ctx.doers(clause),
        hosts=(city,),
        status="planned"
        if _DUE.search(ctx.text, max(0, clause.start - 24), clause.predicate.start)
        else tense_status(ctx, clause, arrival="present"),
        dates=tuple(dated(ctx, clause.times) or _parent_dates(ctx, clause)),
    )


def _parent_dates(ctx: EventContext, clause: Clause) -> list[TemporalExpression]:
    """ "said on Tuesday as she entered the talks": an adverbial clause's time is its parent's."""
    parent = ctx.parent(clause) if clause.kind == "adverbial" else None
    return dated(ctx, parent.times) if parent is not None and parent is not clause else []


def _frame_in(frame: Frame, clause: Clause) -> Frame:
    """The frame, read as part of ``clause`` (the clause that puts its doer at the gathering)."""
    if frame.clause is clause:
        return frame
    return Frame(lemma=clause.predicate.lemma, clause=clause, trigger=frame.trigger)
