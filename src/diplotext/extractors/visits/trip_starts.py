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
from diplotext.syntax import Clause, Entity

__all__ = ["began_in", "relative_start", "starting_relative"]

_STARTING: Final = lexicon.words("events", "verbs a trip begins by")


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
    return next((c for c in relatives_on(ctx, frame, _STARTING) if c.index != frame.clause.index), None)
