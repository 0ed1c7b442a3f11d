"""A trip noun after "from" in a clause of coming back ("returned home on Sunday from a four-day
visit to Iceland", "flew back to Lima on Friday from a tour of Asia", "arrived in Oslo from a visit to
Berlin"): the clause's day is the day the trip ended, not the day it began, as after "after". The
coming-back verb's own frame ends the trip too ("flew back to Lima on Friday from a visit to X")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import Frame
from diplotext.extractors.visits.vocabulary import TRIP_NOUNS

__all__ = ["LEFT_BEHIND", "back_from_a_trip"]

_COMING_BACK: Final = lexicon.words("events", "verbs coming back from a trip")
_GOING_BACK: Final = lexicon.words("events", "verbs going back by themselves")
_HOMEWARD: Final = lexicon.words("events", "words taking a trip home")
LEFT_BEHIND: Final = lexicon.words("events", "prepositions of a trip left behind")


def back_from_a_trip(frame: Frame) -> bool:
    """Is the trip noun the object of "from" in a clause whose verb comes back from it, or is the
    frame that verb's own, with a trip noun after "from" or "after"?"""
    arg = frame.arg
    pred = frame.clause.predicate
    if frame.phrase is None:
        args = frame.clause.args
        return (
            frame.lemma in _COMING_BACK
            and not pred.negated
            # "flew back (home)", "returned": a way home ("flew to X from a visit to Y" goes on)
            and (
                frame.lemma in _GOING_BACK
                or any(a.role == "object" and a.phrase.head.lower() in _HOMEWARD for a in args)
            )
            and any(
                a.role == "pp" and a.prep in LEFT_BEHIND and a.phrase.head.lower() in TRIP_NOUNS for a in args
            )
        )
    return (
        frame.phrase is not None
        and arg is not None
        and arg.role == "pp"
        and arg.prep == "from"
        and frame.depth == 0
        and frame.clause.predicate.lemma in _COMING_BACK
        and not frame.clause.predicate.negated
    )
