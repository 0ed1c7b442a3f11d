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
   hold an office that represents a state (actors' roles); a trip to one's own state is none.
4. *Meetings.* Meeting frames whose subject is a visitor ("X met Y", "held talks with Y") give
   ``met``; so do hosts ("Y received X").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

import attrs
import regex

from diplotext import geo, lexicon
from diplotext.extractors.eventkit import (
    EventContext,
    Frame,
    calendar_value,
    compare_to,
    confidence,
    date_value,
    merge_spans,
    trigger_words,
)
from diplotext.extractors.visits.frames import (
    HOST_VERBS,
    MEET_NOUNS,
    MEET_VERBS,
    PRESENCE_VERBS,
    TRIP_NOUNS,
    TRIP_VERBS,
    Trip,
    days_between,
    read_host,
    read_meeting,
    read_presence,
    read_trip,
    read_visiting,
    read_visiting_phrase,
)
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Actor, Event, Span, TemporalExpression
from diplotext.syntax import Entity, Phrase

__all__ = ["find_visits", "first_in"]

CODE = "042"
PLOVER = "CONSULT"

_VERBS = frozenset(TRIP_VERBS) | HOST_VERBS
_NOUNS = frozenset(TRIP_NOUNS)
_TRIGGERS = trigger_words(_VERBS | _NOUNS)
_MEETINGS = trigger_words(MEET_VERBS | MEET_NOUNS)
_PRESENCE_WORDS = trigger_words(PRESENCE_VERBS)
_VISITING = frozenset({"visiting"})

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
_WEAK_CONTEXT = regex.compile(
    r"\b(?i:"
    + "|".join(sorted((_TRIGGERS - _STRONG), key=len, reverse=True))
    + r")\b(?:[ \t]+[\w'’-]+){0,5}?[ \t]+"
    + r"(?i:(?:to|for|in|into|at|from|of|through)[ \t]+)?(?i:the[ \t]+)?\p{Lu}"
    + r"|\b(?i:here)\b"
)
"""A common trip verb with a capitalised word a few words after it: worth reading."""
_MEET_PLACES = frozenset(["meet", "talk", "confer", "hold", "sign", "negotiate", "dine"])
_MEET_PLACE_NOUNS = MEET_NOUNS - {"summit", "conference", "consultations"}
_MEETING_PLACE_WORDS = frozenset(
    [
        "meet",
        "meets",
        "met",
        "meeting",
        "meetings",
        "talks",
        "talked",
        "confer",
        "conferred",
        "dined",
        "dinner",
        "sign",
        "signs",
        "signed",
        "signing",
    ]
)
_BACKGROUND_DAYS = 45
_GATHERINGS = MEET_NOUNS | {"conference", "forum", "session", "ceremony"}
_ARRIVAL_DAYS = 3
"""Sentences (from 0, the title first) that tell an article's news: an undated visit there is dated
by publication."""

_FIRST_IN = regex.compile(
    r"\bfirst\b.{0,160}?\b(?:in|for|over|during)[ \t]+(?:the[ \t]+)?(?:(?:past|last|previous)[ \t]+)?"
    r"(?:(?:more[ \t]+than|almost|nearly|over|some|about)[ \t]+)?"
    r"(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|half[ \t]+a)[ \t-]+"
    r"(?P<unit>years?|decades?|months?)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_VISIT_WORD = regex.compile(r"\b(?:visit\w*|trip|tour|travel\w*|stop)\b", regex.IGNORECASE)


def first_in(text: str, dates: Iterable[TemporalExpression] = ()) -> str | None:
    """``"P6Y"`` for "the first visit ... in six years" (a DURATION from ``dates`` when it has
    one there), else ``None``."""
    m = _FIRST_IN.search(text)
    if not m or not _VISIT_WORD.search(text, max(0, m.start() - 60), m.end()):
        return None
    for d in dates:
        if d.type == "DURATION" and regex.fullmatch(r"P\d+[YM]", d.value or ""):
            return d.value
    word = m.group("n").lower()
    if word.startswith("half"):
        return "P6M"
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit.startswith("decade"):
        return f"P{n * 10}Y"
    return f"P{n}M" if unit.startswith("month") else f"P{n}Y"


@attrs.define
class _Use:
    """One trip frame as evidence of one case: how strongly it speaks for the case."""

    trip: Trip
    own: bool  # the frame names this visitor and this host itself
    tour: int  # how many hosts the frame names


@attrs.define
class _Case:
    visitor: Actor
    state: str
    host: str
    order: int
    uses: list[_Use] = attrs.field(factory=list)
    evidence: set[Span] = attrs.field(factory=set)
    met: list[str] = attrs.field(factory=list)
    met_dates: list[TemporalExpression] = attrs.field(factory=list)
    direct: bool = False


class _Finder:
    def __init__(self, ctx: EventContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.cases: dict[tuple[str, str], _Case] = {}
        self._order: list[tuple[int, _Case]] = []
        self.loose: list[tuple[Trip, str | None, Actor | None]] = []
        self.states: dict[str, str | None] = {}
        self.trips: list[Trip] = []
        self._eligible: dict[str, bool] = {}

    # ------------------------------------------------------------------ visitors
    def state(self, actor: Actor, trip: Trip) -> str | None:
        code = self.ctx.state_of(actor)
        if code:
            return code
        for t in [trip, *(t for t in self.trips if actor in t.visitors)]:
            for phrase in self.describing(t):
                for e in phrase.entities:
                    if (
                        e.code
                        and e.kind in ("state", "place")
                        and e.place_kind in ("demonym", "country", None)
                    ):
                        return e.code
        return None

    def describing(self, trip: Trip) -> list[Phrase]:
        """Phrases that describe the visitor: the subject phrase itself, and the complement of a
        copula the trip hangs on ("She is the first Swedish foreign minister to visit ...")."""
        out = [trip.visitor_phrase] if trip.visitor_phrase is not None else []
        parent = self.ctx.parent(trip.frame.clause)
        if parent is not None and parent.predicate.lemma == "be":
            out.extend(a.phrase for a in parent.args if a.role == "object")
        return out

    def eligible(self, actor: Actor, trip: Trip) -> bool:
        """A state's representative: an official role (the actor's, or one the text gives the
        traveller in any trip frame about them: "Polish Foreign Minister X", "She is the first
        Swedish foreign minister to visit"), never only a former one."""
        got = self._eligible.get(actor.id)
        if got is None:
            got = any(
                self._eligible_in(actor, t) for t in self.trips if actor in t.visitors
            ) or self._eligible_in(actor, trip)
            self._eligible[actor.id] = got
        return got

    def _eligible_in(self, actor: Actor, trip: Trip) -> bool:
        ctx = self.ctx
        if actor.kind != "person" or ctx.former(actor):
            return False
        if ctx.official(actor):
            return True
        roles = {r.lower() for r in actor.roles}
        if roles & _NON_OFFICIAL:
            return False
        for phrase in self.describing(trip):
            text = " " + " ".join(phrase.words).replace("-", " ") + " "
            if any(f" {r} " in text for r in _INTERNATIONAL_ROLES) or any(
                f" {o} " in text for o in _INTERNATIONAL
            ):
                return False
            if _ROLE_WORD.search(text):
                return True
        return False

    # ------------------------------------------------------------------ scanning
    def scan(self) -> None:
        ctx = self.ctx
        strong = set(ctx.layer.with_words(_STRONG))
        deferred: list[int] = []
        for idx in ctx.layer.with_words(_TRIGGERS):
            # a common verb ("go", "take", "receive") is read only where a place is named, and
            # a capitalised word follows it within a few words ("came to Rome", "left Beijing")
            if idx not in strong and not (
                _WEAK_CONTEXT.search(self.text, *ctx.layer.sentences[idx])
                and ctx.sentence_has(idx, ("state", "place"), places_only=True)
            ):
                continue
            if not ctx.sentence_has(idx, ("person",)):
                deferred.append(idx)  # "the visit will deepen ties": read once a trip is known
                continue
            self.read_sentence(idx)
        if self.trips:
            for idx in deferred:
                self.read_sentence(idx)
        for idx in ctx.layer.with_words(_VISITING):
            # "his visiting Japanese counterpart X": "visiting" inside a phrase
            for clause in ctx.layer.in_sentence(idx):
                for a in clause.args:
                    words = a.phrase.words
                    if "visiting" in words and words.index("visiting") < len(words) - 1:
                        trip = read_visiting_phrase(ctx, clause, a.phrase)
                        if trip is not None:
                            self.trips.append(trip)
        for idx in ctx.layer.with_words(_MEETING_PLACE_WORDS):
            if not (
                ctx.sentence_has(idx, ("person",))
                and ctx.sentence_has(idx, ("state", "place"), places_only=True)
            ):
                continue
            for frame in ctx.frames(idx, _MEET_PLACES, _MEET_PLACE_NOUNS):
                trip = read_meeting(ctx, frame)
                if trip is not None:
                    self.trips.append(trip)
        for idx in ctx.layer.with_words(_PRESENCE_WORDS):
            if not (
                ctx.sentence_has(idx, ("state", "place"), cities_only=True)
                and ctx.sentence_has(idx, ("person",))
            ):
                continue
            for frame in ctx.frames(idx, PRESENCE_VERBS, ()):
                trip = read_presence(ctx, frame)
                if trip is not None:
                    self.trips.append(trip)
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
        return read_trip(self.ctx, frame)

    def here(self, trip: Trip) -> list[Entity]:
        """The place "here" stands for: the dateline's; without a dateline, the last place the
        story was set in ("at the National Assembly of Vietnam", "in Hanoi") in this sentence or
        the two before it."""
        code = self.ctx.dateline_code
        if code is not None:
            name = self.ctx.article.dateline or ""
            return [Entity(start=0, end=0, kind="place", text=name, code=code, place_kind="city")]
        layer = self.ctx.layer
        idx = trip.frame.sentence
        skip = {self.ctx.state_of(v) for v in trip.visitors}
        for i in range(idx, max(-1, idx - 3), -1):
            found: Entity | None = None
            for clause in layer.in_sentence(i):
                if i == idx and clause.start > trip.frame.trigger[0]:
                    continue
                for a in clause.preps("in", "at"):
                    for e in self.ctx.places(a.phrase):
                        if e.code not in skip and e.place_kind in ("city", "seat", "country"):
                            found = e
                    for _, inner in a.phrase.preps:
                        for e in self.ctx.places(inner):
                            if e.code not in skip and e.place_kind in ("city", "seat", "country"):
                                found = e
            if found is not None:
                return [
                    attrs.evolve(
                        found, place_kind="country" if found.place_kind == "country" else found.place_kind
                    )
                ]
        return []

    def place(self, trip: Trip) -> None:
        if trip.status == "background":
            return  # "has said during a visit to X": some earlier visit, not one this story tells
        hosts = list(trip.hosts) or (self.here(trip) if trip.here else [])
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
            if state is None:
                continue
            self.states[v.id] = state
            for code in codes:
                if code != state:
                    if trip.meeting and (v.id, code) not in self.cases and self.has_case_elsewhere(v, trip):
                        continue
                    self.add(
                        v,
                        state,
                        code,
                        _Use(trip=trip, own=not trip.meeting, tour=len(codes)),
                        direct=not trip.inferred_visitor,
                    )
            for origin in trip.origins:
                if origin.code and origin.code != state and origin.code not in codes:
                    # "left Beijing", "on his way from X": that stay is over
                    done = attrs.evolve(
                        trip, status="ended" if not codes else "completed", context_dates=(), hosts=(origin,)
                    )
                    if codes:
                        done = attrs.evolve(done, dates=())
                    self.add(
                        v,
                        state,
                        origin.code,
                        _Use(trip=done, own=True, tour=1),
                        direct=not trip.inferred_visitor,
                    )

    def has_case_elsewhere(self, visitor: Actor, trip: Trip) -> bool:
        """Is the visitor's trip of this sentence already a case with another host? (A meeting
        "in" a place during a known visit does not make a second trip.)"""
        sentence = self.ctx.layer.sentences[trip.frame.sentence]
        return any(c.visitor.id == visitor.id and sentence in c.evidence for c in self.cases.values())

    def add(self, visitor: Actor, state: str, host: str, use: _Use, *, direct: bool) -> None:
        key = (visitor.id, host)
        case = self.cases.get(key)
        start = use.trip.frame.trigger[0]
        if case is None:
            case = self.cases[key] = _Case(visitor=visitor, state=state, host=host, order=start)
        case.uses.append(use)
        case.evidence.add(self.ctx.layer.sentences[use.trip.frame.sentence])
        case.direct = case.direct or direct
        bisect.insort(self._order, (start, case), key=lambda t: t[0])

    def settle_loose(self) -> None:
        """Frames that name only the visitor, only the host, or neither ("the visit") join the
        case they refer to: the latest one before them that fits, else the only case."""
        if not self.cases:
            return
        keys = [t[0] for t in self._order]
        for trip, host, visitor in self.loose:
            pos = trip.frame.trigger[0]
            i = bisect.bisect_right(keys, pos) - 1
            target: _Case | None = None
            while i >= 0:
                case = self._order[i][1]
                if (visitor is None or case.visitor.id == visitor.id) and (host is None or case.host == host):
                    target = case
                    break
                i -= 1
            if target is None:
                fits = {
                    id(c): c
                    for c in self.cases.values()
                    if (visitor is None or c.visitor.id == visitor.id) and (host is None or c.host == host)
                }
                if len(fits) == 1:
                    target = next(iter(fits.values()))
            if target is None:
                continue
            target.uses.append(_Use(trip=trip, own=False, tour=1))
            target.evidence.add(self.ctx.layer.sentences[trip.frame.sentence])

    # ------------------------------------------------------------------ meetings
    def meetings(self) -> None:
        """``met`` from meeting frames whose subject is a visitor, from hosts of host frames."""
        ctx = self.ctx
        if not self.cases:
            return
        by_visitor: dict[str, list[_Case]] = {}
        for case in self.cases.values():
            by_visitor.setdefault(case.visitor.id, []).append(case)
        for trip in self.trips:
            # hosts named with a trip ("as guest of X, Y and Z"): each met where he is host
            for visitor in trip.visitors:
                cases = by_visitor.get(visitor.id, [])
                for person in trip.host_persons:
                    code = ctx.state_of(person)
                    fits = [c for c in cases if c.host == code]
                    if not fits and code is None and len(trip.hosts) <= 1:
                        fits = [c for c in cases if not trip.hosts or c.host == trip.hosts[0].code]
                    for case in fits[:1]:
                        self.meet(case, person)
        visitors = list(by_visitor)
        for idx in ctx.layer.with_words(_MEETINGS):
            if not ctx.sentence_has(idx, (), visitors):
                continue  # only meetings of a visitor are read
            for frame in ctx.frames(idx, MEET_VERBS, MEET_NOUNS):
                self.meeting(frame, by_visitor)

    def meeting(self, frame: Frame, by_visitor: dict[str, list[_Case]]) -> None:
        ctx = self.ctx
        clause = frame.clause
        if clause.predicate.negated:
            return
        subject_people = ctx.persons(ctx.doers(clause))
        if not subject_people and frame.phrase is not None and clause.predicate.passive:
            # "X was satisfied with the talks with Y": the subject of a passive with no agent
            subject_people = ctx.persons(clause.subject)
        met: list[Actor] = []
        if frame.phrase is None:
            lemma = frame.lemma
            if lemma == "receive" and not clause.predicate.passive:
                return  # a host frame: handled as a visit
            if lemma in ("hold", "sign", "discuss") and not any(
                a.role == "object" and a.phrase.head.lower() in MEET_NOUNS for a in clause.args
            ):
                return
            for prep, p in frame.phrases():
                if prep in ("object", "with", "between") or (prep == "by" and clause.predicate.passive):
                    met.extend(ctx.persons(p))
            if len(subject_people) > 1:  # "X and Y met", "X and Y will hold talks"
                met.extend(subject_people)
        else:
            if frame.arg is None or (frame.arg.role == "subject" and frame.depth == 0):
                if frame.phrase.preps:
                    for prep, p in frame.phrase.preps:
                        if prep in ("with", "between"):
                            met.extend(ctx.persons(p))
                            if prep == "between":
                                subject_people = list(met)
                if not subject_people:
                    return
            for prep, p in frame.phrases():
                if prep in ("with", "between"):
                    met.extend(ctx.persons(p))
        if not met:
            return
        for visitor in subject_people or met:
            cases = by_visitor.get(visitor.id)
            if not cases:
                continue
            for person in met:
                if person.id != visitor.id:
                    self.assign(cases, person, frame)

    def assign(self, cases: list[_Case], person: Actor, frame: Frame) -> None:
        ctx = self.ctx
        code = ctx.state_of(person)
        if code is not None and code == cases[0].state:
            return
        cities = self.meeting_cities(frame)
        matching = [c for c in cases if c.host == code]
        sentence = ctx.layer.sentences[frame.sentence]
        pred = frame.clause.predicate
        if matching:
            target = matching[0]
            if all(u.trip.status == "planned" for u in target.uses) and (
                (pred.tense == "past" and not pred.chain) or self.visiting(person, target.state)
            ):
                # "X met Y", "talks between X and the visiting Y": not part of X's visit to Y's
                # country, which is still to come
                return
        elif [c for c in cases if c.host in cities]:
            target = next(c for c in cases if c.host in cities)
        else:
            here = [c for c in cases if sentence in c.evidence]
            if here:
                target = here[0]
            else:
                before = [c for c in cases if c.order <= frame.trigger[0]]
                target = max(before, key=lambda c: max(s for s, _ in c.evidence)) if before else cases[0]
            if code is not None and not here and len(cases) > 1:
                return  # a third country's leader, and no telling which trip it was on
        if cities and target.host not in cities:
            return  # "will meet X in Beijing" is no part of a visit to Japan
        self.meet(target, person)
        target.evidence.add(sentence)
        target.met_dates.extend(t for t in frame.clause.times if t.type in ("DATE", "TIME"))

    def meeting_cities(self, frame: Frame) -> set[str]:
        """The states of the cities a meeting is said to be in ("will meet X in Beijing", "talks
        on the sidelines of a summit held in [city]"); countries are left out, being often the
        topic ("discussed the situation in X")."""
        ctx = self.ctx
        phrases = [p for prep, p in frame.phrases() if prep in ("in", "at")]
        for c in ctx.layer.in_sentence(frame.sentence):
            # "a summit held in [city]": where a meeting of the phrase took place
            if (
                c.parent == frame.clause.index
                and c.kind in ("participle", "relative")
                and _names_gathering(c.subject)
            ):
                phrases.extend(a.phrase for a in c.preps("in", "at"))
        return {e.code for p in phrases for e in ctx.places(p) if e.code and e.place_kind in ("city", "seat")}

    def visiting(self, person: Actor, host: str | None) -> bool:
        """Is ``person`` a visitor to ``host``?"""
        return any(c.visitor.id == person.id and c.host == host for c in self.cases.values())

    def meet(self, case: _Case, person: Actor) -> None:
        if person.id == case.visitor.id or person.name in case.met:
            return
        if self.ctx.state_of(person) == case.state:
            return
        case.met.append(person.name)

    # ------------------------------------------------------------------ per case
    def finish(self, case: _Case) -> list[Event]:
        """One event for the case, or two when it holds a past visit told as background ("his
        last visit to China was in 2005") beside the current one."""
        background: list[_Use] = []
        current: list[_Use] = []
        for use in case.uses:
            value = self.best_date(use)
            gap = days_between(value, self.ctx.published) if value else None
            old = value is not None and (
                (gap is not None and gap > _BACKGROUND_DAYS) or _older_year(value, self.ctx.published)
            )
            past = old and use.own and use.trip.status in ("completed", "ended", None)
            (background if past else current).append(use)
        if background and any(u.own for u in current):
            return [self.event(case, current), self.event(case, background)]
        return [self.event(case, case.uses)]

    def best_date(self, use: _Use) -> str | None:
        values = [t.value for t in use.trip.dates or use.trip.context_dates if date_value(t.value)]
        values = [v for v in (calendar_value(v) for v in values) if v]
        return min(values, key=_sort_key) if values else None

    def event(self, case: _Case, uses: list[_Use]) -> Event:
        ctx = self.ctx
        status = self.status(uses)
        date = self.date(case, uses, status)
        if status in ("arrived", "present"):
            status = self.arrived(uses, date, undated="ongoing" if status == "arrived" else "completed")
        if date is None:
            date = self.undated(uses, status)
        place = self.place_name(case, uses)
        fi = None
        for idx in sorted({u.trip.frame.sentence for u in uses}):
            s0, s1 = ctx.layer.sentences[idx]
            fi = first_in(self.text[s0:s1], [d for d in ctx.dates if s0 <= d.start < s1])
            if fi:
                break
        evidence = {ctx.layer.sentences[u.trip.frame.sentence] for u in uses}
        if len(uses) == len(case.uses):
            evidence |= case.evidence
        penalties = int(status is None) + int(date is None and status != "completed")
        return Event(
            type="visit",
            code=CODE,
            date=date,
            place=place,
            roles={
                "visitor": case.visitor.name,
                "visitor_state": case.state,
                "host_state": case.host,
                "met": list(case.met)
                if len(uses) == len(case.uses) or any(u.own for u in uses if u.trip.status != "completed")
                else [],
            },
            attributes={
                "status": status or "completed",
                "first_in": fi,
                "plover": PLOVER,
                "plover_mode": "visit",
            },
            evidence=merge_spans(evidence),
            confidence=confidence(0.85 if case.direct else 0.7, evidence=len(evidence), penalties=penalties),
        )

    def status(self, uses: list[_Use]) -> str | None:
        """The case's status: a cancellation or postponement wins, then an end, then the status
        most frames say (own frames count double, a tour frame less than a frame of one host)."""
        said = [
            (
                u.trip.status,
                0.5  # a frame naming no place ("Hu's tour") says less than one naming this host
                if not u.trip.hosts and not u.trip.here
                else 2.0
                if u.own and u.tour == 1
                else 1.5
                if u.own
                else 0.5,
            )
            for u in uses
            if u.trip.status
        ]
        if not said:
            return None
        kinds = {s for s, _ in said}
        for final in ("cancelled", "postponed"):
            if final in kinds:
                return final
        if "ended" in kinds:
            return "completed"
        weight: dict[str, float] = {}
        for s, w in said:
            weight[s] = weight.get(s, 0.0) + w
        for s in ("ongoing", "planned", "present", "arrived"):
            weight.setdefault(s, 0.0)
        if weight["ongoing"] and weight["ongoing"] >= weight["planned"] / 2:
            return "ongoing"
        if weight["present"] and weight["arrived"]:
            weight["arrived"] += weight.pop("present")
        return max(weight, key=lambda s: (weight[s], s == "arrived", s == "planned"))

    def arrived(self, uses: list[_Use], date: str | None, undated: str) -> str:
        """An arrival (or a presence) in the past: the visit goes on if it was in the last days
        (or its stated length reaches publication), else it is over; ``undated`` when no date says."""
        gap = days_between(date, self.ctx.published) if date else None
        if gap is None:
            if date is None:
                return undated
            return "ongoing" if compare_to(date, self.ctx.published) == 0 else "completed"
        length = max((_days(t.value) for u in uses for t in self.durations(u)), default=0)
        return "ongoing" if gap <= max(_ARRIVAL_DAYS, length) else "completed"

    def durations(self, use: _Use) -> list[TemporalExpression]:
        clause = use.trip.frame.clause
        s0, s1 = clause.start, clause.end
        return [d for d in self.ctx.dates if s0 <= d.start < s1 and d.type == "DURATION"]

    def date(self, case: _Case, uses: list[_Use], status: str | None) -> str | None:
        published = self.ctx.published
        want_future = status == "planned"
        status = "arrived" if status == "present" else status

        def fits(value: str) -> bool:
            when = compare_to(value, published)
            if when is None or status is None or status in ("cancelled", "postponed"):
                return True
            return when >= 0 if want_future else when <= 0

        tiers: list[list[str]] = [[], [], [], []]
        first = any(u.trip.first_leg for u in uses)

        def value(t: TemporalExpression, u: _Use | None = None) -> str:
            v = calendar_value(t.value) or ""
            if u is not None and u.tour > 1 and not first and "W" not in v:
                v = v[:7]
            return v

        for u in uses:
            tiers[0 if u.own else 2].extend(value(t, u) for t in u.trip.dates)
            tiers[1 if u.own else 2].extend(value(t, u) for t in u.trip.context_dates)
        tiers[3].extend(value(t) for t in case.met_dates)
        for values in tiers:
            good = [v for v in values if date_value(v) and fits(v)]
            if good:
                return min(good, key=_sort_key)
        return None

    def undated(self, uses: list[_Use], status: str | None) -> str | None:
        """An undated visit going on at publication: the day of publication."""
        published = self.ctx.published
        if published is None or status != "ongoing":
            return None
        return published.isoformat()

    def place_name(self, case: _Case, uses: list[_Use]) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for u in uses:
            for h in u.trip.hosts:
                if h.code != case.host:
                    continue
                name = None
                if h.place_kind == "city":
                    name = h.text[4:] if h.text.lower().startswith("the ") else h.text
                elif h.place_kind == "seat":
                    name = geo.capital_of(case.host)
                if name:
                    counts[name] += 1
                    first.setdefault(name, h.start)
            if u.trip.here and self.ctx.dateline_code == case.host and self.ctx.article.dateline:
                name = self.ctx.article.dateline.strip().title()
                counts[name] += 1
                first.setdefault(name, u.trip.frame.trigger[0])
        if not counts:
            # a city of the host where the visitor does something ("deliver a speech in Paris",
            # "attend the summit in Kuala Lumpur") in the case's sentences
            for name, pos in self.cities_of(case, uses):
                counts[name] += 1
                first.setdefault(name, pos)
        if not counts:
            return None
        return max(counts, key=lambda n: (counts[n], -first[n]))

    def cities_of(self, case: _Case, uses: list[_Use]) -> list[tuple[str, int]]:
        ctx = self.ctx
        out: list[tuple[str, int]] = []
        sentences = (
            {ctx.layer.sentence_at(s) for s, _ in case.evidence}
            if len(uses) == len(case.uses)
            else {u.trip.frame.sentence for u in uses}
        )
        for idx in sorted(sentences):
            clauses = ctx.layer.in_sentence(idx)
            mine = {c.index for c in clauses if case.visitor in ctx.persons(c.subject)}
            for clause in clauses:
                # the visitor's clauses, and those hanging from them ("X will attend the summit
                # to be held in [city]")
                if clause.index not in mine and clause.parent not in mine:
                    continue
                for a in clause.preps("in", "at"):
                    for e in ctx.places(a.phrase):
                        if e.code == case.host and e.place_kind in ("city", "seat"):
                            name = e.text[4:] if e.text.lower().startswith("the ") else e.text
                            out.append(
                                (
                                    geo.capital_of(case.host) or name if e.place_kind == "seat" else name,
                                    e.start,
                                )
                            )
        return out


def _names_gathering(phrase: Phrase | None) -> bool:
    """Is the phrase a meeting, or part of one ("the sidelines of a summit")?"""
    while phrase is not None:
        if phrase.head.lower() in _GATHERINGS:
            return True
        phrase = next((p for prep, p in phrase.preps if prep == "of"), None)
    return False


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


def _sort_key(value: str) -> tuple[int, int, int]:
    year, month, day = date_value(value) or (0, None, None)
    return year, month or 13, day or 32


def _days(value: str) -> int:
    m = regex.fullmatch(r"P(\d+)([DWMY])", value or "")
    if not m:
        return 0
    return int(m.group(1)) * {"D": 1, "W": 7, "M": 30, "Y": 365}[m.group(2)]


def _older_year(value: str, published: object) -> bool:
    parts = date_value(value)
    year = getattr(published, "year", None)
    return (
        parts is not None
        and year is not None
        and parts[0] < year - 0
        and parts[1] is None
        and parts[0] < year
    )


_INTERNATIONAL = lexicon.words("events", "international offices")
_INTERNATIONAL_ROLES = frozenset(
    ["secretary general", "secretary-general", "high representative", "commissioner"]
)
_ROLE_WORD = regex.compile(
    r" (?:"
    + "|".join(
        regex.escape(r) for r in sorted(lexicon.words("events", "official roles"), key=len, reverse=True)
    )
    + r"|\w*minister) "
)
_NON_OFFICIAL = frozenset(
    [
        "player",
        "coach",
        "athlete",
        "footballer",
        "boxer",
        "golfer",
        "candidate",
        "nominee",
        "tourist",
        "student",
        "captain",
    ]
)


def find_visits(ctx: EventContext) -> list[Event]:
    """Every visit the article describes, one event per (visitor, host state)."""
    if not any(a.kind == "person" and ctx.official(a) for a in ctx.actors):
        return []  # nobody in the article represents a state: no title, no description of one
    finder = _Finder(ctx)
    finder.scan()
    finder.meetings()
    out: list[Event] = []
    for case in sorted(finder.cases.values(), key=lambda c: c.order):
        out.extend(finder.finish(case))
    return out
