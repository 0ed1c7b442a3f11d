"""A surrender a decision is "in favour of": "a court announced it was in favour of extraditing X to
Ukraine", "a British court's verdict in favour of his extradition to India", "the court ruled in
favor of the extradition of X". The surrender is granted, by the state of the body that decides
(the verdict's owner, else the subject of the clause it stands in, "it" read as its sayer)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.sides import holders, it_is_the_sayer, parties

__all__ = ["favoured_by", "in_favour"]

_IN_FAVOUR: Final = regex.compile(r"\bin[ \t]+favou?r[ \t]+of[ \t]+(?:\S+[ \t]+){0,2}\Z", regex.IGNORECASE)
_REACH: Final = 40


def in_favour(ctx: EventContext, frame: Frame) -> bool:
    """Does the surrender word stand right after "in favour of" ("in favour of (his) extradition",
    "in favor of extraditing")?"""
    start = frame.trigger[0]
    return _IN_FAVOUR.search(ctx.text, max(0, start - _REACH), start) is not None


def favoured_by(ctx: EventContext, frame: Frame, tribunal: str | None) -> list[str]:
    """The state whose decision is in favour of the surrender: the one the phrase right before "in
    favour" names ("a British court's verdict"), else the doers of the clause that tells it."""
    clause = frame.clause
    parent = ctx.parent(clause)
    if frame.phrase is None and parent is not None and clause.kind in ("participle", "infinitive"):
        clause = parent  # "it was in favour of extraditing X": the "be" clause tells it
    start = frame.trigger[0]
    for a in clause.args:
        if a.role != "subject" and a.phrase.end <= start and start - a.phrase.end <= _REACH:
            got = parties(ctx, a.phrase, tribunal)
            if got:
                return got  # "a British court's verdict in favour of his extradition"
    return holders(ctx, it_is_the_sayer(ctx, clause, ctx.doers(clause)), tribunal)
