"""The day of a visit's talks told in the sentence after the trip ("X visited Cyprus for talks
with Y. The talks took place on Monday at the palace."): the meeting noun told again, as the
subject of a verb of taking place, dates the meeting the trip was for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import MEET_NOUNS
from diplotext.syntax import Clause

__all__ = ["date_talks_told_after"]

_HELD: Final = lexicon.words("events", "verbs of a meeting taking place")
_DEFINITE: Final = lexicon.words("events", "determiners of a meeting told again")


def date_talks_told_after(ctx: EventContext, cases: Iterable[Case]) -> None:
    """Add to each case's meeting days the day a sentence right after one of its frames tells its
    meeting noun took place ("The talks were held on Monday")."""
    count = len(ctx.layer.sentences)
    for case in cases:
        for idx in sorted({u.trip.frame.sentence for u in case.uses}):
            if idx + 1 >= count:
                continue
            nouns = {
                a.phrase.head.lower()
                for c in ctx.layer.in_sentence(idx)
                for a in c.args
                if a.phrase.head.lower() in MEET_NOUNS
            }
            if not nouns:
                continue
            for c in ctx.layer.in_sentence(idx + 1):
                if _held(c, nouns):
                    case.met_dates.extend(t for t in c.times if t.type in ("DATE", "TIME"))


def _held(clause: Clause, nouns: set[str]) -> bool:
    """Does the clause tell that the meeting named before took place ("the talks took place",
    "the meeting was held")?"""
    subject = clause.subject
    pred = clause.predicate
    if subject is None or subject.head.lower() not in nouns or not _DEFINITE.intersection(subject.words[:1]):
        return False
    if pred.lemma not in _HELD or pred.negated or pred.modal not in (None, "will") or clause.kind != "main":
        return False
    if pred.lemma == "take":
        return any(a.role == "object" and a.phrase.head.lower() == "place" for a in clause.args)
    return pred.lemma != "hold" or pred.passive
