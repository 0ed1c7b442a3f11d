"""Where and when a trip began, told of the trip noun itself: "The visit began in Ottawa on
Thursday", "During his stay, which began in Wellington on 27 February, ...". The city of the
starting clause is the trip's place (its first stop, not a side trip told later), and a stay noun
whose relative clause tells its beginning is worth reading even with no capitalised word after it."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.frame_checks import relatives_on
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause, Entity

__all__ = [
    "began_in",
    "for_phrase_start",
    "relative_start",
    "start_times",
    "starting_participle",
    "starting_relative",
]

_STARTING: Final = lexicon.words("events", "verbs a trip begins by")
_FOR_BEFORE: Final = regex.compile(r"\bfor[ \t]+$", regex.IGNORECASE)


def _after_for(ctx: EventContext, pos: int) -> bool:
    """Does "for" stand right before ``pos`` ("will travel to Kenya for [a visit] starting ...",
    where the clause layer left the phrase out of the clause's arguments)?"""
    return _FOR_BEFORE.search(ctx.text, max(0, pos - 8), pos) is not None


def relative_start(trip_words: str) -> regex.Pattern[str]:
    """A trip word (of the alternation ``trip_words``) followed by a relative clause telling its
    beginning: "his stay, which began", "a visit that started"."""
    return regex.compile(
        r"\b(?i:"
        + trip_words
        + r")\b,?[ \t]+(?i:which|that)[ \t]+(?i:"
        + lexicon.alternation("events", "past forms a trip begins by", r"[ \t]+")
        + r")\b"
    )


def began_in(ctx: EventContext, frame: Frame) -> list[Entity]:
    """The places of the "in"/"at" phrases of a starting clause whose subject is the trip noun
    ("The visit began in Ottawa", "his stay, which began in Wellington")."""
    arg = frame.arg
    pred = frame.clause.predicate
    if (
        frame.phrase is None
        or arg is None
        or arg.role not in ("subject", "antecedent")
        or frame.depth != 0
        or pred.lemma not in _STARTING
        or pred.negated
    ):
        return []
    for a in frame.clause.args:
        if a.role == "pp" and a.prep in ("in", "at"):
            got = [e for e in ctx.places(a.phrase) if e.place_kind in ("city", "seat", "country")]
            if got:
                return got
    return []


def starting_relative(ctx: EventContext, frame: Frame) -> Clause | None:
    """The relative clause telling the beginning of a trip noun that is not its clause's subject:
    "is in Chile on a visit that began on Sunday", "arrived for talks, on a tour which started
    Monday"."""
    got = next((c for c in relatives_on(ctx, frame, _STARTING) if c.index != frame.clause.index), None)
    return got if got is not None else starting_participle(ctx, frame)


def start_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """The clause's own times, or else the times of :func:`for_phrase_start`."""
    if clause.times:
        return clause.times
    begun = for_phrase_start(ctx, clause)
    return begun.times if begun is not None else ()


def for_phrase_start(ctx: EventContext, clause: Clause) -> Clause | None:
    """The "-ing" participle telling the beginning of the noun of a "for" phrase after the clause's
    verb: "will welcome X for a visit starting April 20", "will travel to Y for talks starting on
    Monday" (the visit, the talks start then: the trip's first day)."""
    return next(
        (
            c
            for c in ctx.layer.in_sentence(clause.sentence)
            if _starts(c, clause.index)
            and c.subject is not None
            and c.subject.start > clause.predicate.start
            and _after_for(ctx, c.subject.start)
        ),
        None,
    )


def starting_participle(ctx: EventContext, frame: Frame) -> Clause | None:
    """The "-ing" participle telling the beginning of a trip noun ("will be in X for a visit
    starting April 20"): a reduced relative, read as "a visit that starts April 20"."""
    phrase = frame.phrase
    if phrase is None or frame.depth != 0:
        return None
    return next(
        (
            c
            for c in ctx.layer.in_sentence(frame.sentence)
            if _starts(c, frame.clause.index) and c.subject is not None and c.subject.start == phrase.start
        ),
        None,
    )


def _starts(c: Clause, other: int) -> bool:
    """Is ``c`` an untensed "-ing" participle of a verb a trip begins by, not negated, other than
    the clause ``other``?"""
    pred = c.predicate
    return (
        c.kind == "participle"
        and pred.tense == "none"
        and pred.lemma in _STARTING
        and not pred.negated
        and c.index != other
    )
