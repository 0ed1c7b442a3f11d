"""A tour whose departure is still ahead: "The minister is leaving Lisbon on a tour of Africa ... He
is visiting Ghana, Senegal and Kenya": the present progressive of setting out is an arrangement (he
has not gone yet), so the tour's present progressive "is visiting A, B and C" tells a plan too, not
a stay at its first stop (:mod:`~diplotext.extractors.visits.case_status`)."""

from __future__ import annotations

from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.vocabulary import SETTING_OUT
from diplotext.syntax import Clause

__all__ = ["leaving_ahead", "not_yet_gone", "told_as_arranged"]


def leaving_ahead(clause: Clause) -> bool:
    """Is the clause a setting out told as still to come: "is leaving on a tour", "will leave for
    a tour of X" (not negated)?"""
    pred = clause.predicate
    return (
        pred.lemma in SETTING_OUT
        and not pred.negated
        and ((pred.tense == "present" and pred.aspect == "progressive") or pred.tense == "future")
    )


def not_yet_gone(uses: list[Use]) -> bool:
    """Does a frame of the case that names no host of its own ("on a tour of Africa") hang on a
    setting out still to come?"""
    return any(not u.trip.hosts and leaving_ahead(u.trip.frame.clause) for u in uses)


def told_as_arranged(use: Use) -> bool:
    """Is the frame's "ongoing" the present progressive ("is visiting A, B and C"), which may be an
    arrangement, with no day of its own?"""
    pred = use.trip.frame.clause.predicate
    return (
        use.trip.status == "ongoing"
        and pred.tense == "present"
        and pred.aspect == "progressive"
        and not use.trip.dates
    )
