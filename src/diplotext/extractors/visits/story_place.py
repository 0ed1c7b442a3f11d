"""Where "here" is in a story without a dateline (wire copy whose dateline was lost, a feed that
strips it): the place the story was set in before, a place the same meeting is given later, the
home of the officials a traveller came to see, or the home of a meeting's host.

* *Told before*: "... at the National Assembly in Hanoi. He arrived here on Monday" (this
  sentence or the two before it).
* *Named later for the same meeting*: "X met here on Friday with his Latvian counterpart Y. Y
  said the talks in Riga were useful": a meeting noun's place in the next two sentences.
* *Those met*: "A Pakistani general arrived here on Wednesday for talks with Egypt's president"
  (or "... He went straight into talks with President X"): the one state of the officials the
  traveller came to meet, when it is not the traveller's own.
* *A meeting's host*: "Chinese Vice Premier X met here on Tuesday with Belgian Defence Minister
  Y": in "S met here with O" the subject is at home (wire copy writes "visiting" before a
  subject who is not), so O is the guest.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, MEET_VERBS
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.syntax import Arg, Clause, Entity, Phrase, place_kind, world_place

__all__ = [
    "headline_tells_a_trip",
    "headline_visit_place",
    "home_of_the_hosts",
    "place_held_later",
    "place_in_the_headline",
    "place_named_later",
    "place_told_before",
    "state_of_those_met",
    "story_setting",
    "there_before",
]

_KINDS: Final = ("city", "seat", "country")
_LOOK_AHEAD: Final = 2
_LOOK_BACK: Final = 2
_HELD: Final = lexicon.words("events", "verbs of a meeting taking place")
_MEETING_VERBS: Final = MEET_VERBS
_EVENTS_ELSEWHERE: Final = lexicon.words("events", "disaster nouns") | lexicon.words(
    "events", "offence nouns"
)
_TIME_PREPOSITIONS: Final = lexicon.words("events", "prepositions dating a clause by a meeting")
_TITLE_WORD = lazy(r"\b\p{Lu}[\p{L}\-']*")


def place_told_before(ctx: EventContext, sentence: int, before: int, skip: set[str | None]) -> Entity | None:
    """The last place the story was set in ("in X", "at X" of any clause) in this sentence before
    ``before`` or the two sentences before it, of no state in ``skip``."""
    layer = ctx.layer
    for i in range(sentence, max(-1, sentence - _LOOK_BACK - 1), -1):
        found: Entity | None = None
        if not _names_a_place(ctx, i, _KINDS):
            continue  # no place of these kinds among its entities: none in its phrases
        for clause in layer.in_sentence(i):
            if i == sentence and clause.start > before:
                continue
            for a in clause.preps("in", "at"):
                if _where_an_event_was(clause, a):
                    continue  # "for the victims of an earthquake in X": where that happened
                for e in ctx.places(a.phrase):
                    if e.code not in skip and e.place_kind in _KINDS:
                        found = e
                for _, inner in a.phrase.preps:
                    for e in ctx.places(inner):
                        if e.code not in skip and e.place_kind in _KINDS:
                            found = e
        if found is not None:
            return found
    return None


def there_before(ctx: EventContext, sentence: int, before: int, skip: set[str | None]) -> list[Entity]:
    """The place "there" stands for after a trip noun ("flew in from Laos after ending a
    three-day visit there"): the last place named before ``before`` in this sentence, else in the
    one before it, of no state in ``skip``."""
    layer = ctx.layer
    for i in (sentence, sentence - 1):
        if i < 0:
            break
        start, end = layer.sentences[i]
        found = [
            e
            for e in layer.entities_in(start, min(end, before))
            if e.code and e.code not in skip and e.kind in ("state", "place") and e.place_kind in _KINDS
        ]
        if found:
            return found[-1:]
    return []


def place_in_the_headline(ctx: EventContext, skip: set[str | None]) -> list[Entity]:
    """The one place the headline names ("X arrives in Amman"), for "arrived here" in a story's
    opening sentences when there is no dateline."""
    article = ctx.article
    if not article.title or article.title_span is None:
        return []
    start = article.title_span[0]
    found: list[Entity] = []
    countries: list[Entity] = []
    words = list(_TITLE_WORD.finditer(article.title, None, None, False, KEEP_GIL))
    k = 0
    while k < len(words):
        for width in (2, 1):  # "New Delhi", then "Delhi"
            if k + width > len(words):
                continue
            a, b = words[k].start(), words[k + width - 1].end()
            got = place_kind(article.title[a:b])
            if got is None:  # "... Arrives In Nakuru": a world city after "in" or "to"
                world = world_place(article.title, a, article.title[a:b])
                got = (world.code, "city") if world is not None and world.code else None
            if got is None or got[0] in skip:
                continue
            entity = Entity(
                start=start + a,
                end=start + b,
                kind="state" if got[1] == "country" else "place",
                text=article.title[a:b],
                code=got[0],
                place_kind=got[1],
            )
            if got[1] == "country":
                countries.append(entity)  # "Party delegation tours Laos": when the headline names no city
            if got[1] in ("city", "seat"):
                found.append(entity)
                k += width - 1
                break
        k += 1
    if not found and len({e.code for e in countries}) == 1:
        return countries[:1]
    return found if len({e.code for e in found}) == 1 else []


def story_setting(ctx: EventContext, skip: set[str | None]) -> Entity | None:
    """The place a story without a dateline is set in, by its headline and lead sentence: the
    places they name ("Riots in Argentina as summit opens" / "... in the beach city of X and the
    capital Y on Friday") are all of one state, not one in ``skip``; its first city (else the
    state) stands for "here" anywhere in the story."""
    article = ctx.article
    layer = ctx.layer
    title_end = article.title_span[1] if article.title and article.title_span is not None else 0
    lead = next((i for i, (s, _) in enumerate(layer.sentences) if s >= title_end), None)
    if lead is None:
        return None
    end = layer.sentences[lead][1]
    found = [
        e
        for e in layer.entities_in(0, end)
        if e.code and e.kind in ("place", "state") and (e.place_kind in _KINDS or e.kind == "state")
    ]
    codes = {e.code for e in found}
    if len(codes) != 1 or codes & skip:
        return None
    return next((e for e in found if e.place_kind in ("city", "seat")), found[0])


def _meeting_noun_places(ctx: EventContext, phrase: Phrase) -> list[Entity]:
    if phrase.head.lower() not in MEET_NOUNS:
        return []
    return [
        e
        for prep, inner in phrase.preps
        if prep in ("in", "at")
        for e in ctx.places(inner)
        if e.place_kind in _KINDS
    ]


def _where_an_event_was(clause: Clause, arg: Arg) -> bool:
    """Is the "in"/"at" phrase chained after a phrase naming an event that happened elsewhere ("the
    victims of an earthquake [in X]", "a bombing [in X]"), or talks the clause only speaks of
    ("welcomed the resumption of talks [in X]")?"""
    if arg.after is None:
        return False
    before = clause.args[arg.after].phrase
    heads = {before.head.lower(), *(q.head.lower() for prep, q in before.preps if prep == "of")}
    if heads & _EVENTS_ELSEWHERE:
        return True
    # "welcomed the resumption of talks in Beijing": talks spoken of, not held by the clause; not
    # "agreed ... after talks in Canberra": talks a time phrase dates the clause by were held
    lemma = clause.predicate.lemma
    return (
        bool(heads & MEET_NOUNS)
        and lemma not in _MEETING_VERBS
        and lemma not in _HELD
        and lemma != "attend"
        and clause.args[arg.after].prep not in _TIME_PREPOSITIONS
    )


def place_named_later(ctx: EventContext, sentence: int) -> Entity | None:
    """A place a meeting noun is given in the next two sentences ("the talks in Riga", "after the
    meeting in Warsaw"): the same meeting told again."""
    layer = ctx.layer
    last = min(len(layer.sentences), sentence + _LOOK_AHEAD + 1)
    for i in range(sentence + 1, last):
        if not ctx.layer.may_hold(i, MEET_NOUNS):
            continue  # no subject headed by a meeting noun
        for clause in layer.in_sentence(i):
            for a in clause.args:
                found = _meeting_noun_places(ctx, a.phrase)
                if not found and a.role == "pp" and a.prep in ("in", "at"):
                    # "after the meeting in Warsaw": the place chained right after the noun's phrase
                    before = clause.args[a.after] if a.after is not None else None
                    if before is not None and before.phrase.head.lower() in MEET_NOUNS:
                        found = [e for e in ctx.places(a.phrase) if e.place_kind in _KINDS]
                if found:
                    return found[0]
    return None


def place_held_later(ctx: EventContext, sentence: int) -> Entity | None:
    """The place the next two sentences say the meeting took place in ("The meeting took place on
    the sidelines of a forum in Busan", "The talks were held in Vienna")."""
    layer = ctx.layer
    last = min(len(layer.sentences), sentence + _LOOK_AHEAD + 1)
    for i in range(sentence + 1, last):
        if not (layer.may_hold(i, MEET_NOUNS) and _names_a_place(ctx, i, _KINDS)):
            continue  # no subject headed by a meeting noun, or no place for it to be held in
        for clause in layer.in_sentence(i):
            subject = clause.subject
            if subject is None or not _held_there(clause, subject):
                continue
            for b in clause.args:
                if b.role == "pp" and b.prep in ("in", "at", "on"):
                    found = _nested_places(ctx, b.phrase)
                    if found:
                        return found[0]
    return None


def _names_a_place(ctx: EventContext, sentence: int, kinds: tuple[str, ...]) -> bool:
    """Does the sentence name a place of one of ``kinds`` (``place_kind``)? A phrase's places are
    entities of its sentence: where none is of these kinds, no phrase of it gives one (and the
    sentence's places are read all the same, as its parse would read them)."""
    return any(e.place_kind in kinds for e in ctx.layer.entities_in(*ctx.layer.sentences[sentence]))


def _held_there(clause: Clause, subject: Phrase) -> bool:
    """Is the clause a definite meeting noun taking place ("The talks took place", "the meeting was
    held")?"""
    return (
        subject.head.lower() in MEET_NOUNS
        and subject.words[:1] in (("the",), ("their",), ("that",))
        and clause.predicate.lemma in _HELD
        and not clause.predicate.negated
        and (
            clause.predicate.lemma != "take"
            or any(a.role == "object" and a.phrase.head.lower() == "place" for a in clause.args)
        )
    )


def _nested_places(ctx: EventContext, phrase: Phrase) -> list[Entity]:
    """The places of a phrase and of the phrases chained in it ("on the sidelines of a forum in X")."""
    found = [e for e in ctx.places(phrase) if e.place_kind in _KINDS]
    for _, inner in phrase.preps:
        if not found:
            found = _nested_places(ctx, inner)
    return found


def _met_phrases(clause: Clause) -> list[Phrase]:
    """The phrases a clause says were met ("for talks with X", "met X", "talks with X")."""
    phrases: list[Phrase] = []
    for a in clause.args:
        if a.role == "object" and clause.predicate.lemma in _MEETING_VERBS:
            phrases.append(a.phrase)
        if (
            a.role == "pp"
            and a.prep == "with"
            and (clause.predicate.lemma in _MEETING_VERBS or _after_meeting_noun(clause, a))
        ):
            phrases.append(a.phrase)
        if a.phrase.head.lower() in MEET_NOUNS:
            phrases.extend(inner for prep, inner in a.phrase.preps if prep == "with")
    return phrases


def _met_in(ctx: EventContext, clause: Clause, travellers: set[str]) -> list[Actor]:
    """The officials a clause says were met ("for talks with X", "met X", "talks with X")."""
    return [
        q for p in _met_phrases(clause) for q in ctx.persons(p) if q.id not in travellers and ctx.official(q)
    ]


def _states_met_in(ctx: EventContext, clause: Clause) -> set[str]:
    """The countries a clause says were met ("arrived here for talks with Egypt")."""
    return {
        e.code
        for p in _met_phrases(clause)
        if not p.possessors
        for e in ctx.places(p)
        if e.code and e.place_kind == "country" and e.start == p.head_span[0]
    }


def _after_meeting_noun(clause: Clause, arg: object) -> bool:
    """Does the "with" phrase hang on a meeting noun, maybe past one "on" phrase ("for talks on
    military cooperation with Egypt")?"""
    after = getattr(arg, "after", None)
    for _ in range(2):
        if after is None:
            return False
        before = clause.args[after]
        if before.phrase.head.lower() in MEET_NOUNS:
            return True
        if before.prep != "on":
            return False
        after = before.after
    return False


def state_of_those_met(ctx: EventContext, frame: Frame, visitors: tuple[Actor, ...]) -> str | None:
    """The one state of the officials the traveller meets, in the trip's clause or (with the
    traveller its subject) in the next sentence; ``None`` when none, several, or the traveller's."""
    travellers = {v.id for v in visitors}
    own = {ctx.state_of(v) for v in visitors}
    met = _met_in(ctx, frame.clause, travellers)
    if not met and frame.sentence + 1 < len(ctx.layer.sentences):
        for clause in ctx.layer.in_sentence(frame.sentence + 1):
            subject = clause.subject
            if subject is not None and {p.id for p in ctx.persons(subject)} & travellers:
                met.extend(_met_in(ctx, clause, travellers))
    named = _states_met_in(ctx, frame.clause)
    states = {ctx.state_of(p) for p in met} | named
    if named:
        states.discard(None)  # "for talks with Egypt ... talks with President X": X is of it
    if len(states) != 1 or None in states or states & own:
        return None
    return next(iter(states))


def home_of_the_hosts(ctx: EventContext, frame: Frame, subjects: list[Actor]) -> Entity | None:
    """ "S met here with O": the one state every subject is an official of, when the story says
    nothing of where "here" is, the meeting has taken place and those met are officials of
    another state."""
    pred = frame.clause.predicate
    if pred.tense != "past" or pred.modal is not None or pred.negated:
        return None  # "will hold talks with X here": the subject may be the one who comes
    if not subjects or not all(ctx.official(p) for p in subjects):
        return None
    states = {ctx.state_of(p) for p in subjects}
    if len(states) != 1 or None in states:
        return None
    (state,) = states
    met = [
        p
        for prep, phrase in frame.phrases()
        if prep in ("object", "with")
        for p in ctx.persons(phrase)
        if ctx.official(p) and ctx.state_of(p) not in (None, state)
    ]
    if not met:
        return None
    return Entity(start=0, end=0, kind="place", text="here", code=state, place_kind="country")


_HEADLINE_TRIP = lazy(r"\b(?:visits?|visiting|arrives?|arriving|in|tours?|trip|heads?)\b", regex.IGNORECASE)


def headline_tells_a_trip(ctx: EventContext) -> bool:
    """Does the headline tell of a trip to the one city it names ("FM visits Tehran")?"""
    title = ctx.article.title or ""
    return (
        bool(title)
        and _HEADLINE_TRIP.search(title, None, None, KEEP_GIL) is not None
        and len(place_in_the_headline(ctx, set())) == 1
    )


def headline_visit_place(ctx: EventContext, frame: Frame) -> list[Entity]:
    """The one city the headline names when it tells of a trip ("FM visits Tehran") and the
    officials met in the frame are of that city's state."""
    if not headline_tells_a_trip(ctx):
        return []
    found = place_in_the_headline(ctx, set())
    if len(found) != 1:
        return []
    met = [
        p
        for prep, phrase in frame.phrases()
        if prep in ("object", "with")
        for p in ctx.persons(phrase)
        if ctx.official(p)
    ]
    if not met or any(ctx.state_of(p) != found[0].code for p in met):
        return []
    return found


_HEADLINE_TRIP_NOUN = lazy(r"\b(?:visit|visits|trip|tour)\b", regex.IGNORECASE)


def country_of_a_headline_trip(ctx: EventContext) -> str | None:
    """The one country a headline that speaks of a visit names ("Patriarch hopes pope's visit will
    unite Lebanon"), for a visit the story tells with no place of its own and no dateline."""
    title = ctx.article.title or ""
    span = ctx.article.title_span
    if not title or span is None or _HEADLINE_TRIP_NOUN.search(title, None, None, KEEP_GIL) is None:
        return None
    words = [m.group() for m in _TITLE_WORD.finditer(title, None, None, False, KEEP_GIL)]
    codes: set[str] = set()
    for k in range(len(words)):
        for width in (2, 1):  # "South Africa", then "Lebanon"
            got = place_kind(" ".join(words[k : k + width])) if k + width <= len(words) else None
            if got is not None and got[1] == "country":
                codes.add(got[0])
                break
    return codes.pop() if len(codes) == 1 else None
