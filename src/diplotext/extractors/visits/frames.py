"""How one trip frame is read: who travels, where to, when, and whether the trip is done.

Each function takes a :class:`~diplotext.extractors.eventkit.Frame` (a trip verb in its clause, or
a trip noun in its phrase) and answers from the clause's predicate and arguments. The vocabularies
are in ``data/lexicon/events.txt``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, compare_to, date_value
from diplotext.model import Actor, TemporalExpression
from diplotext.syntax import Clause, Entity, Phrase

__all__ = [
    "HOST_VERBS",
    "MEET_NOUNS",
    "MEET_VERBS",
    "PRESENCE_VERBS",
    "TRIP_NOUNS",
    "TRIP_VERBS",
    "Trip",
    "read_trip",
]

_E: Final = "events"
TRIP_VERBS: Final[dict[str, tuple[str, ...]]] = {
    r[0]: tuple(r[1].split()) for r in lexicon.rows(_E, "trip verbs")
}
TRIP_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    r[0]: tuple(r[1].split()) for r in lexicon.rows(_E, "trip nouns")
}
LIGHT_VERBS: Final = lexicon.mapping(_E, "trip light verbs")
TRIP_PREPS: Final = lexicon.mapping(_E, "trip prepositions")
HOST_VERBS: Final = lexicon.words(_E, "host verbs")
MEET_VERBS: Final = lexicon.words(_E, "meeting verbs")
MEET_NOUNS: Final = lexicon.words(_E, "meeting nouns")
PRESENCE_VERBS: Final = lexicon.words(_E, "presence verbs")
PAST_MODIFIERS: Final = lexicon.words(_E, "past modifiers")
FUTURE_MODIFIERS: Final = lexicon.words(_E, "future modifiers")
ONGOING_MODIFIERS: Final = lexicon.words(_E, "ongoing modifiers")
_ARRIVALS: Final = frozenset(["arrive", "land", "reach", "begin", "start", "open", "kick off", "launch"])
_NEGATIVE_CHAINS: Final = frozenset(["refuse", "fail", "unable", "unlikely"])
_PLANNING_CHAINS: Final = frozenset(
    ["plan", "wish", "promise", "agree", "decide", "threaten", "likely", "try", "offer", "need"]
)
_SCHEDULE_PRESENT: Final = frozenset(["fly", "head", "leave", "depart", "travel", "go", "come"])
_DELEGATION: Final = frozenset(["delegation", "mission", "team"])
_REPORTING: Final = lexicon.words("speech", "reporting verbs")
_PRIVATE: Final = lexicon.words(_E, "private purposes")
_SUBJECT_PREDICATES: Final = lexicon.words(_E, "trip subject predicates")


def _private(frame: Frame) -> bool:
    """ "went to Paris for medical treatment", "on holiday in X": a private trip."""
    for prep, p in frame.phrases():
        if prep in ("for", "on") and (
            p.head.lower() in _PRIVATE or set(p.words) & {"medical", "holiday", "vacation"}
        ):
            return True
    return False


@attrs.frozen(kw_only=True)
class Trip:
    """What one frame says of a trip. ``status`` is ``planned``, ``ongoing``, ``completed``,
    ``ended`` (a visit said to have ended), ``cancelled``, ``postponed`` or ``None`` (unsaid);
    ``hosts`` the places it goes to, ``origins`` places it came from ("from X", "left X for");
    ``here`` when the host is "here" (the dateline's place)."""

    frame: Frame
    visitors: tuple[Actor, ...] = ()
    visitor_phrase: Phrase | None = None
    inferred_visitor: bool = False
    hosts: tuple[Entity, ...] = ()
    origins: tuple[Entity, ...] = ()
    here: bool = False
    status: str | None = None
    dates: tuple[TemporalExpression, ...] = ()
    context_dates: tuple[TemporalExpression, ...] = ()
    host_persons: tuple[Actor, ...] = ()
    definite: bool = False
    first_leg: bool = False
    meeting: bool = False


def _clause_words(ctx: EventContext, clause: Clause) -> list[str]:
    return ctx.text[clause.start : clause.end].lower().split()


def _visitors_of_clause(ctx: EventContext, clause: Clause) -> tuple[list[Actor], Phrase | None]:
    subject = ctx.doers(clause)
    people = ctx.persons(subject)
    if not people and subject is not None and subject.head.lower() in _DELEGATION:
        # "a delegation led by X" in the phrase, or "a delegation headed by X left for" with the
        # participle read as a clause of its own
        for prep, p in subject.preps:
            if prep == "by":
                people = ctx.persons(p)
        for c in ctx.layer.in_sentence(clause.sentence):
            if people:
                break
            if c.kind == "participle" and c.subject is not None and c.subject.start == subject.start:
                people = ctx.persons(next((a.phrase for a in c.args if a.role == "agent"), None))
    return people, subject


def _owner(ctx: EventContext, phrase: Phrase) -> list[Actor]:
    """The persons whose trip a phrase is: its possessor, or that of a phrase it is part of."""
    for p, _, _ in _walk(phrase):
        if p.possessor is not None and p.possessor.kind == "person" and p.possessor.actor is not None:
            return [p.possessor.actor]
        if p.owner is not None:
            got = ctx.persons(p.owner)
            if got:
                return got
    return []


def _walk(phrase: Phrase, depth: int = 0) -> list[tuple[Phrase, int, None]]:
    out = [(phrase, depth, None)]
    for _, p in phrase.preps:
        out.extend(_walk(p, depth + 1))
    return out


def _verbal_visitors(ctx: EventContext, frame: Frame) -> tuple[list[Actor], Phrase | None]:
    clause = frame.clause
    if clause.predicate.passive:
        return [], None
    if frame.lemma == "take":
        # "the tour will first take him to Kenya": the one taken travels, when a trip takes him;
        # "Hu's tour will take him": the tour's owner is the one taken
        subject = clause.subject
        if subject is None or subject.head.lower() not in TRIP_NOUNS:
            return [], None
        obj = next((a.phrase for a in clause.args if a.role == "object"), None)
        owner = _owner(ctx, subject)
        if owner:
            return owner, subject
        return ctx.persons(obj), obj
    return _visitors_of_clause(ctx, clause)


def _nominal_visitors(ctx: EventContext, frame: Frame) -> tuple[list[Actor], Phrase | None, bool]:
    """The visitor of a trip noun: its possessor ("Wen's visit"), its "by" phrase, or the
    subject of the clause it serves ("paid a visit", "arrived for a visit", "met X on his visit").
    The flag says the visitor came from the clause, not the phrase."""
    phrase = frame.phrase
    assert phrase is not None
    clause = frame.clause
    for prep, p in frame.phrases():
        if prep == "by":
            people = ctx.persons(p)
            if people:
                return people, p, False
    subject_people, subject = _visitors_of_clause(ctx, clause)
    if frame.arg is not None and frame.arg.role == "subject":
        subject_people = []
    poss = phrase.possessor
    if poss is None and phrase.owner is not None:
        owners = ctx.persons(phrase.owner)
        if owners:
            return owners, phrase.owner, False
    in_clause = frame.arg is not None and frame.arg.role in ("object", "pp")
    if poss is not None and poss.kind == "person" and poss.actor is not None:
        # "his visit" in a clause whose subject is a person is that person's visit
        if poss.pronoun and subject_people and in_clause and poss.actor not in subject_people:
            return subject_people, subject if subject_people else None, True
        owners = [e.actor for e in phrase.possessors if e.kind == "person" and e.actor is not None]
        return owners or [poss.actor], None, False
    if poss is not None or phrase.owner is not None:
        return [], None, False
    subject_trip = clause.subject
    if subject_trip is not None and subject_trip is not phrase and subject_trip.head.lower() in TRIP_NOUNS:
        owners = _owner(ctx, subject_trip)
        if owners:
            return owners, subject_trip, True  # "Rosati's visit, which included stops in X"
    if in_clause and frame.depth == 0:
        if (
            frame.arg is not None
            and frame.arg.role == "pp"
            and phrase.words
            and phrase.words[0] in ("the", "this", "that", "these")
        ):
            # "the visit", "this trip": one already told of, whoever the clause's subject is
            # ("Putin met him during the visit", "through this visit, Cui said")
            return [], None, False
        return subject_people, subject if subject_people else None, True
    return [], None, False


_HOSTING_NOUNS: Final = frozenset(["guest", "guests", "invitation", "invitations", "host", "hosts"])


def _hosted_by(ctx: EventContext, frame: Frame) -> list[Actor]:
    """Hosts named with the trip: "as guest of X", "at the invitation of X", "hosted by X"."""
    out: list[Actor] = []
    for prep, p in frame.phrases():
        if prep in ("as", "at", "on", "upon") and p.head.lower() in _HOSTING_NOUNS:
            for inner_prep, inner in p.preps:
                if inner_prep == "of":
                    out.extend(ctx.persons(inner))
    return out


def _codes(entities: list[Entity], exclude: str | None = None) -> list[Entity]:
    out: list[Entity] = []
    seen: set[str] = set()
    for e in entities:
        if e.code and e.code != exclude and e.code not in seen and e.kind in ("state", "place"):
            seen.add(e.code)
            out.append(e)
    return out


def _host_entities(ctx: EventContext, prep: str, phrase: Phrase) -> list[Entity]:
    """The places a phrase after a trip word names: its states and places (a list gives
    several); a person object stands for the person's state ("visited President X")."""
    places = ctx.places(phrase)
    if places:
        return places
    if prep == "object":
        for person in ctx.persons(phrase):
            code = ctx.state_of(person)
            if code:
                return [Entity(start=phrase.start, end=phrase.end, kind="state", text=person.name, code=code)]
    return []


def _verb_phrases(frame: Frame) -> list[tuple[str, Phrase]]:
    """A verbal frame's phrases; a phrase chained to a "from" phrase is part of the origin
    ("from a holiday [in Egypt]" is where he came from, not where he went)."""
    if frame.phrase is not None:
        return list(frame.phrases())
    out: list[tuple[str, Phrase]] = []
    args = frame.clause.args
    for a in args:
        if a.role == "object":
            out.append(("object", a.phrase))
        elif a.role in ("pp", "agent") and a.prep:
            head = a
            while head.after is not None and args[head.after].role in ("pp", "agent"):
                head = args[head.after]
            out.append(("from" if head.prep == "from" else a.prep, a.phrase))
    return out


def _hosts(ctx: EventContext, frame: Frame, preps: tuple[str, ...]) -> tuple[list[Entity], list[Entity]]:
    """``(hosts, origins)`` of a frame from its phrases, in the lemma's order of prepositions."""
    phrases = _verb_phrases(frame)
    hosts: list[Entity] = []
    for want in preps:
        for prep, p in phrases:
            if prep == want:
                hosts.extend(_host_entities(ctx, prep, p))
        if hosts:
            break
    origins: list[Entity] = []
    private = False
    for prep, p in phrases:
        if prep == "from" or (prep == "object" and frame.lemma in ("leave", "depart")):
            if p.head.lower() in _PRIVATE:
                private = True  # "flew from a holiday in X": no visit there
            if not private:
                origins.extend(ctx.places(p))
    return hosts, origins


def _nominal_hosts(ctx: EventContext, frame: Frame) -> list[Entity]:
    phrase = frame.phrase
    assert phrase is not None
    hosts, _ = _hosts(ctx, frame, TRIP_NOUNS.get(frame.lemma, ("to", "in")))
    if hosts:
        return hosts
    # "his China visit", "a three-nation Africa tour": a place in the phrase itself
    inside = [e for e in ctx.places(phrase) if phrase.possessor is None or e is not phrase.possessor]
    inside = [e for e in inside if e.place_kind in ("country", "city", "seat") or e.kind == "place"]
    if inside:
        return inside
    # "is in Tokyo for a visit", "arrived in Lima for a state visit": the clause's place
    if frame.arg is not None and frame.arg.role == "pp" and frame.depth == 0:
        for a in frame.clause.args:
            if a.role == "pp" and a.prep in ("in", "at", "to") and a is not frame.arg:
                got = ctx.places(a.phrase)
                if got:
                    return got
    return []


def _light_status(ctx: EventContext, clause: Clause) -> str | None:
    """What a verb governing a trip noun says of the trip ("began his visit", "cancelled the trip")."""
    light = LIGHT_VERBS.get(clause.predicate.lemma)
    if light is None:
        return None
    if light == "tense":
        return _tense_status(ctx, clause, arrival=False)
    if light == "begun":
        return _tense_status(ctx, clause, arrival=True)
    if light == "ended":
        return "planned" if _tense_status(ctx, clause, arrival=False) == "planned" else "ended"
    if light in ("cancelled", "postponed"):
        if clause.predicate.negated:
            return None
        return light if _tense_status(ctx, clause, arrival=False) != "planned" else "planned"
    return light


def _dated(ctx: EventContext, times: tuple[TemporalExpression, ...]) -> list[TemporalExpression]:
    return [t for t in times if t.type in ("DATE", "TIME") and date_value(t.value) is not None]


def _tense_status(ctx: EventContext, clause: Clause, *, arrival: bool | str) -> str | None:
    """Status from the tense, aspect and modality of the clause that carries the trip. In the
    past, an arrival (``arrival=True``) gives ``arrived`` and a dated presence
    (``arrival="present"``: "met X there on Monday") gives ``present``: both mean still there if
    recent enough, which the case decides from the date."""
    pred = clause.predicate
    if not pred.finite:
        parent = ctx.parent(clause)
        if parent is not None and parent is not clause:
            if clause.kind == "infinitive" and parent.predicate.lemma == "be" and not parent.predicate.chain:
                return None  # "the first premier to visit X in 13 years": says nothing of when
            if clause.kind == "infinitive":
                if (
                    parent.predicate.lemma in _PLANNING_VERBS
                    or set(parent.predicate.chain) & _PLANNING_CHAINS
                ):
                    return "planned"
                got = _tense_status(ctx, parent, arrival=arrival)
                return "planned" if got in ("completed",) and parent.predicate.lemma in _INVITING else got
            return _tense_status(ctx, parent, arrival=arrival)
        return None
    chain = set(pred.chain)
    when = [compare_to(t.value, ctx.published) for t in _dated(ctx, clause.times)]
    future_date = 1 in when
    past_date = -1 in when
    if (
        pred.tense == "future"
        or chain & _PLANNING_CHAINS
        or (pred.modal and pred.modal not in ("would",) and pred.tense != "past")
    ):
        return "planned"
    if pred.modal == "would":
        return "planned" if not past_date else "completed"
    if pred.aspect in ("progressive", "perfect progressive") and pred.tense == "present":
        return "planned" if future_date else "ongoing"
    if pred.tense == "present":
        if pred.aspect == "perfect":
            return "ongoing" if arrival else "completed"
        if future_date:
            return "planned"
        if past_date and not arrival:
            return "completed"
        if pred.lemma == "be":
            return "ongoing"
        return "ongoing"
    if pred.tense == "past":
        if pred.aspect == "progressive" and future_date:
            return "planned"
        if arrival == "present":
            return "present"  # was there then: still there if that was in the last days
        if arrival:
            return "arrived"
        return "completed"
    return None


_PLANNING_VERBS: Final = frozenset(
    [
        "plan",
        "expect",
        "schedule",
        "announce",
        "invite",
        "agree",
        "decide",
        "prepare",
        "hope",
        "want",
        "intend",
        "propose",
        "wish",
        "set",
        "urge",
        "ask",
        "welcome",
    ]
)
_INVITING: Final = frozenset(["invite", "ask", "urge", "welcome"])
_PART_STATUS: Final = {
    "start": "arrived",
    "beginning": "arrived",
    "outset": "arrived",
    "end": "ended",
    "conclusion": "ended",
    "close": "ended",
    "eve": "planned",
    "middle": "ongoing",
    "course": "ongoing",
}
"""A part of a trip a phrase names ("at the start of a visit") and what it says of the trip."""


def _nominal_status(ctx: EventContext, frame: Frame) -> str | None:
    phrase = frame.phrase
    assert phrase is not None
    for outer in frame.outer:
        part = _PART_STATUS.get(outer.head.lower())
        if part is not None:
            # "said here at the start of a three-day visit": told on that day
            told = _tense_status(ctx, frame.clause, arrival=True)
            if part == "arrived":
                return "planned" if told == "planned" else "arrived"
            return "planned" if told == "planned" and part != "planned" else part
    clause = frame.clause
    arg = frame.arg
    if arg is not None and arg.role in ("subject", "object") and frame.depth == 0:
        # "a planned visit ... was called off", "postponed her trip": what befell the trip wins
        light = LIGHT_VERBS.get(clause.predicate.lemma)
        if light in ("cancelled", "postponed", "ended", "begun") and not clause.predicate.negated:
            return _light_status(ctx, clause)
    words = set(phrase.words)
    if words & ONGOING_MODIFIERS:
        return "ongoing"
    if words & FUTURE_MODIFIERS:
        return "planned"
    if words & PAST_MODIFIERS:
        return "completed"
    clause = frame.clause
    arg = frame.arg
    if arg is None or frame.depth > 1:
        return None
    if arg.role == "object":
        light = _light_status(ctx, clause)
        if light is not None:
            return light
        return (
            _tense_status(ctx, clause, arrival=False)
            if clause.predicate.lemma in ("await", "prepare")
            else None
        )
    if arg.role == "subject":
        if LIGHT_VERBS.get(clause.predicate.lemma) in ("cancelled", "postponed", "ended", "begun"):
            # "The visit was cancelled", "the visit ended on Friday"
            return _light_status(ctx, clause)
        told = _tense_status(ctx, clause, arrival=False)
        if told == "planned" or clause.predicate.lemma in _SUBJECT_PREDICATES:
            return told  # "the visit will deepen ties", "his last visit was in 2005"
        return None  # "the visit was designed to ...": says nothing of when
    if arg.role == "pp" and frame.depth == 0:
        relation = TRIP_PREPS.get(arg.prep or "")
        if relation == "before":
            return "planned"
        if relation == "after":
            return "completed"
        if relation == "within" and clause.predicate.lemma in _REPORTING:
            # "he said, midway through a visit to X": the report is the visit's day; "has said
            # during a visit" tells of some earlier visit, not this one
            if clause.predicate.aspect.startswith("perfect"):
                return "background"
            return "planned" if _tense_status(ctx, clause, arrival=False) == "planned" else "ongoing"
        if relation in ("within", "purpose"):
            # "met X on Monday, on his first visit": the visit went on that day
            lemma = clause.predicate.lemma
            base = _tense_status(
                ctx,
                clause,
                arrival=True
                if lemma in _ARRIVALS or lemma == "be"
                else "present"
                if relation == "within"
                else False,
            )
            if clause.predicate.lemma == "be" and clause.predicate.tense == "present" and base != "planned":
                return "ongoing"  # "is on a visit", "is in Tokyo for a visit"
            return base
    return None


def read_trip(ctx: EventContext, frame: Frame) -> Trip | None:
    """What a trip frame says, or ``None`` when it says there is no trip ("will not travel to",
    "refused to visit")."""
    clause = frame.clause
    pred = clause.predicate
    chain = set(pred.chain)
    if _private(frame):
        return None
    if frame.phrase is None:
        if pred.negated or chain & _NEGATIVE_CHAINS:
            return None
        preps = TRIP_VERBS.get(frame.lemma, ("to",))
        visitors, vphrase = _verbal_visitors(ctx, frame)
        inferred = clause.subject_from is not None
        hosts, origins = _hosts(ctx, frame, preps)
        here = "here" in preps and "here" in _clause_words(ctx, clause)
        status = _tense_status(
            ctx, clause, arrival=frame.lemma in _ARRIVALS or frame.lemma in _SCHEDULE_PRESENT
        )
        if (
            status == "ongoing"
            and pred.tense == "present"
            and pred.aspect == "simple"
            and frame.lemma in _SCHEDULE_PRESENT
            and not any(compare_to(t.value, ctx.published) in (-1, 0) for t in _dated(ctx, clause.times))
        ):
            status = "planned"  # "flies to Lima on Sunday", "heads for Tokyo": the news present of a schedule
        dates = tuple(_dated(ctx, clause.times))
        return Trip(
            frame=frame,
            visitors=tuple(visitors),
            visitor_phrase=vphrase,
            inferred_visitor=inferred,
            hosts=tuple(hosts),
            origins=tuple(origins),
            here=here,
            status=status,
            dates=dates,
            first_leg="first" in _clause_words(ctx, clause) and len(hosts) == 1,
            host_persons=tuple(_hosted_by(ctx, frame)),
        )
    phrase = frame.phrase
    if (frame.arg is not None and frame.arg.role == "object" and pred.negated) or (
        chain & _NEGATIVE_CHAINS and frame.arg is not None and frame.arg.role == "object"
    ):
        return None
    visitors, vphrase, inferred = _nominal_visitors(ctx, frame)
    hosts = _nominal_hosts(ctx, frame)
    status = _nominal_status(ctx, frame)
    own = _dated(ctx, frame.times)
    context: list[TemporalExpression] = []
    if frame.arg is not None and frame.depth == 0:
        context = [t for t in _dated(ctx, clause.times) if t not in own]
    if status is None:
        # a trip told with a date and no tense of its own: before or after publication
        when = {compare_to(t.value, ctx.published) for t in (own or context)}
        status = "completed" if when == {-1} else "planned" if when == {1} else None
    words = set(phrase.words)
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=vphrase,
        inferred_visitor=inferred,
        hosts=tuple(hosts),
        status=status,
        dates=tuple(own),
        context_dates=tuple(context),
        definite=bool(words & {"the", "this", "that", "his", "her", "their", "its"})
        or phrase.possessor is not None
        or phrase.owner is not None,
        first_leg=False,
        host_persons=tuple(_hosted_by(ctx, frame)),
    )


def read_host(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "Putin hosted/received/welcomed X": X is the visitor, the subject's state the host."""
    clause = frame.clause
    pred = clause.predicate
    if pred.negated:
        return None
    if pred.passive:
        # "X was welcomed by Y"
        visitors = ctx.persons(clause.subject)
        agent = next((a.phrase for a in clause.args if a.role == "agent"), None)
        host_side = agent
    else:
        obj = next((a.phrase for a in clause.args if a.role == "object"), None)
        visitors = ctx.persons(obj)
        host_side = clause.subject
    if not visitors:
        return None
    host_persons = ctx.persons(host_side)
    hosts: list[Entity] = []
    for person in host_persons:
        code = ctx.state_of(person) if ctx.official(person) else None
        if code:
            hosts.append(Entity(start=0, end=0, kind="state", text=person.name, code=code))
            break
    if not hosts and host_side is not None:
        hosts = [e for e in ctx.places(host_side) if e.place_kind != "demonym" or len(host_side.words) == 1]
    if not hosts:
        for a in clause.args:
            if a.role == "pp" and a.prep in ("in", "at", "to"):
                hosts = ctx.places(a.phrase)
                if hosts:
                    break
    status = _tense_status(ctx, clause, arrival=False)
    if status != "cancelled" and any(
        c.parent == clause.index and c.kind == "infinitive" for c in ctx.layer.in_sentence(clause.sentence)
    ):
        status = "planned"  # "X welcomes Y to come for a visit": an invitation, not a reception
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        hosts=tuple(hosts),
        here=not hosts,
        status=status,
        dates=tuple(_dated(ctx, clause.times)),
        host_persons=tuple(host_persons),
    )


def read_visiting(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "told visiting Hungarian Prime Minister X": the person after "visiting" is the visitor,
    the host a place of the sentence, the state of the clause's subject, or the dateline's."""
    clause = frame.clause
    obj = next((a.phrase for a in clause.args if a.role == "object"), None)
    if obj is None:
        return None
    visitors = ctx.persons(obj)
    if not visitors or (ctx.places(obj) and not any(e.kind == "person" for e in obj.entities)):
        return None
    parent = ctx.parent(clause) or clause
    host_persons = ctx.persons(parent.subject)
    if not any(ctx.official(p) for p in host_persons):
        # "talks between X and visiting Y": the other party named in the clause
        host_persons = [
            p
            for a in parent.args
            if a.role in ("pp", "object")
            for p in ctx.persons(a.phrase)
            if p not in visitors
        ]
    hosts: list[Entity] = []
    for c in (clause, parent):
        for a in c.args:
            if a.role == "pp" and a.prep in ("in", "at") and not hosts:
                hosts.extend(ctx.places(a.phrase))
    if not hosts:
        for person in host_persons:
            code = ctx.state_of(person) if ctx.official(person) else None
            if code:
                hosts.append(Entity(start=0, end=0, kind="state", text=person.name, code=code))
                break
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=obj,
        hosts=tuple(hosts),
        here=not hosts,
        status="ongoing",
        dates=tuple(_dated(ctx, clause.times) or _dated(ctx, parent.times)),
        host_persons=tuple(host_persons),
    )


def read_visiting_phrase(ctx: EventContext, clause: Clause, phrase: Phrase) -> Trip | None:
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
    hosts: list[Entity] = []
    for a in clause.preps("in", "at"):
        hosts.extend(e for e in ctx.places(a.phrase) if e.place_kind in ("city", "seat", "country"))
    if not hosts:
        for person in others:
            code = ctx.state_of(person)
            if code:
                hosts.append(Entity(start=0, end=0, kind="state", text=person.name, code=code))
                break
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=phrase,
        hosts=tuple(hosts[:1]),
        here=not hosts,
        status="ongoing",
        dates=tuple(_dated(ctx, clause.times)),
        host_persons=tuple(others),
    )


def read_meeting(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "X met Y in Z", "during their meeting with Y at the White House": a meeting held in a
    place abroad is a trip there (the doers travel; the place must be named, not a demonym)."""
    clause = frame.clause
    if clause.predicate.negated:
        return None
    places: list[Entity] = []
    for prep, p in frame.phrases():
        if prep in ("in", "at"):
            places.extend(e for e in ctx.places(p) if e.place_kind in ("city", "seat", "country"))
    if not places:
        return None
    if frame.phrase is None:
        visitors, vphrase = _visitors_of_clause(ctx, clause)
        inferred = clause.subject_from is not None
        status = _tense_status(ctx, clause, arrival="present")  # met there on Monday: still there
        dates = tuple(_dated(ctx, clause.times))
        context: tuple[TemporalExpression, ...] = ()
    else:
        visitors, vphrase, inferred = _nominal_visitors(ctx, frame)
        if not visitors and frame.phrase.possessor is not None and frame.arg is not None:
            visitors, vphrase = _visitors_of_clause(ctx, clause)
        status = _nominal_status(ctx, frame) or _tense_status(ctx, clause, arrival=False)
        dates = tuple(_dated(ctx, frame.times))
        context = tuple(t for t in _dated(ctx, clause.times) if t not in dates)
    if not visitors:
        return None
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=vphrase,
        inferred_visitor=inferred,
        hosts=tuple(places[:1]),
        status=status,
        dates=dates,
        context_dates=context,
        meeting=True,
    )


def read_presence(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "The pope celebrated mass in Sarajevo", "the minister addressed parliament in Paris": an
    official doing something in person in a city abroad is visiting it (a city or seat, not a
    country: "spoke in Britain" may be by telephone; never a place the verb is about)."""
    trip = read_meeting(ctx, frame)
    if trip is None:
        return None
    hosts = tuple(h for h in trip.hosts if h.place_kind in ("city", "seat"))
    if not hosts:
        return None
    return attrs.evolve(trip, hosts=hosts)


def days_between(a: str, published: dt.date | None) -> int | None:
    """Days from a full date value to the publication date (positive when before it)."""
    parts = date_value(a)
    if parts is None or published is None or parts[1] is None or parts[2] is None:
        return None
    try:
        return (published - dt.date(parts[0], parts[1], parts[2])).days
    except ValueError:
        return None
