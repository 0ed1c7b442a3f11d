"""Where a trip goes: the hosts (and the places left) that one trip frame names. The hosts are
the places the trip word governs, in the order of prepositions the lexicon gives each word; a
place may also be told by apposition ("Hue, the old capital"), by a described town or by the
phrases that modify a trip noun ("the Paris visit").
"""

from __future__ import annotations

import itertools
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.eventpeople import STATE_KINDS
from diplotext.extractors.visits.back_from import LEFT_BEHIND
from diplotext.extractors.visits.trip_starts import began_in
from diplotext.extractors.visits.vocabulary import (
    LIGHT_VERBS,
    MEET_NOUNS,
    PRIVATE_PURPOSES,
    ROUTE_MODES,
    TRIP_NOUNS,
)
from diplotext.lexicon import NUMBER_WORDS
from diplotext.patterns import lazy
from diplotext.syntax import Entity, Phrase

__all__ = [
    "apposed_city",
    "by_route",
    "described_place",
    "hosts_and_origins",
    "nominal_hosts",
    "where_place",
]

_LEGS: Final = lexicon.words("events", "nouns for one place of a trip")
"""Nouns for one place of a trip ("the last leg of his tour")."""

_PLACE_NOUNS: Final = lexicon.words("events", "place nouns")
_AIRPORTS: Final = lexicon.words("events", "airport nouns")
"""Head nouns of a phrase that names a place by what it is ("the Bosnian capital", "the country")."""
_ANAPHORA_SENTENCES: Final = 2
_APPOSED_PLACE: Final = lazy(
    r",\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,3}(?:"
    + lexicon.alternation("events", "settlement nouns in an apposition")
    + r")\s+"
    r"(?:in|on|of)\s+[^,;.()]{2,60}"
)
"""", a scenic city in China's Hainan province": what follows a name no gazetteer knows."""
_COMMA_STATE: Final = lazy(
    r",\s+(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})(?=\s*,\s*(?!\p{Lu})|\s*[.;)]|\s*\Z)"
)
"""", China," or ", Ohio," right after a name no gazetteer knows: the state (or province) it is in."""


def apposed_city(ctx: EventContext, phrase: Phrase) -> list[Entity]:
    """A name no gazetteer knows, described right after it as a city or town of a state ("Kelbar,
    a port town in southern Norway"): that city, in that state."""
    name = ctx.text[phrase.start : phrase.end]
    if not name[:1].isupper() or phrase.entities or " " in name.strip():
        return []
    m = _APPOSED_PLACE.match(ctx.text, phrase.end)
    if m is None:
        m = _COMMA_STATE.match(ctx.text, phrase.end)  # "in Sanya, China, on Monday"
        if m is None or geo.subdivision_countries(name):
            return []  # not a list of names, nor a province ("Pennsylvania, Georgia, Florida")
        region = geo.subdivision_countries(m.group("name"))  # "in Dayton, Ohio,"
        found = [
            e for e in ctx.layer.entities_in(m.start("name"), m.end("name")) if e.kind == "state" and e.code
        ]
        codes = {e.code for e in found if (e.start, e.end) == m.span("name")} or set(region)
        if len(codes) != 1:
            return []
        code = codes.pop()
        return [
            Entity(start=phrase.start, end=phrase.end, kind="place", text=name, code=code, place_kind="city")
        ]
    states = [e for e in ctx.layer.entities_in(m.start(), m.end()) if e.kind in STATE_KINDS and e.code]
    if len(states) != 1:
        return []
    return [
        Entity(
            start=phrase.start,
            end=phrase.end,
            kind="place",
            text=name,
            code=states[0].code,
            place_kind="city",
        )
    ]


def _standing_for(phrase: Phrase, state: Entity) -> Entity:
    """The state ``state`` names, as the unit of the whole ``phrase`` that describes a place in it;
    "the Bosnian capital" is that state's capital city."""
    capital = geo.capital_of(state.code) if phrase.head == "capital" and state.code else None
    if capital:
        return Entity(
            start=phrase.start, end=phrase.end, kind="place", text=capital, code=state.code, place_kind="city"
        )
    return Entity(
        start=phrase.start,
        end=phrase.end,
        kind="state",
        text=state.text,
        code=state.code,
        place_kind="country",
    )


_NAME: Final = regex.compile(r"\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2}")
_SETTLEMENTS: Final = lexicon.words("events", "settlement nouns")


def _unlisted_town(ctx: EventContext, phrase: Phrase, prep: str, inner: Phrase) -> Entity | None:
    """ "the southern Albanian town of X" where no gazetteer knows X: a city of the demonym's
    state, named X."""
    if prep != "of" or inner.entities or phrase.head not in _SETTLEMENTS:
        return None
    name = ctx.text[inner.start : inner.end]
    state = next((e for e in reversed(phrase.entities) if e.kind in STATE_KINDS and e.code), None)
    if state is None or _NAME.fullmatch(name) is None:
        return None
    return Entity(
        start=inner.start, end=inner.end, kind="place", text=name, code=state.code, place_kind="city"
    )


def described_place(ctx: EventContext, phrase: Phrase, frame: Frame) -> list[Entity]:
    """A place named by a description: the state a demonym or possessive gives it ("the Bosnian
    capital", "China's Hainan province"), or for "the country" the last state named before it
    in the sentence or the two before, other than the traveller's own."""
    if phrase.head not in _PLACE_NOUNS:
        return []
    for prep, inner in phrase.preps[:1]:
        # "the southern Albanian town of X", "China's port city of X": the city the phrase names
        cities = [e for e in ctx.places(inner) if e.place_kind == "city"] if prep == "of" else []
        if cities:
            return cities
        unknown = _unlisted_town(ctx, phrase, prep, inner)
        if unknown is not None:
            return [unknown]
    for e in reversed(phrase.entities):
        if e.kind in STATE_KINDS and e.code:
            return [_standing_for(phrase, e)]
    for prep, inner in phrase.preps:
        if prep == "of":
            return ctx.places(inner)  # "the Arab country of X", "the city of X"
    if phrase.head not in ("country", "nation") or phrase.words[:1] != ("the",) or phrase.preps:
        return []
    layer = ctx.layer
    first = max(0, frame.sentence - _ANAPHORA_SENTENCES)
    before = layer.entities_in(layer.sentences[first][0], phrase.start)
    own = {ctx.state_of(a) for a in ctx.persons(ctx.doers(frame.clause))}
    subject = frame.clause.subject
    for e in reversed(before):
        inside = subject is not None and subject.start <= e.start < subject.end
        if e.kind in STATE_KINDS and e.code and e.code not in own and not inside:
            return [_standing_for(phrase, e)]
    return []


def _host_entities(ctx: EventContext, prep: str, phrase: Phrase, frame: Frame) -> list[Entity]:
    """The places a phrase after a trip word names: its states and places (a list gives
    several), a place named by a description ("the Bosnian capital", "the country"); a person
    object stands for the person's state ("visited President X")."""
    places = ctx.places(phrase) or described_place(ctx, phrase, frame) or apposed_city(ctx, phrase)
    if places:
        return places
    if prep in ("at", "in") and phrase.head.lower() in _AIRPORTS:
        # "landed at Lima airport": the city naming the airport is where the traveller is
        cities = [e for e in phrase.entities if e.kind == "place" and e.place_kind == "city" and e.code]
        if len(cities) == 1:
            return cities
    poss = phrase.possessor
    if prep == "object" and poss is not None and poss.kind in STATE_KINDS and poss.code:
        # "visited Kenya's biggest slum", "toured China's oldest port": a site in that state
        return [Entity(start=phrase.start, end=phrase.end, kind="state", text=poss.text, code=poss.code)]
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
    topic = False  # past "for talks on ...": a place after it is the topic's ("the war in Gaza")
    talks = False  # "for talks with his counterpart on ... troops to Russia": past the talks' partner too
    # "flew back to Lima from (after) a visit [to Chile]": where the traveller comes from
    trip_from = False
    for a in args:
        if a.role == "object":
            out.append(("object", a.phrase))
            trip_from = False
        elif a.role == "pp" and trip_from and a.prep in _TRIP_OWN_PREPS:
            out.append(("from", a.phrase))
        elif a.role in ("pp", "agent") and a.prep:
            trip_from = a.prep in LEFT_BEHIND and a.phrase.head.lower() in TRIP_NOUNS
            topic = topic or (a.prep in _TOPIC_PREPS and talks)
            talks = talks or (a.phrase.head.lower() in MEET_NOUNS and a.prep == "for")
            if topic and a.prep in ("in", "at", "to"):
                continue
            head = a
            while head.after is not None and args[head.after].role in ("pp", "agent"):
                head = args[head.after]
            out.append(("from" if head.prep == "from" else a.prep, a.phrase))
    return out


_TOPIC_PREPS: Final = lexicon.words("events", "topic prepositions")
_TRIP_OWN_PREPS: Final = lexicon.words("events", "prepositions of a trip noun's own phrases")


def hosts_and_origins(
    ctx: EventContext, frame: Frame, preps: tuple[str, ...]
) -> tuple[list[Entity], list[Entity]]:
    """``(hosts, origins)`` of a frame from its phrases, in the lemma's order of prepositions."""
    phrases = _verb_phrases(frame)
    # "arrived in Addis Ababa after two days in Djibouti": a stay before, not a host of this trip
    before = [
        p
        for prep, p in phrases
        if prep == "in" and _STAY_BEFORE.search(ctx.text, max(0, p.start - 40), p.start)
    ]
    phrases = [(prep, p) for prep, p in phrases if p not in before]
    hosts: list[Entity] = []
    for want in preps:
        for prep, p in phrases:
            if prep == want:
                hosts.extend(_host_entities(ctx, prep, p, frame))
        if hosts:
            break
    if not hosts and frame.phrase is None:
        hosts = where_place(ctx, frame)
    if not hosts and frame.phrase is None and ("for" in preps or "to" in preps):
        # "left here for the APEC Leaders' Meeting in Hanoi": the city of the gathering gone to
        hosts = [
            e
            for (prep, p), (nxt, q) in itertools.pairwise(phrases)
            if prep in ("for", "to") and prep in preps and nxt == "in" and not ctx.places(p)
            for e in _host_entities(ctx, nxt, q, frame)
            if e.place_kind in ("city", "seat")
        ]
    if hosts and frame.phrase is None:
        # "In addition to Hanoi, X will visit Hue and Da Nang": Hanoi first, the main stop
        besides = [
            e
            for (prep, p), (nxt, q) in itertools.pairwise(phrases)
            if prep == "in" and p.head.lower() == "addition" and nxt == "to"
            for e in _host_entities(ctx, nxt, q, frame)
        ]
        hosts = besides + [h for h in hosts if h not in besides]
    origins: list[Entity] = [e for p in before for e in ctx.places(p)]
    private = False
    for prep, p in phrases:
        if prep == "from" or (prep == "object" and frame.lemma in ("leave", "depart")):
            if p.head.lower() in PRIVATE_PURPOSES:
                private = True  # "flew from a holiday in X": no visit there
            if not private:
                origins.extend(ctx.places(p))
    return hosts, origins


def where_place(ctx: EventContext, frame: Frame) -> list[Entity]:
    """ "spoke by telephone from Nairobi, where he is leading a delegation": a "where" clause with
    no place of its own is in the place its parent's phrase names just before it."""
    clause = frame.clause
    if clause.marker != "where":
        return []
    parent = ctx.parent(clause)
    if parent is None:
        return []
    for a in parent.args:
        gap = ctx.text[a.phrase.end : clause.start]
        if 0 <= len(gap) <= 3 and not gap.strip(" \t,"):
            return [e for e in ctx.places(a.phrase) if e.place_kind != "demonym"]
    return []


_STAY_BEFORE: Final = lazy(
    r"\b(?:after|following)[ \t]+(?:(?:the|several|few|\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")[ \t]+)?(?:\w+-)?(?:days?|nights?|weeks?)[ \t]+in[ \t]+$",
    regex.IGNORECASE,
)
"""Words that make the place after them one stayed in before the trip ("after two days in X")."""


def by_route(frame: Frame) -> bool:
    """Does the trip name its way ("by train", "by road")? Then a place it comes "from" is passed
    through, not stayed in."""
    return any(prep == "by" and p.head.lower() in ROUTE_MODES for prep, p in _verb_phrases(frame))


def _modifying_places(phrase: Phrase) -> list[Entity]:
    """The countries and cities that modify a trip noun ("her China visit", "a Washington trip"),
    not its possessor; a demonym there is ambiguous ("the Chinese visit": by or to) and names none."""
    head = phrase.head_span[0]
    return [
        e
        for e in phrase.entities
        if e.end <= head
        and e is not phrase.possessor
        and e.kind in STATE_KINDS
        and e.code
        and (e.place_kind in ("country", "city", "seat") or e.kind == "place")
    ]


def nominal_hosts(ctx: EventContext, frame: Frame) -> list[Entity]:
    phrase = frame.phrase
    assert phrase is not None
    hosts, _ = hosts_and_origins(ctx, frame, TRIP_NOUNS.get(frame.lemma, ("to", "in")))
    if hosts:
        return hosts
    # "X is the last leg of Y's tour", "the first stop of the tour will be X"
    clause = frame.clause
    for outer in frame.outer:
        if outer.head.lower() in _LEGS:
            # "the German leg of his tour": the leg's demonym names the host
            got = [e for e in outer.entities if e.kind in STATE_KINDS and e.code]
            if got:
                return got[-1:]
    if clause.predicate.lemma == "be" and frame.arg is not None and frame.depth <= 1:
        core = [a for a in clause.args if a.role in ("object", "subject")]
        leg = next((a for a in core if a.phrase.head.lower() in _LEGS), None)
        if leg is not None and (leg is frame.arg or frame.arg.role == "pp"):
            for a in core:
                got = ctx.places(a.phrase) if a is not leg else []
                if got:
                    return got
    # "his China visit", "a three-nation Africa tour": a place in the phrase itself
    inside = [e for e in ctx.places(phrase) if phrase.possessor is None or e is not phrase.possessor]
    inside = [e for e in inside if e.place_kind in ("country", "city", "seat") or e.kind == "place"]
    if not inside:
        inside = _modifying_places(phrase)
    if inside:
        return inside
    # "China has cancelled a visit by X", "Kenya postponed the trip of X": a state that calls off
    # or puts off a visit it was to receive
    if (
        frame.arg is not None
        and frame.arg.role == "object"
        and frame.depth == 0
        and LIGHT_VERBS.get(clause.predicate.lemma) in ("cancelled", "postponed")
        and any(p in {"by", "of"} for p, _ in frame.phrases())
    ):
        got = [
            e
            for e in ctx.places(clause.subject)
            if e.place_kind in ("country", "seat") or (e.code and geo.capital_of(e.code) == e.text)
        ]
        if len(got) == 1 and len(clause.subject.words if clause.subject else ()) <= 2:
            return got
    started = began_in(ctx, frame)  # "The visit began in Ottawa on Thursday"
    if started:
        return started
    # "is in Tokyo for a visit", "arrived in Lima for a state visit": the clause's place
    if frame.arg is not None and frame.arg.role == "pp" and frame.depth == 0:
        for a in frame.clause.args:
            if a.role == "pp" and a.prep in ("in", "at", "to") and a is not frame.arg:
                got = ctx.places(a.phrase)
                if got:
                    return got
    return []
