"""What the words around a trip say of it, read for :mod:`~diplotext.extractors.visits.frames`:
"declined an invitation to visit" and "not on the agenda" (no trip), "on his way to X", "later"
after a dated clause, "which had been scheduled for March 18", a weekday in the news present of a
schedule, and meetings held at home or in the dateline's city."""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.eventstates import STATE_KINDS
from diplotext.extractors.visits.apposed_inviters import apposed_to
from diplotext.extractors.visits.groups import delegation_leaders
from diplotext.extractors.visits.trip_times import dated
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, OCCASION_NOUNS, REPORTING_VERBS, TRIP_NOUNS
from diplotext.model import Actor, TemporalExpression
from diplotext.patterns import lazy
from diplotext.syntax import Clause, Entity, Phrase

__all__ = [
    "LATER",
    "back_home_after",
    "coming_weekday",
    "conjunct_times",
    "day_told_before",
    "denied",
    "guests_of_a_host",
    "host_of",
    "hosted_by",
    "last_weekday",
    "met_the_datelines_official",
    "not_on_the_agenda",
    "on_the_way",
    "parties_from_abroad",
    "posted",
    "scheduled_for",
    "told_after_meeting_here",
    "turned_down",
    "urged_by_others",
    "where_times",
]


_DECLINING: Final = lexicon.words("events", "declining verbs")


_UNPLANNED: Final = lexicon.words("events", "unplanned words")


_INVITATIONS: Final = lexicon.words("events", "invitation nouns")


def on_the_way(frame: Frame) -> bool:
    """ "on his way to Guatemala", "on way to Tunis", "made her way to Kenya": the traveller's own
    way, in an "on" phrase or as what they make."""
    phrase, arg = frame.phrase, frame.arg
    if phrase is None or arg is None:
        return False
    if phrase.possessor is None:
        # "left Dhaka for Riyadh on way to Tunis": wire shorthand without the possessive
        return phrase.words == ("way",) and arg.role == "pp" and arg.prep == "on"
    return (arg.role == "pp" and arg.prep == "on") or (
        arg.role == "object" and frame.clause.predicate.lemma == "make"
    )


def turned_down(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip an infinitive after a declined invitation ("declined an invitation to visit")?"""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent.predicate.negated:
        return False
    if parent.predicate.lemma not in _DECLINING:
        return False
    return any(a.role == "object" and a.phrase.head.lower() in _INVITATIONS for a in parent.args)


_APPEALS: Final = lexicon.words("events", "appeal verbs")


def urged_by_others(ctx: EventContext, clause: Clause, hosts: list[Entity]) -> bool:
    """Is the trip an infinitive after an appeal by someone other than the host ("the AU called on
    X and Y to meet in Addis Ababa", "the EU urged X to hold talks in Libreville")? An appeal is no
    plan of the traveller's; the host's own ("Egypt urged X to visit Cairo") is an invitation."""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent is clause:
        return False
    if parent.predicate.lemma not in _APPEALS or parent.predicate.negated:
        return False
    doers = ctx.doers(parent)
    codes = {e.code for e in doers.entities if e.code} if doers is not None else set()
    codes |= {c for p in ctx.persons(doers) if (c := ctx.state_of(p))} if doers is not None else set()
    return not codes & {h.code for h in hosts if h.code}


def denied(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip told in a clause someone denies ("the Kremlin denied reports that X would visit
    Pyongyang", "dismissed claims that she will travel to Cuba")? Up to two clauses up."""
    current: Clause | None = clause
    for _ in range(2):
        if current is None or current.kind not in ("complement", "relative"):
            return False
        parent = ctx.parent(current)
        if parent is None or parent is current:
            return False
        if parent.predicate.lemma in _DENYING and not parent.predicate.negated:
            return True
        current = parent
    return False


def not_on_the_agenda(ctx: EventContext, clause: Clause) -> bool:
    """ "A visit by X is not on the agenda / not planned": a negated clause about the trip noun
    that says no one plans it."""
    pred = clause.predicate
    if not pred.negated:
        return False
    if pred.lemma in _UNPLANNED:
        return True
    words = {w for a in clause.args if a.role in ("pp", "object") for w in a.phrase.words}
    return not words.isdisjoint(_UNPLANNED)


LATER: Final = lexicon.words("events", "later words")
_DENYING: Final = lexicon.words("events", "denial verbs")


def day_told_before(ctx: EventContext, clause: Clause, visitors: list[Actor]) -> list[TemporalExpression]:
    """The date of the clause before this one (its sentence, else the sentence before) that is
    about the same person: "later" counts from it."""
    layer = ctx.layer
    for idx in (clause.sentence, clause.sentence - 1):
        if idx < 0:
            continue
        found: list[TemporalExpression] = []
        for c in layer.in_sentence(idx):
            if c.start >= clause.start:
                break
            if c.kind in ("main", "coordinate") and any(v in ctx.persons(c.subject) for v in visitors):
                found = [t for t in dated(ctx, c.times) if t.type == "DATE"] or found
        if found:
            return found[-1:]
    return []


_SCHEDULING: Final = lexicon.words("events", "scheduling words")


def scheduled_for(ctx: EventContext, frame: Frame) -> list[TemporalExpression]:
    """ "postponed his visit to Korea, which had been scheduled for March 18", "a visit by X that
    was planned for next week", "X's visit, scheduled to begin on May 3,": a passive relative or
    participle of scheduling right after the trip phrase (or its destination, which the clause
    layer may take for the antecedent) dates the trip."""
    clause = frame.clause
    ends = {p.end for _, p in frame.phrases()} | {frame.phrase.end if frame.phrase else -1}
    for c in ctx.layer.in_sentence(clause.sentence):
        scheduled = (c.predicate.lemma in _SCHEDULING and c.predicate.passive) or (
            c.kind == "participle" and "plan" in c.predicate.chain  # ", scheduled to begin on May 3,"
        )
        if (
            c.kind in ("relative", "participle")
            and scheduled
            and not c.predicate.negated
            and c.subject is not None
            and c.subject.end in ends
        ):
            return [coming_weekday(ctx, t) for t in dated(ctx, c.times)]
    return []


def coming_weekday(ctx: EventContext, t: TemporalExpression) -> TemporalExpression:
    """A bare weekday a trip was scheduled for is the coming one ("postponed a visit that had been
    scheduled for Sunday", told on a Saturday), whatever tense the scheduling is told in."""
    return _weekday_moved(ctx, t, ahead=True)


def last_weekday(ctx: EventContext, t: TemporalExpression) -> TemporalExpression:
    """A bare weekday told of something done is the last one up to publication ("First to arrive
    Friday was X", told on a Saturday), whatever tense the dates layer read it in."""
    return _weekday_moved(ctx, t, ahead=False)


def _weekday_moved(ctx: EventContext, t: TemporalExpression, *, ahead: bool) -> TemporalExpression:
    """A bare weekday moved by weeks to the first one on or after publication (``ahead``), or the
    last one on or before it."""
    published = ctx.published
    if published is None or t.text.strip().lower().rstrip(".") not in _WEEKDAY_NAMES:
        return t
    try:
        day = dt.date.fromisoformat(t.value)
    except ValueError:
        return t
    week = dt.timedelta(days=7)
    while ahead and day < published:
        day += week
    while not ahead and day > published:
        day -= week
    return attrs.evolve(t, value=day.isoformat())


_WEEKDAY_NAMES: Final = lexicon.words("time", "weekday names")


def met_the_datelines_official(ctx: EventContext, frame: Frame, setting: str | None = None) -> bool:
    """ "RIYADH - Pakistani Prime Minister X held talks with Saudi Crown Prince Y on Monday": a
    meeting that names no place, with an official of the state the story is datelined in (or, with
    no dateline, ``setting``: the state its headline and lead are set in), is held there."""
    home = ctx.dateline_code or setting
    if home is None:
        return False
    partners = [
        p
        for prep, phrase in frame.phrases()
        if prep in ("with", "object")
        # "meeting with a delegation of Thai lawmakers led by X": the delegation's leader
        for p in ctx.persons(phrase) or delegation_leaders(ctx, phrase, frame.sentence)
    ]
    venues = [
        a.phrase
        for c in ctx.layer.in_sentence(frame.sentence)
        for a in c.args
        # "in Victoria, Seychelles"; "to Seychelles" (not "attention to the development of Seychelles")
        if a.role == "pp"
        and (a.prep in ("in", "at") or (a.prep in ("to", "from") and a.phrase.head[:1].isupper()))
    ]
    doers = ctx.persons(ctx.doers(frame.clause)) if frame.phrase is None else []
    if frame.phrase is not None and frame.phrase.possessor is not None and frame.phrase.possessor.actor:
        doers = [frame.phrase.possessor.actor]  # "During Chinese President X's talks with Y, X said"
    if len(doers) > 1:
        # "MOSCOW - Presidents A of Ukraine and B of Russia signed a plan Friday": together, at home
        # for B
        partners += doers
    if any(ctx.official(p) and ctx.state_of(p) == home for p in partners):
        return True
    # "PHNOM PENH - Prime Minister X met Ugandan Foreign Minister Y on Tuesday": the dateline's own
    # official meeting a foreign one, at no gathering named, receives him at home
    clause = frame.clause
    if clause.kind in ("participle", "adverbial") and clause.subject_from is not None:
        # "Y made the remarks when meeting with a delegation led by X": the tense of the clause the
        # participle hangs on
        parent = ctx.parent(clause)
        if parent is None or parent.kind != "main":
            return False
        clause = parent
    pred = clause.predicate
    return (
        bool(doers)
        # told as done: a meeting still to come may be on a trip of the home official's own
        and pred.tense == "past"
        and pred.modal is None
        and not pred.chain
        and clause.kind == "main"
        # "made a trip to Kyiv last week, where he met Y": no place abroad in the sentence
        and not any(
            e.code not in (None, home) and e.place_kind in ("city", "seat", "country")
            for e in ctx.layer.entities_in(*ctx.layer.sentences[frame.sentence])
            if e.kind in ("state", "place")
            # not the state of the partner's own title ("met Seychelles President Y", "with Y,
            # president of Seychelles"), only a place the meeting is in or goes to
            and not _titles_a_partner(ctx, e, partners, venues)
        )
        # "met Y during the two-day trip": a meeting on a trip is that trip's
        and not any(a.role == "pp" and a.phrase.head.lower() in TRIP_NOUNS for a in frame.clause.args)
        # "met Y in Victoria": a place the gazetteer does not know is still a place named
        and not any(
            a.role == "pp"
            and a.prep in ("in", "at")
            and ctx.text[a.phrase.start : a.phrase.start + 1].isupper()
            for a in frame.clause.args
        )
        and all(ctx.official(p) and ctx.state_of(p) == home for p in doers)
        and any(ctx.official(p) and ctx.state_of(p) not in (None, home) for p in partners)
        and not any(
            a.role == "pp" and a.phrase.head.lower() in _GATHERINGS and a.phrase is not frame.phrase
            for a in frame.clause.args
        )
    )


_GATHERINGS: Final = OCCASION_NOUNS | MEET_NOUNS | {"sidelines", "margins"}


def _titles_a_partner(ctx: EventContext, e: Entity, partners: list[Actor], venues: list[Phrase]) -> bool:
    """Does the state ``e`` name a partner's own state in passing ("Seychelles President Y", "Y,
    president of the Republic of Seychelles", "the China-Seychelles relation", "the development of
    Seychelles"), not a place the sentence goes to or is in ("to Seychelles", "in Victoria,
    Seychelles") nor a possessor ("Japan's cabinet office")?"""
    text = ctx.text
    if text[e.end : e.end + 1] == "-" or text[e.start - 1 : e.start] == "-":
        return True  # "the China-Seychelles relation": a compound's part, no place
    if text[e.end : e.end + 2] in ("'s", "’s") or any(p.start <= e.start < p.end for p in venues):
        return False
    return e.code in {ctx.state_of(p) for p in partners}


def guests_of_a_host(
    ctx: EventContext, frame: Frame, subjects: list[Actor], places: list[Entity], *, here: bool = False
) -> list[Actor]:
    """The officials a meeting's subject met at home: when every subject is of the state the
    meeting's place is in, the officials of another state in the object or "with"
    phrase are the ones who travelled."""
    codes = {e.code for e in places if e.code}
    if len(codes) != 1 or not subjects:
        return []
    if not all(ctx.state_of(p) in (codes | {None} if here else codes) for p in subjects):
        # (whatever the subject's office; met "here", with no state told: "X, vice-chairman of
        # China's parliament, met here with")
        return []
    met: list[Actor] = []
    for prep, phrase in frame.phrases():
        if prep not in ("object", "with"):
            continue
        people = ctx.persons(phrase)
        if not people:
            # "met a Thai delegation led by Deputy Prime Minister X": its leader
            people = delegation_leaders(ctx, phrase, frame.sentence)
            states = {e.code for e in phrase.entities if e.code and e.kind in STATE_KINDS}
            if len(people) == 1 and len(states) == 1:
                ctx.learn(people[0], states.pop())
        met += [p for p in people if ctx.official(p) and ctx.state_of(p) not in codes | {None}]
    return met


_ADJUNCT_PREPS: Final = lexicon.words("events", "prepositions of a meeting told by its host")


def told_after_meeting_here(ctx: EventContext, frame: Frame) -> bool:
    """ "In a meeting with X, Chinese vice-premier Y said ...", "Y said after talks here with X"
    in a datelined story: a meeting noun in an adjunct of a reporting clause whose speakers are
    all officials of the dateline's state was held there."""
    home = ctx.dateline_code
    arg = frame.arg
    clause = frame.clause
    if home is None or frame.phrase is None or arg is None or arg.role != "pp" or frame.depth != 0:
        return False
    if arg.prep not in _ADJUNCT_PREPS or clause.predicate.lemma not in REPORTING_VERBS:
        return False
    speakers = ctx.persons(clause.subject) if clause.subject is not None else []
    return bool(speakers) and all(ctx.official(p) and ctx.state_of(p) == home for p in speakers)


def parties_from_abroad(ctx: EventContext, frame: Frame, places: list[Entity]) -> list[Actor]:
    """ "Talks in Accra between Togo's president and Ghana's": the officials in a meeting noun's
    "between" phrase who come from another state than the place's, when an official of the
    place's state is a party too (at a third state's venue nobody is the host)."""
    codes = {e.code for e in places if e.code}
    if len(codes) != 1:
        return []
    people = [p for prep, phrase in frame.phrases() if prep == "between" for p in ctx.persons(phrase)]
    if not any(ctx.official(p) and ctx.state_of(p) in codes for p in people):
        return []
    return [p for p in people if ctx.official(p) and ctx.state_of(p) not in codes | {None}]


_POSTED_ROLES: Final = lexicon.words("events", "posted roles")


def posted(ctx: EventContext, person: Actor) -> bool:
    """Does the person hold a post abroad ("ambassador", "envoy"): living where posted?"""
    return any(r in _POSTED_ROLES or r.split()[-1] in _POSTED_ROLES for r in ctx.roles_of(person))


def host_of(ctx: EventContext, persons: list[Actor], *, officials_only: bool) -> list[Entity]:
    """The state of the first person (official, with ``officials_only``) that has one, as a host."""
    for person in persons:
        if officials_only and not ctx.official(person):
            continue
        code = ctx.state_of(person)
        if code:
            return [Entity(start=0, end=0, kind="state", text=person.name, code=code)]
    return []


_HOSTING_NOUNS: Final = frozenset(["guest", "guests", "invitation", "invitations", "host", "hosts"])
_HOSTED_OCCASIONS: Final = lexicon.words("events", "hosted occasions")


def hosted_by(ctx: EventContext, frame: Frame) -> list[Actor]:
    """Hosts named with the trip: "as guest of X", "at the invitation of X", "hosted by X"."""
    out: list[Actor] = []
    for prep, p in frame.phrases():
        owner = p.possessor
        if (
            prep in ("for", "to")
            and p.head.lower() in _HOSTED_OCCASIONS
            and owner is not None
            and owner.kind == "person"
            and owner.actor is not None
        ):
            out.append(owner.actor)  # "visited Accra for Asante's inauguration"
        if prep in ("as", "at", "on", "upon") and p.head.lower() in _HOSTING_NOUNS:
            for inner_prep, inner in p.preps:
                if inner_prep == "of":
                    # "at the invitation of his counterpart, President X": the apposed name
                    out.extend(apposed_to(ctx, frame.clause, inner) or ctx.persons(inner))
            poss = p.possessor  # "at X's invitation"
            if poss is not None and poss.kind == "person" and poss.actor is not None and not poss.pronoun:
                out.append(poss.actor)
    if frame.phrase is not None and frame.arg is not None and frame.depth == 0 and frame.arg.role == "object":
        # "At the invitation of X, Y will pay a state visit to Z": the invitation of the clause whose
        # object the trip noun is (not chained to the noun)
        for a in frame.clause.args:
            if a.role != "pp" or a.prep not in ("as", "at", "on", "upon"):
                continue
            if a.phrase.head.lower() in _HOSTING_NOUNS:
                out.extend(q for prep, inner in a.phrase.preps if prep == "of" for q in ctx.persons(inner))
    parent = ctx.parent(frame.clause) if frame.clause.kind == "infinitive" else None
    if parent is not None and parent is not frame.clause:
        # "has accepted an invitation from King X to make a state visit": the inviter hosts
        args = parent.args
        for i, a in enumerate(args):
            if a.role != "object" or a.phrase.head.lower() not in ("invitation", "invitations"):
                continue
            poss = a.phrase.possessor
            if poss is not None and poss.kind == "person" and poss.actor is not None and not poss.pronoun:
                out.append(poss.actor)
            out.extend(q for prep, p in a.phrase.preps if prep in ("from", "of") for q in ctx.persons(p))
            out.extend(
                q for b in args if b.after == i and b.prep in ("from", "of") for q in ctx.persons(b.phrase)
            )
    return out


_BACK_HOME: Final = lazy(r"[ \t]+(?:back|home)\b", regex.IGNORECASE)


def back_home_after(ctx: EventContext, clause: Clause) -> bool:
    """Does "back" or "home" follow the clause's verb ("has arrived back", "flew home")?"""
    return _BACK_HOME.match(ctx.text, clause.predicate.end) is not None


def conjunct_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """The clause's times, or for a coordinate clause with none of its own the first conjunct's
    ("praised X on Monday and told visiting Y that ...": Monday)."""
    if clause.times or clause.kind != "coordinate":
        return clause.times
    parent = ctx.parent(clause)
    return parent.times if parent is not None and parent is not clause else ()


def where_times(ctx: EventContext, frame: Frame, hosts: list[Entity]) -> list[TemporalExpression]:
    """ "The final stop was Dushanbe, where he met X on Wednesday": the times of a "where" clause
    right after a host of the trip are the stay's."""
    for c in ctx.layer.in_sentence(frame.sentence):
        if c.marker == "where" and c.times and any(0 <= c.start - h.end <= 3 for h in hosts):
            return dated(ctx, c.times)
    return []
