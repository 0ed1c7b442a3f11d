"""A trip told to "the capital" with no state named beside it ("Omani Foreign Minister X, who
arrives in the capital on Wednesday", in a story of the host's reception): the host state's capital,
for the case's place (:func:`~diplotext.extractors.visits.attributes.case_events`)."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.visits.cases import Use

__all__ = ["told_the_capital"]

_CAPITAL: Final = ("the", "capital")
_TO_PLACES: Final = frozenset(["in", "to", "at"])


def told_the_capital(uses: list[Use]) -> bool:
    """Does a frame of the case, not negated, send the visitor "in", "to" or "at" the bare words
    "the capital"?"""
    return any(
        not u.trip.frame.clause.predicate.negated
        and any(
            a.role == "pp" and a.prep in _TO_PLACES and tuple(w.lower() for w in a.phrase.words) == _CAPITAL
            for a in u.trip.frame.clause.args
        )
        for u in uses
    )
