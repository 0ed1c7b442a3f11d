"""A trip phrase set off by commas right after the subject ("X, on a three-day visit to Y, will
meet Z on Thursday", "X, currently on a tour of A and B, is to address parliament"): it tells
where the subject is while the rest is told, so a clause of the future or of a plan does not
make the trip itself one to come."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.patterns import KEEP_GIL

__all__ = ["apposed_on_a_trip"]

_OPENING: Final = regex.compile(r",[ \t]*(?:(?:currently|now|presently|already)[ \t]+)?on[ \t]+\Z")
"""Between the subject and the trip's phrase: ", on", ", currently on"."""
_CLOSING: Final = regex.compile(r"[ \t]*,")
"""After the trip's phrase (and the phrases chained to it): the comma that closes the apposition."""


def apposed_on_a_trip(ctx: EventContext, frame: Frame) -> bool:
    """Is the trip's "on" phrase an apposition on the clause's subject, before its verb?"""
    arg = frame.arg
    clause = frame.clause
    subject = clause.subject
    if arg is None or arg.role != "pp" or arg.prep != "on" or frame.depth != 0 or subject is None:
        return False
    pred = clause.predicate
    phrase = arg.phrase
    if not (subject.end <= phrase.start and phrase.end <= pred.start):
        return False
    if _OPENING.search(ctx.text, subject.end, phrase.start, KEEP_GIL) is None:
        return False
    # the phrase ends at the last phrase chained to it ("on a visit [to Pakistan]")
    end = phrase.end
    for other in clause.args:
        if other.phrase.start >= end and other.phrase.end <= pred.start:
            end = max(end, other.phrase.end)
    return _CLOSING.match(ctx.text, end, pred.start, KEEP_GIL) is not None
