"""Whose trip "his visit" is when a host receives a guest.

"The Prime Minister received the Polish Finance Minister, X, on the occasion of his visit to the
country": a host verb's ("receive", "welcome", "host") guest is the one on the visit its clause
tells, not the host who is its subject (issue 9, twenty-seventh session, helper battery27).
"""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.vocabulary import HOST_VERBS
from diplotext.model import Actor

__all__ = ["received_guests"]


def received_guests(ctx: EventContext, frame: Frame) -> list[Actor]:
    """The persons an active host verb's clause receives (its object and the names apposed to
    it), when the trip noun is (or hangs on) a phrase of that clause other than its object ("on the
    occasion of his visit"); else nothing."""
    clause = frame.clause
    if clause.predicate.lemma not in HOST_VERBS or clause.predicate.passive:
        return []
    if frame.arg is None or frame.arg.role != "pp" or frame.depth > 1:
        return []
    guests: list[Actor] = []
    for arg in clause.args:
        if arg.role != "object":
            continue
        for phrase in clause.named(arg):
            guests.extend(a for a in ctx.persons(phrase) if a not in guests)
    subjects = ctx.persons(clause.subject) if clause.subject is not None else []
    return [g for g in guests if g not in subjects]
