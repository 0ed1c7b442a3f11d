"""The owner of a trip noun with no owner of its own that opens a starting clause: "President X
returned home on Saturday after a week-long tour of three countries. The tour began in Kinshasa
on August 11, ...". "The tour" (or "the visit", "the trip") is the one told in the sentence or
the two before it, by the person whose clause holds that trip noun (its subject, or the noun's
possessor)."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.vocabulary import TRIP_NOUNS
from diplotext.model import Actor

__all__ = ["owner_told_before"]

_DEFINITE: Final = frozenset(["the", "this"])
_BACK: Final = 2
"""Sentences before the frame's in which the trip may be told."""


def owner_told_before(ctx: EventContext, frame: Frame) -> list[Actor]:
    """The one person whose trip the definite trip noun subject of ``frame`` is, told in the two
    sentences before it, else ``[]`` (none, or more than one)."""
    phrase = frame.phrase
    if (
        phrase is None
        or frame.arg is None
        or frame.arg.role != "subject"
        or frame.depth != 0
        or phrase.words[:1] not in tuple((w,) for w in _DEFINITE)
    ):
        return []
    owners: list[Actor] = []
    for sentence in range(max(0, frame.sentence - _BACK), frame.sentence):
        for clause in ctx.layer.in_sentence(sentence):
            for arg in clause.args:
                if arg.phrase.head.lower() not in TRIP_NOUNS:
                    continue
                poss = arg.phrase.possessor
                if poss is not None and poss.kind == "person" and poss.actor is not None:
                    people = [poss.actor]
                else:
                    people = ctx.persons(clause.subject) if clause.subject is not None else []
                for p in people:
                    if p not in owners:
                        owners.append(p)
    return owners if len(owners) == 1 else []
