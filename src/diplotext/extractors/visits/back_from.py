"""A trip noun after "from" in a clause of coming back ("returned home on Sunday from a four-day
visit to Iceland", "flew back to Lima on Friday from a tour of Asia", "arrived in Oslo from a visit to
Berlin"): the clause's day is the day the trip ended, not the day it began, as after "after"."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import Frame

__all__ = ["back_from_a_trip"]

_COMING_BACK: Final = lexicon.words("events", "verbs coming back from a trip")


def back_from_a_trip(frame: Frame) -> bool:
    """Is the trip noun the object of "from" in a clause whose verb comes back from it?"""
    arg = frame.arg
    return (
        frame.phrase is not None
        and arg is not None
        and arg.role == "pp"
        and arg.prep == "from"
        and frame.depth == 0
        and frame.clause.predicate.lemma in _COMING_BACK
        and not frame.clause.predicate.negated
    )
