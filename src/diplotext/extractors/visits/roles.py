"""Who travels: the visitor that one trip frame names. A trip verb's visitor is the doer of its
clause; a trip noun's is its possessor, its "by" phrase or the subject of the clause it serves.
Where the trip goes is :mod:`~diplotext.extractors.visits.host_places`.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.groups import (
    delegation_leaders,
    leaders_of_states,
    named_together_before,
    names_a_pair,
    pair_named_before,
)
from diplotext.extractors.visits.guest_trips import received_guests
from diplotext.extractors.visits.tour_owner import owner_told_before
from diplotext.extractors.visits.trip_starts import began_in
from diplotext.extractors.visits.vocabulary import (
    LIGHT_VERBS,
    TRIP_NOUNS,
)
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

_PRONOUNS: Final = frozenset({("his",), ("her",), ("their",)})

__all__ = [
    "clause_visitors",
    "nominal_visitors",
    "pair_set_off",
    "verbal_visitors",
    "who_met_each_other",
]


def clause_visitors(ctx: EventContext, clause: Clause) -> tuple[list[Actor], Phrase | None]:
    teller = _story_owner(ctx, clause)
    if teller is not None:
        return teller
    subject = ctx.doers(clause)
    people = ctx.persons(subject)
    if len(people) == 1 and clause.kind == "relative":
        people = who_met_each_other(ctx, clause, people)
    if not people and subject is not None:
        people = delegation_leaders(ctx, subject, clause.sentence)
    if not people and subject is not None:
        # "A and B revived hopes for talks. The two leaders met in Santiago": the pair named last
        people = pair_named_before(ctx, subject)
    if not people and subject is not None:
        # "Leaders of Ghana and Togo met in Accra": each state's one official named next
        people = leaders_of_states(ctx, subject)
    if not people and subject is not None:
        # "The last Dutch premier to travel to Indonesia, X, went": the name set off after the clause
        apposed = [
            p
            for k, a in enumerate(clause.args)
            if a.role == "apposition"
            # set off after the subject, not after an object ("met his counterpart, Minister X,")
            and not any(b.role == "object" for b in clause.args[:k])
            for p in ctx.persons(a.phrase)
        ]
        # "The two leaders, A of Ghana and B of Kenya, met": both of the pair set off
        people = apposed if names_a_pair(subject) and len(apposed) == 2 else apposed[:1]
        if names_a_pair(subject) and len(people) < 2:
            people = pair_set_off(ctx, clause, subject) or people
    return people, subject


def pair_set_off(ctx: EventContext, clause: Clause, subject: Phrase) -> list[Actor]:
    """The two persons named between commas after "the two leaders" and before its verb ("The two
    leaders, A of Ghana and B of Kenya, met"), however the clause layer parsed the apposition."""
    pred = clause.predicate
    gap = ctx.text[subject.end : pred.start]
    if not gap.startswith(",") or not gap.rstrip().endswith(",") or len(gap) > 160:
        return []
    people = [
        e.actor
        for e in ctx.layer.entities_in(subject.end, pred.start)
        if e.kind == "person" and e.actor is not None and not e.pronoun
    ]
    unique = list(dict.fromkeys(people))
    return unique if len(unique) == 2 else []


_RECIPROCAL: Final = frozenset(["meet", "talk", "confer", "negotiate"])
_CRAFT: Final = lexicon.words("events", "craft carrying a traveller")


def who_met_each_other(ctx: EventContext, clause: Clause, people: list[Actor]) -> list[Actor]:
    """ "A and B, who met in Havana, ...": a relative with a verb of meeting and no one met
    hangs on the whole pair, not on its last name."""
    if clause.predicate.lemma not in _RECIPROCAL or any(
        a.role == "object" or (a.role == "pp" and a.prep == "with") for a in clause.args
    ):
        return people
    parent = ctx.parent(clause)
    whole = parent.subject if parent is not None and parent is not clause else None
    if whole is None or clause.subject is None or not whole.start <= clause.subject.start < whole.end:
        return people
    pair = ctx.persons(whole)
    return pair if len(pair) > 1 and people[0] in pair else people


def _story_owner(ctx: EventContext, clause: Clause) -> tuple[list[Actor], Phrase | None] | None:
    """ "X mocked Y's story of ducking gunfire while visiting Nepal": a clause that borrows its
    subject, after an object told as someone's account of doing something ("Y's story of ducking"),
    is that someone's."""
    if clause.subject_from is None or clause.kind not in ("participle", "adverbial"):
        return None
    parent = ctx.parent(clause)
    if parent is None or parent is clause:
        return None
    for a in parent.args:
        phrase = a.phrase
        owner = phrase.possessor
        if a.role != "object" or owner is None or owner.kind != "person" or owner.actor is None:
            continue
        if phrase.end <= clause.start and any(
            prep == "of" and p.words[:1] and p.words[0].endswith("ing") for prep, p in phrase.preps
        ):
            return [owner.actor], phrase
    return None


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


def verbal_visitors(ctx: EventContext, frame: Frame) -> tuple[list[Actor], Phrase | None]:
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
    people, subject = clause_visitors(ctx, clause)
    if (
        not people
        and subject is not None
        and subject.head.lower() in _CRAFT
        and subject.possessor is not None
    ):
        # "Hoel's plane has landed at Lima airport": the plane's owner arrives
        craft_owner = subject.possessor.actor
        if craft_owner is not None and craft_owner.kind == "person":
            people = [craft_owner]
    if frame.lemma == "accompany" and people:
        # "X accompanied Vice President Y to Caracas": the one accompanied makes the trip too
        obj = next((a.phrase for a in clause.args if a.role == "object"), None)
        people = [*people, *(p for p in ctx.persons(obj) if p not in people)]
    return people, subject


def nominal_visitors(ctx: EventContext, frame: Frame) -> tuple[list[Actor], Phrase | None, bool]:
    """The visitor of a trip noun: its possessor ("Wen's visit"), its "by" phrase, or the
    subject of the clause it serves ("paid a visit", "arrived for a visit", "met X on his visit").
    The flag says the visitor came from the clause, not the phrase."""
    phrase = frame.phrase
    assert phrase is not None
    clause = frame.clause
    for prep, p in frame.phrases():
        if prep in ("by", "from") or (prep == "of" and phrase.preps[:1] == ((prep, p),)):
            # "a visit by X", "a visit from X to Y" (a person: a place after "from" is where the
            # trip starts), "the expected visit of X to Y" (the "of" right after the noun)
            people = ctx.persons(p)
            if people:
                return people, p, False
    if (
        clause.kind == "participle"
        and frame.arg is not None
        and frame.arg.role == "subject"
        and frame.depth == 0
    ):
        # "will pay a two-day visit to Peru starting Monday": the trip is the light verb's object,
        # which the participle after it took for its subject
        parent = ctx.parent(clause)
        if parent is not None and parent is not clause and parent.predicate.lemma in LIGHT_VERBS:
            people, subject = clause_visitors(ctx, parent)
            if people:
                return people, subject, True
    subject_people, subject = clause_visitors(ctx, clause)
    if (
        not subject_people
        and clause.predicate.passive
        and clause.predicate.finite
        and clause.subject_from is None
        and frame.arg is not None
        and frame.arg.role == "pp"
        and ctx.persons(clause.subject)
    ):
        # "X was arrested on arrival in Y by immigration officers": with no person as its agent,
        # the trip is the passive's subject's ("brokered by X during a visit" stays X's)
        subject = clause.subject
        subject_people = ctx.persons(subject)
    if frame.arg is not None and frame.arg.role == "subject":
        subject_people = []
    if frame.lemma == "delegation" and frame.depth == 0:
        # "A Zambian delegation to India concluded ...": the delegation's leader travels
        leaders = delegation_leaders(ctx, phrase, frame.sentence)
        if leaders:
            return leaders, phrase, True
    poss = phrase.possessor
    if (poss.pronoun if poss is not None else phrase.words[:1] in _PRONOUNS) and (
        guests := received_guests(ctx, frame)
    ):
        return guests, None, True  # "X received Y on the occasion of his visit": Y's
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
    if phrase.words[:1] == ("their",):
        group = named_together_before(ctx, phrase)
        if group:
            return group, None, True  # "decisions by A and B during their meeting with C"
    subject_trip = clause.subject
    if (
        subject_trip is not None
        and subject_trip is not phrase
        and subject_trip.head.lower() in TRIP_NOUNS
        # not "the visit came amid the deadlock in talks at X": the talks of others
        and frame.depth <= 1
        and (frame.arg is None or frame.arg.after is None)
    ):
        owners = _owner(ctx, subject_trip)
        if owners:
            return owners, subject_trip, True  # "Nowak's visit, which included stops in X"
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
    if began_in(ctx, frame):
        # "... after a week-long tour of three countries. The tour began in Kinshasa": the tour
        # of the one who was told to make it
        told = owner_told_before(ctx, frame)
        if told:
            return told, None, True
    return [], None, False
