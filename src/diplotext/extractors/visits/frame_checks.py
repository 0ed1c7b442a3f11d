"""Small tests on a trip frame and its clause, shared by the frame readers: a private trip, a trip
placed against another event ("follows talks"), a tour ended at a named stop, a person's time at
large, a group led abroad."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.vocabulary import PRIVATE_PURPOSES
from diplotext.patterns import lazy
from diplotext.syntax import Clause
from diplotext.syntax import words as W

__all__ = [
    "LEADING",
    "LED_GROUPS",
    "SEQUENCE_PREPS",
    "TOURS",
    "ends_a_tour_at",
    "in_sequence",
    "ones_time",
    "private",
    "went_ahead_with",
    "wished",
]

TOURS: Final = frozenset(["tour", "tours"])
LEADING: Final = frozenset(["lead", "head"])
LED_GROUPS: Final = lexicon.words("events", "led groups")
_SEQUENCE_VERBS: Final = lexicon.words("grammar", "verbs of sequence")
SEQUENCE_PREPS: Final = frozenset(["after", "before", "ahead of"])


def private(frame: Frame) -> bool:
    """ "went to Paris for medical treatment", "on holiday in X", "spent a private holiday in X", "a
    private visit to X": a private trip."""
    if frame.phrase is not None and "private" in frame.phrase.words:
        return True
    for prep, p in frame.phrases():
        if prep in ("for", "on", "object") and (
            p.head.lower() in PRIVATE_PURPOSES or set(p.words) & {"medical", "holiday", "vacation", "private"}
        ):
            return True
    return False


def in_sequence(clause: Clause) -> bool:
    """Does the clause place its subject's event against another ("follows talks", "came ahead of
    talks", "comes a week after talks")?"""
    pred = clause.predicate
    return pred.lemma in _SEQUENCE_VERBS or (
        pred.lemma == "come" and any(a.prep in SEQUENCE_PREPS for a in clause.args if a.role == "pp")
    )


def ends_a_tour_at(ctx: EventContext, clause: Clause) -> bool:
    """ "wrapped up a tour of Asia in Hanoi": a tour ended at a place named with "in"/"at"."""
    return any(a.role == "object" and a.phrase.head.lower() in TOURS for a in clause.args) and any(
        ctx.places(a.phrase) for a in clause.preps("in", "at")
    )


def ones_time(clause: Clause) -> bool:
    """Is the object of "spend" a person's time at large ("his time", "most of her time"), not a
    stretch of it ("two days")?"""
    for a in clause.args:
        if a.role == "object" or (a.role == "pp" and a.prep == "of"):  # "most of his time"
            words = a.phrase.words
            if words and words[-1] == "time" and any(w in W.POSSESSIVES for w in words):
                return True
    return False


_WISHING: Final = lexicon.words("events", "wishing verbs")
_SOME_DAY: Final = lexicon.words("events", "some day words")
# "would like to", "'d love to", "would very much like to" right before the trip's verb
_WOULD_LIKE: Final = lazy(
    r"(?:\bwould|['’]d)[ \t]+(?:(?:really|very[ \t]+much|dearly)[ \t]+)?(?:like|love)[ \t]+(?:to[ \t]+)?$",
    regex.IGNORECASE,
)


def wished(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip only wished for ("dreams of visiting Brazil", "hoped one day to visit X", "hopes
    to visit X": no day named)? A hope with a day ("hopes to visit X next month") is a plan. "Would
    like/love to visit X" is a hope too (twenty-fourth session, helper visits37)."""
    if clause.kind == "infinitive" and _WOULD_LIKE.search(
        ctx.text, max(0, clause.predicate.start - 40), clause.predicate.start
    ):
        told = ctx.text[clause.start : clause.end].lower()
        return bool(set(told.split()) & _SOME_DAY) or "one day" in told or not clause.times
    if "wish" in clause.predicate.chain:
        # "hopes to visit Tehran one day": the hope chained to the trip's own verb
        told = ctx.text[clause.start : clause.end].lower()
        return bool(set(told.split()) & _SOME_DAY) or "one day" in told or not clause.times
    parent = ctx.parent(clause)
    if parent is None or parent is clause or parent.predicate.lemma not in _WISHING:
        return False
    if parent.predicate.lemma != "hope":
        return True
    words = set(ctx.text[parent.start : clause.end].lower().split())
    return (
        bool(words & _SOME_DAY)
        or "one day" in ctx.text[parent.start : clause.end].lower()
        or not (clause.times or parent.times)
    )


def relatives_on(ctx: EventContext, frame: Frame, lemmas: frozenset[str]) -> list[Clause]:
    """The relative clauses, with one of ``lemmas`` for verb and not negated, whose subject is the
    trip noun's own phrase ("a visit that began on Sunday", "the summit, which opened in X"); none
    for a frame nested in another phrase."""
    phrase = frame.phrase
    if phrase is None or frame.depth != 0:
        return []
    return [
        c
        for c in ctx.layer.in_sentence(frame.sentence)
        if c.kind == "relative"
        and c.subject is not None
        and c.subject.start == phrase.start
        and c.predicate.lemma in lemmas
        and not c.predicate.negated
    ]


_AHEAD: Final = regex.compile(r"[ \t]+ahead[ \t]+with\b", regex.IGNORECASE)


def went_ahead_with(ctx: EventContext, frame: Frame) -> bool:
    """Is the trip noun what its clause's subject "went ahead with" ("pressed ahead with")?"""
    arg = frame.arg
    pred = frame.clause.predicate
    return (
        arg is not None
        and arg.role == "pp"
        and arg.prep == "with"
        and frame.depth == 0
        and pred.lemma in ("go", "press", "push")
        and not pred.negated
        and _AHEAD.match(ctx.text, pred.end) is not None
    )
