"""Trips read from meetings and from "visiting" phrases: "X met Y in Z", "during their meeting
with Y at the White House", "talks with his visiting Japanese counterpart X in Hanoi"."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.frame_checks import in_sequence
from diplotext.extractors.visits.frames import AT_THE_TIME, clause_words
from diplotext.extractors.visits.host_places import apposed_city, described_place, where_place
from diplotext.extractors.visits.parties import own_clause_persons, party_states
from diplotext.extractors.visits.roles import clause_visitors, nominal_visitors
from diplotext.extractors.visits.status import MADE_SAYINGS, nominal_status, tense_status
from diplotext.extractors.visits.story_place import (
    headline_visit_place,
    home_of_the_hosts,
    place_held_later,
    place_in_the_headline,
    place_named_later,
    place_told_before,
    story_setting,
)
from diplotext.extractors.visits.trip_context import (
    conjunct_times,
    guests_of_a_host,
    host_of,
    met_the_datelines_official,
    parties_from_abroad,
    told_after_meeting_here,
    urged_by_others,
)
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_times import dated, uncounted
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, REPORTING_VERBS, TRIP_NOUNS
from diplotext.model import Actor, TemporalExpression
from diplotext.syntax import Clause, Entity, Phrase

__all__ = ["read_meeting", "read_visiting_phrase"]


def read_visiting_phrase(
    ctx: EventContext, clause: Clause, phrase: Phrase, *, timed: Clause | None = None
) -> Trip | None:
    """ "talks with his visiting Japanese counterpart X in Hanoi": a phrase whose person is
    called visiting; the host is another person of the clause, or a place it is in."""
    visitors = [
        p for p in ctx.persons(phrase) if p is not (phrase.possessor.actor if phrase.possessor else None)
    ]
    if not visitors:
        return None
    trigger = phrase.head_span
    frame = Frame(lemma="visit", clause=clause, trigger=trigger)
    others = [
        p
        for a in clause.args
        if a.role in ("subject", "pp", "object", "agent")
        for p in ctx.persons(a.phrase)
        if p not in visitors and ctx.official(p)
    ]
    others = others or own_clause_persons(ctx, clause, visitors)
    hosts: list[Entity] = []
    for a in clause.preps("in", "at"):
        # "his visiting counterpart X in Bangkok capital"
        found = ctx.places_and_cities(a.phrase)
        hosts.extend(e for e in found if e.place_kind in ("city", "seat", "country"))
    if not hosts:
        hosts = host_of(ctx, others, officials_only=False)
    if not hosts and ctx.dateline_code is None:
        hosts = party_states(ctx, (clause,), visitors)  # "Beijing announced to visiting X"
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=phrase,
        hosts=tuple(hosts[:1]),
        here=not hosts,
        status="ongoing",
        dates=tuple(dated(ctx, (timed or clause).times)),
        context_dates=tuple(dated(ctx, conjunct_times(ctx, timed or clause)))
        if not (timed or clause).times
        else (),
        host_persons=tuple(others),
    )


_TOPIC_PREPS: Final = lexicon.words("events", "topic prepositions")
_FROM_AFAR: Final = regex.compile(
    r"\b(?i:by|via|over)[ \t]+(?:(?i:a|an|the)[ \t]+)?(?i:"
    + lexicon.alternation("events", "remote means")
    + r")\b"
)
"""A meeting held from afar: "by video link", "over the telephone" (not "agreed during a
telephone conversation to meet")."""
_DISASTERS: Final = lexicon.words("events", "disaster nouns")
_REMOTE_EVENTS: Final = lexicon.words("events", "offence nouns") | _DISASTERS
_COME_FROM: Final = frozenset(TRIP_NOUNS) | MEET_NOUNS | lexicon.words("events", "occasion nouns")
_TAKING_PART: Final = lexicon.words("events", "meeting light verbs")


def _names_a_disaster(phrase: Phrase) -> bool:
    """Does the phrase, or one of its own "of" phrases, name a disaster ("the victims of an
    earthquake")?"""
    return phrase.head.lower() in _DISASTERS or any(
        prep == "of" and inner.head.lower() in _DISASTERS for prep, inner in phrase.preps
    )


def read_meeting(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "X met Y in Z", "during their meeting with Y at the White House": a meeting held in a
    place abroad is a trip there (the doers travel; the place must be named, not a demonym)."""
    clause = frame.clause
    if clause.predicate.negated:
        return None
    if _FROM_AFAR.search(ctx.text, clause.start, clause.end):
        return None  # "held their first summit by video link", "talked by telephone"
    places: list[Entity] = []
    came_from: list[Entity] = []
    topic = back = False
    for prep, p in frame.phrases():
        # "talks on the war in Sudan": a place after the topic of a meeting noun is the topic's
        topic = topic or (frame.phrase is not None and prep in _TOPIC_PREPS)
        # "met X on her return from a summit in Thailand": a place after the gathering the doer
        # came back from is where that was, not the meeting
        back = back or (
            prep == "from"
            and p.head.lower() in _COME_FROM
            # "speaking to television from the summit in Brussels": told from there, not back
            and not (frame.phrase is None and frame.lemma in _TELLING_FROM and _own_phrase(clause, p))
        )
        # "condemned Friday's shooting in Lyon": a place after an event the clause is about is
        # where that happened, not where the doer is
        # "signed a book of condolence for the victims of an earthquake in X": done for those far away
        topic = (
            topic
            or (prep == "object" and p.head.lower() in _REMOTE_EVENTS)
            or (prep == "for" and _names_a_disaster(p))
        )
        if prep in ("in", "at") and not topic:
            # "in the Uruguayan capital"; "in Tarnow, Poland," a town no gazetteer knows
            found = ctx.places(p) or described_place(ctx, p, frame) or apposed_city(ctx, p)
            (came_from if back else places).extend(
                e for e in found if e.place_kind in ("city", "seat", "country")
            )
    if not places and came_from and frame.phrase is None:
        return _back_from(ctx, frame, came_from[0])
    if not places and frame.phrase is None:
        places = where_place(ctx, frame)  # "spoke from Lima, where she is attending a summit"
    # "X will hold talks with Y here on Monday": where the story is set
    here = (
        not places
        and frame.phrase is None
        and ("here" in clause_words(ctx, clause) or _made_remarks_here(ctx, clause))
    )
    at_home = False
    if not places and not here and (frame.phrase is None or frame.phrase.possessor is not None):
        # "RIYADH - X held talks with Saudi Crown Prince Y"; "During Chinese President X's talks
        # with Y, ..." (datelined BEIJING)
        here = met_the_datelines_official(ctx, frame)
        if not here and ctx.dateline_code is None and frame.phrase is not None:
            # "Senior officials met in the Chinese capital ... During Chinese President X's talks
            # with Y, president of Z, ...": a host's own talks where the story is set
            setting = story_setting(ctx, set())
            if setting is not None and met_the_datelines_official(ctx, frame, setting.code):
                places, at_home = [setting], True
    if not places and not here and frame.phrase is None:
        # headline "Armenian FM visits Tehran to discuss trade", body "X met with his Iranian
        # counterpart Y": the one place of a headline that tells of a visit, when it is Y's state's
        places = headline_visit_place(ctx, frame)
    if not places and not here and frame.phrase is None:
        # "X met Y on Tuesday. The meeting took place on the sidelines of a forum in Busan"
        later = place_held_later(ctx, frame.sentence)
        places = [later] if later is not None else []
    here = here or (not places and told_after_meeting_here(ctx, frame))
    if not places and not here:
        return None
    if urged_by_others(ctx, clause, places):
        return None  # "the AU called on X and Y to meet in Addis Ababa": an appeal, no trip
    if frame.phrase is None:
        visitors, vphrase = clause_visitors(ctx, clause)
        inferred = clause.subject_from is not None
        venue = places
        if here and not places and ctx.dateline_code is not None:
            # "WARSAW - Polish Prime Minister X met here with his Estonian counterpart Y"
            venue = _dateline_place(ctx)
        elif here and not places:
            # no dateline: where the story was set, the meeting's place told later, or the host's home
            story_place = (
                place_told_before(ctx, frame.sentence, frame.trigger[0], set())
                or place_named_later(ctx, frame.sentence)
                or next(iter(place_in_the_headline(ctx, set())), None)
                or home_of_the_hosts(ctx, frame, visitors)
            )
            venue = places = [story_place] if story_place is not None else []
        guests = guests_of_a_host(ctx, frame, visitors, venue, here=here and ctx.dateline_code is not None)
        if guests:
            # "Polish Prime Minister X met Latvian Prime Minister Y in Warsaw": X is at home, Y visits
            visitors, vphrase, inferred = guests, None, False
        else:
            # "In Shanghai, the Turkish president met the Japanese prime minister": whom a visitor met
            # in a third state is there from abroad too
            visitors = [*visitors, *_third_state_partners(ctx, frame, visitors, venue, place_named=not here)]
        status = tense_status(ctx, clause, arrival="present")  # met there on Monday: still there
        dates = tuple(uncounted(ctx, dated(ctx, clause.times), clause_words(ctx, clause)))
        context: tuple[TemporalExpression, ...] = ()
        parent = ctx.parent(clause)
        if (
            not dates
            and clause.kind in ("participle", "adverbial")
            and clause.subject_from is not None
            and parent is not None
            and parent is not clause
        ):
            # "X said on Monday after meeting Y in Berlin": the meeting was that day
            context = tuple(dated(ctx, parent.times)) or _day_of_the_remarks(ctx, parent)
        elif not dates and parent is not None and parent is not clause and clause.marker in AT_THE_TIME:
            # "The summit took place in February 2005, when four leaders met in the resort"
            context = tuple(dated(ctx, parent.times))
        elif not dates and parent is not None and parent is not clause and clause.marker == "after":
            # "began the push in 1993 after the president met in Washington with X": the year of what
            # followed (a year only: a day or a month after the meeting is not its own)
            context = tuple(t for t in dated(ctx, parent.times) if len(t.value or "") == _YEAR)
        if (
            status == "present"
            and not (dates or context)
            and clause.kind == "participle"
            and clause.marker is None
            and clause.predicate.form == "ing"
            and ctx.text[max(0, clause.predicate.start - 3) : clause.predicate.start].rstrip().endswith(",")
        ):
            # "X, speaking to television from the summit in Brussels, was puzzled": told live from
            # there, the news of the day (set off by a comma: not "on meeting Y in Paris")
            status = "ongoing"
    else:
        visitors, vphrase, inferred = nominal_visitors(ctx, frame)
        if inferred and frame.arg is not None and frame.arg.role != "subject" and in_sequence(clause):
            visitors = []  # "His visit came ahead of talks in Geneva": those talks are others'
        if (
            inferred
            and frame.arg is not None
            and frame.arg.role == "object"
            and clause.predicate.lemma not in _TAKING_PART
        ):
            visitors = []  # "X dismissed the planned talks in Pretoria": a comment, not a part in them
        if not visitors and frame.phrase.possessor is not None and frame.arg is not None:
            visitors, vphrase = clause_visitors(ctx, clause)
        if not visitors:
            visitors, vphrase = parties_from_abroad(ctx, frame, places), None
        at = places or _dateline_place(ctx)
        guests = guests_of_a_host(ctx, frame, visitors, at) if inferred or here or at_home else []
        if guests:
            # "In a meeting with Malian Defence Minister X in Beijing, Chinese vice-premier Y said":
            # the speaker met at home; the one he met with travelled
            visitors, vphrase, inferred = guests, None, False
        status = nominal_status(ctx, frame) or tense_status(ctx, clause, arrival=False)
        dates = tuple(dated(ctx, frame.times))
        context = tuple(t for t in dated(ctx, clause.times) if t not in dates)
    if not visitors:
        return None
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=vphrase,
        inferred_visitor=inferred,
        hosts=tuple(places[:1]),
        here=here,
        status=status,
        dates=dates,
        context_dates=context,
        meeting=True,
    )


def _dateline_place(ctx: EventContext) -> list[Entity]:
    """The dateline's place as a host entity ("here"), or none."""
    code = ctx.dateline_code
    return (
        []
        if code is None
        else [Entity(start=0, end=0, kind="place", text="here", code=code, place_kind="city")]
    )


def _third_state_partners(
    ctx: EventContext, frame: Frame, visitors: list[Actor], places: list[Entity], *, place_named: bool = True
) -> list[Actor]:
    """The officials met (object or "with" phrase) who are of neither the meeting place's state nor
    a visitor's, and posted nowhere (no ambassador): abroad at the meeting as well."""
    codes = {e.code for e in places if e.code}
    if len(codes) != 1:
        return []
    # "Darfur rebels met with X, a US peace envoy, in Doha": met by a group of no state, the
    # officials met from abroad are there too
    theirs = {ctx.state_of(v) for v in visitors}
    if (visitors and (None in theirs or codes & theirs)) or (not visitors and not place_named):
        return []  # (met by a group, only in a place the clause names: not "here")
    out: list[Actor] = []
    for prep, phrase in frame.phrases():
        if prep not in ("object", "with"):
            continue
        named = {e.actor.id for e in phrase.entities if e.kind == "person" and e.actor is not None}
        for p in ctx.persons(phrase):
            if p.id not in named:
                continue  # "met leaders in Baghdad": a description, not the one named before
            state = ctx.state_of(p)
            roles = {r.lower() for r in p.roles}
            if p in visitors or p in out or state is None or state in codes or not ctx.official(p):
                continue
            if roles & (_POSTED if visitors else _RESIDENT_POSTS):
                continue  # "met the Japanese ambassador in Beijing": he lives there (an envoy travels)
            out.append(p)
    return out


_POSTED: Final = lexicon.words("events", "posted roles")
_RESIDENT_POSTS: Final = lexicon.words("events", "resident posts")


_TELLING_FROM: Final = lexicon.words("events", "verbs telling from a place")
"""Verbs whose "from" phrase is where the doer is while saying it ("speaking from the summit")."""


def _own_phrase(clause: Clause, phrase: Phrase) -> bool:
    """Is the phrase one of the clause's own arguments (not one nested in another's)?"""
    return any(a.phrase is phrase for a in clause.args)


def _back_from(ctx: EventContext, frame: Frame, place: Entity) -> Trip | None:
    """ "X met Y on her return from a summit in Thailand": X's stay there is over."""
    visitors, vphrase = clause_visitors(ctx, frame.clause)
    if not visitors:
        return None
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=vphrase,
        inferred_visitor=frame.clause.subject_from is not None,
        hosts=(place,),
        status="completed",
    )


_YEAR: Final = 4


def _the_remarks_report(ctx: EventContext, clause: Clause | None) -> Clause | None:
    """ "Y said here Wednesday that ... / Y made the remarks when meeting with X": the clause of the
    sentence before that reported the remarks "made" here (by the same speaker)."""
    if clause is None or clause.predicate.lemma != "make" or clause.sentence == 0:
        return None
    if not any(
        a.role == "object" and a.phrase.words[:1] == ("the",) and a.phrase.head.lower() in MADE_SAYINGS
        for a in clause.args
    ):
        return None
    speakers = {p.id for p in ctx.persons(clause.subject)} if clause.subject is not None else set()
    for c in ctx.layer.in_sentence(clause.sentence - 1):
        said_by = {p.id for p in ctx.persons(c.subject)} if c.subject is not None else set()
        if c.predicate.lemma in REPORTING_VERBS and speakers & said_by:
            return c
    return None


def _day_of_the_remarks(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """The day the remarks "made" in the clause were reported on, the sentence before."""
    report = _the_remarks_report(ctx, clause) if not clause.times else None
    return tuple(dated(ctx, report.times)) if report is not None else ()


def _made_remarks_here(ctx: EventContext, clause: Clause) -> bool:
    """ "BEIJING - Y said here Wednesday ... / Y made the remarks when meeting with X": met at the
    dateline's place."""
    if (
        ctx.dateline_code is None
        or clause.kind not in ("participle", "adverbial")
        or clause.subject_from is None
    ):
        return False  # (with no dateline, "here" is nowhere the text names)
    report = _the_remarks_report(ctx, ctx.parent(clause))
    return report is not None and "here" in clause_words(ctx, report)
