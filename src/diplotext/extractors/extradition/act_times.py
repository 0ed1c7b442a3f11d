"""When an extradition act happened, when its own clause does not say: the day of the clause it
hangs on, or of the report that tells it."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.governing import governed
from diplotext.extractors.extradition.vocabulary import OPEN_DECISION_VERBS
from diplotext.model import TemporalExpression
from diplotext.syntax import Arg, Clause

__all__ = [
    "after_times",
    "carried_times",
    "deciding_times",
    "fronted_ruling_times",
    "own_or_reported_times",
    "participle_times",
    "reported_times",
]

_REPORTING_VERBS: Final = lexicon.words("speech", "reporting verbs") | OPEN_DECISION_VERBS
"""Verbs that tell an act, and those of a court that decides it ("a court ruled on Tuesday")."""
_REFUSING: Final = frozenset(["refuse"])
_STATING_MODALS: Final = lexicon.words("events", "stating modals")
_SAME_DAY_UNITS: Final = frozenset(
    form
    for form, unit in lexicon.mapping("time", "time unit forms").items()
    if unit in ("second", "minute", "hour")
)
_LONG_GAP_WORDS: Final = (lexicon.words("time", "time units") - _SAME_DAY_UNITS) | {"long"}
"""Words before "after" that put days or more between two acts ("weeks after", "long after")."""
_WORD_BEFORE: Final = regex.compile(r"(\w+)\W*$")


def own_or_reported_times(
    ctx: EventContext, clause: Clause, times: tuple[TemporalExpression, ...]
) -> tuple[tuple[TemporalExpression, ...], bool]:
    """An act's own ``times``, or, when it has none, the times of its report on ``clause``
    (:func:`reported_times`); and whether it had none of its own (its date is the report's)."""
    if times:
        return times, False
    return reported_times(ctx, clause), True


def reported_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """ "Spain has asked Venezuela to extradite X, the ministry said on Tuesday": an undated act in
    the present perfect, or a decision stated in words ("Laos will not hand over X, the minister
    said on Tuesday"), is news of the day its report is dated (the reporting clause's times)."""
    if not (_present_perfect_act(ctx, clause) or _decision_in_words(clause)):
        return ()
    for c in ctx.layer.in_sentence(clause.sentence):
        if c is not clause and c.times and c.predicate.lemma in _REPORTING_VERBS:
            return c.times
    return ()


def _present_perfect_act(ctx: EventContext, clause: Clause) -> bool:
    """ "has handed over X", and "has agreed to extradite X" (the perfect on the first verb of a chain)."""
    pred = clause.predicate
    if pred.tense != "present" or pred.negated:
        return False
    if pred.aspect == "perfect":
        return True
    return bool(pred.chain) and _PERFECT_CHAIN.search(ctx.text, pred.start, pred.end) is not None


_PERFECT_CHAIN: Final = regex.compile(r"\b(?i:has|have)\s+(?:\w+ly\s+|now\s+|already\s+)?\w+ed\s+to\b")


def _decision_in_words(clause: Clause) -> bool:
    """ "Laos will not hand over X", "Chad said it would not extradite X", "Peru refuses to
    extradite X", "X will be extradited to Chile": a decision made by saying it, so on the day it
    is said (not "did not hand over", a past act told later)."""
    pred = clause.predicate
    if pred.modal in _STATING_MODALS or pred.tense == "future":
        return True
    refused = pred.negated or not _REFUSING.isdisjoint(pred.chain)
    return refused and pred.tense == "present"


def participle_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """A participle's act happens when its clause does ("the minister said on Monday, rejecting
    the request"): that clause's times."""
    parent = ctx.parent(clause)
    if clause.kind != "participle" or parent is None or parent is clause:
        return ()
    return parent.times


def after_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """ "X arrived in Lima on Saturday after being extradited", "freed on Monday after a court
    rejected the request", "demanded on Monday ..., hours after a court ruled": an undated act in an
    "after" clause happened by the day of the clause it hangs on (the nearest one with a time), unless
    the text puts days or more between them ("two years after", "long after")."""
    if clause.kind != "adverbial" or clause.marker != "after":
        return ()
    before = _WORD_BEFORE.search(ctx.text, max(0, clause.start - 40), clause.start)
    if before is not None and before.group(1).lower() in _LONG_GAP_WORDS:
        return ()
    if any(t.type == "DURATION" and 0 <= clause.start - t.end <= 2 for t in ctx.dates):
        return ()  # "a week after"
    seen = {clause.index}
    parent = ctx.parent(clause)
    while parent is not None and parent.index not in seen:
        if parent.times:
            return parent.times
        seen.add(parent.index)
        parent = ctx.parent(parent)
    return ()


_CARRYING: Final = lexicon.words("events", "verbs carrying a surrendered person")


def carried_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """ "X was extradited to the United States and flown to Miami on Monday": an undated surrender
    happened the day its coordinate verb of carrying the person does."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if (
            c.kind == "coordinate"
            and c.parent == clause.index
            and c.predicate.lemma in _CARRYING
            and c.predicate.tense == clause.predicate.tense
            and not c.predicate.negated
            and c.times
        ):
            return c.times
    return ()


def shared_subject_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """ "The court on Friday granted the U.S. request and declined to enforce the Russian one": an
    undated decision coordinated with a dated one of the same subject and tense is of its day."""
    parent = ctx.parent(clause)
    if clause.kind != "coordinate" or parent is None or parent is clause or clause.subject is None:
        return ()
    if parent.subject is None or parent.subject.start != clause.subject.start:
        return ()  # "Russia asked in March and the court refused": another subject, another day
    if parent.predicate.tense != clause.predicate.tense or parent.predicate.negated:
        return ()
    return tuple(t for t in parent.times if t.type == "DATE")


_RULING_NOUNS: Final = lexicon.words("events", "ruling nouns")
_RELEASING: Final = lexicon.words("events", "verbs releasing a ruling")


def fronted_ruling_times(ctx: EventContext, clause: Clause) -> tuple[TemporalExpression, ...]:
    """ "In a judgment released yesterday, the court dismissed his appeal": an undated decision is
    of the day the fronted ruling that tells it came out."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if c.end > clause.start or not c.times or c.predicate.lemma not in _RELEASING:
            continue
        if c.subject is not None and c.subject.head.lower() in _RULING_NOUNS:
            return c.times
    return ()


def deciding_times(ctx: EventContext, clause: Clause, tribunal: str | None) -> tuple[TemporalExpression, ...]:
    """The times of the clause that decides or asks what ``clause`` says ("a judge ruled on Monday
    that X is eligible for extradition"): the day of the decision."""
    parent = ctx.parent(clause)
    if parent is None or parent is clause or clause.kind not in ("infinitive", "complement", "participle"):
        return ()
    if parent.predicate.lemma in OPEN_DECISION_VERBS or governed(ctx, parent, tribunal)[0] is not None:
        return parent.times
    return ()


_ORDERING: Final = lexicon.words("events", "verbs of an order to free")


def ordered_times(
    ctx: EventContext, clause: Clause, times: tuple[TemporalExpression, ...]
) -> tuple[TemporalExpression, ...]:
    """ "A court on Monday ordered him held for 30 days pending extradition proceedings", "ordered
    that X, who is wanted in Y, be kept in detention pending extradition": a complement of an order
    (past a relative clause on its subject) with no day of its own (``times``) is of the order's
    day; else ``times``."""
    if clause.kind not in ("complement", "participle") or any(t.type in ("DATE", "TIME") for t in times):
        return times
    before = [
        c for c in ctx.layer.in_sentence(clause.sentence) if c.index < clause.index and c.kind != "relative"
    ]
    order = before[-1] if before else None
    if order is None or order.predicate.lemma not in _ORDERING or order.predicate.negated:
        return times
    return tuple(t for t in order.times if t.type == "DATE") or times


def reportable(clause: Clause, arg: Arg) -> bool:
    """May the surrender noun's argument take its report's day: the object ("has filed a request
    for X, the bureau said on Tuesday"), or the "for" phrase of a request object ("has sent a formal
    request through the ministry for his extradition, officials said yesterday")?"""
    if arg.role == "object":
        return True
    return (
        arg.role == "pp"
        and arg.prep == "for"
        and any(a.role == "object" and a.phrase.head.lower() in _REQUEST_HEADS for a in clause.args)
    )


_REQUEST_HEADS: Final = lexicon.words("events", "request nouns")
