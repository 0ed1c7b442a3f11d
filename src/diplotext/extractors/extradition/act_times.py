"""When an extradition act happened, when its own clause does not say: the day of the clause it
hangs on, or of the report that tells it."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["participle_times", "reported_times"]

_REPORTING_VERBS: Final = lexicon.words("speech", "reporting verbs")


def reported_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """ "Spain has asked Venezuela to extradite X, the ministry said on Tuesday": an undated act in
    the present perfect is news of the day its report is dated (the reporting clause's times)."""
    pred = clause.predicate
    if pred.tense != "present" or pred.aspect != "perfect" or pred.negated:
        return ()
    for c in ctx.layer.in_sentence(clause.sentence):
        if c is not clause and c.times and c.predicate.lemma in _REPORTING_VERBS:
            return c.times
    return ()


def participle_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """A participle's act happens when its clause does ("the minister said on Monday, rejecting
    the request"): that clause's times."""
    parent = ctx.parent(clause)
    if clause.kind != "participle" or parent is None or parent is clause:
        return ()
    return parent.times
