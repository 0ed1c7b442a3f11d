"""A commitment made during a trip ("A and B agreed to build ties during X's visit"): the trip is
when it was agreed, not a trip still to come."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.extractors.visits.vocabulary import TRIP_PREPS
from diplotext.patterns import lazy
from diplotext.syntax import Clause

__all__ = ["agreed_during"]

_AGREEING: Final = lexicon.words("events", "agreeing predicates")
_HAVE_AGREED: Final = lazy(
    r"\b(?:has|have)[ \t]+(?:\w+[ \t]+)?(?:agreed|decided|pledged|promised|vowed|resolved)\b",
    regex.IGNORECASE,
)
"""Verbs of a commitment made at a moment: "agreed to build ties during his visit" was agreed then."""


def agreed_during(ctx: EventContext, frame: Frame) -> Clause | None:
    """The clause of a past commitment made during the trip a "during"/"on" phrase names ("A and B
    agreed [to build ties] during X's visit"): the trip is when it was agreed, not to come."""
    arg = frame.arg
    if arg is None or arg.role != "pp" or frame.depth != 0 or TRIP_PREPS.get(arg.prep or "") != "within":
        return None
    clause = frame.clause
    if any(when_told(ctx, t) == 1 for t in dated(ctx, (*frame.times, *clause.times))):
        return None  # "agreed to meet during his visit next week": still to come
    for c in (clause, ctx.parent(clause) if clause.kind == "infinitive" else None):
        if c is None:
            continue
        pred = c.predicate
        done = pred.tense == "past" or (
            pred.tense == "present"
            and (pred.aspect == "perfect" or bool(_HAVE_AGREED.search(ctx.text, c.start, pred.head[0])))
        )
        if not done or pred.modal or pred.negated or not pred.finite:
            continue
        if set(pred.chain) & _AGREEING or (c is not clause and pred.lemma in _AGREEING):
            return c
    return None
