"""A trip looked forward to or hoped for, but put off by the same speaker ("looks forward to
visiting X but will wait until the vote is over", "hopes to visit X but would not go before
the election"): no plan yet, so no trip (issue 9, twenty-fourth session, helper visits37)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.vocabulary import TRIP_VERBS
from diplotext.syntax import Clause

__all__ = ["hope_put_off"]

_HOPING: Final = lexicon.words("events", "anticipation verbs") | lexicon.words("events", "wishing verbs")
_DEFERRING: Final = lexicon.words("events", "verbs putting a hoped-for trip off")


def hope_put_off(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip the object of a hope ("looked forward to visiting X", "hopes to visit X") that a
    clause joined by "but" puts off ("but would wait until ...", "but will not go before ...")?"""
    parent = ctx.parent(clause)
    if "wish" in clause.predicate.chain:
        hope = clause  # "hopes to visit X": the hope chained to the trip's own verb
    elif (
        parent is not None
        and parent is not clause
        and parent.predicate.lemma in _HOPING
        and clause.kind in ("infinitive", "participle")
    ):
        hope = parent
    else:
        return False
    for other in ctx.layer.in_sentence(clause.sentence):
        on = ctx.parent(other)
        if other.kind != "coordinate" or other.marker != "but" or (on is not hope and on is not clause):
            continue
        lemma = other.predicate.lemma
        if lemma in _DEFERRING or (other.predicate.negated and lemma in TRIP_VERBS):
            return True  # "but would wait until ...", "but will not go before ..."
    return False
