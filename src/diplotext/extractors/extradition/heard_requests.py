"""A request a court has begun to hear: "The Higher Court began hearing on Wednesday a Croatian
request for the extradition of X", "Judges on Monday heard the case of X". The request is before
the court: the case is pending from that day (a hearing still to come, "will hear", leaves it as it
was; a refusal to hear is no hearing)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, compare_to
from diplotext.extractors.extradition.acts import Act

__all__ = ["request_heard"]

_HEARING: Final = lexicon.words("events", "verbs of a court hearing a challenge")
_COURTS: Final = lexicon.words("events", "courts that order a release")
_HEARD: Final = lexicon.words("events", "requests a court hears")
_HEARD_AFTER: Final = regex.compile(
    r"[ \t]+(?:on[ \t]+\p{L}+[ \t]+)?(?:[\p{L}\-]+[ \t]+){1,3}?(?:"
    + lexicon.alternation("events", "requests a court hears")
    + r")\b",
    regex.IGNORECASE,
)
"""Right after the verb (and its day): the request heard, which a parse may have read apart."""


def request_heard(ctx: EventContext, idx: int) -> list[Act]:
    """The pending acts of sentence ``idx``: a court (the subject) hearing, on a day told, a request
    or a case (its object, or the phrase right after the verb)."""
    out: list[Act] = []
    if not ctx.layer.may_hold(idx, _HEARING):
        return out
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        if pred.lemma not in _HEARING or pred.negated or pred.modal or pred.passive or pred.tense == "future":
            continue
        if pred.chain:
            continue  # "is expected to examine the request next month": a hearing to come
        # "The Higher Court", "judges": the last word of the subject's head
        words = clause.subject.head.lower().split() if clause.subject is not None else []
        if not words or words[-1] not in _COURTS:
            continue
        days = tuple(
            t
            for t in clause.times
            if t.type == "DATE" and compare_to(t.value.split("T")[0], ctx.published) != 1  # not to come
        )
        if not days:
            continue
        heard = any(a.role == "object" and a.phrase.head.lower() in _HEARD for a in clause.args)
        if not heard and not _HEARD_AFTER.match(ctx.text, pred.end):
            continue
        frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
        out.append(Act(frame=frame, status="pending", dates=days))
    return out
