"""A stop told only by a clause of time in a meeting's sentence: "X met Y a day after holding talks
in A": the "after" clause dates the meeting; the meeting was not at A, so Y is not met on the A
stop, whose frames are all in that clause."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.cases import Case
from diplotext.syntax import Clause

__all__ = ["told_for_its_time"]

_TIME_MARKERS: Final = lexicon.words("events", "markers of a clause told for its time")


def told_for_its_time(ctx: EventContext, case: Case, frame: Frame) -> bool:
    """Are all the case's frames in the meeting frame's sentence in clauses of time ("after
    holding talks in A") that the meeting's clause is not, nor hangs from?"""
    mine = [u.trip.frame.clause for u in case.uses if u.trip.frame.sentence == frame.sentence]
    if not mine:
        return False
    above = _chain(ctx, frame.clause)
    return all(c.marker in _TIME_MARKERS and c.index not in above for c in mine)


def _chain(ctx: EventContext, clause: Clause) -> set[int]:
    """The indices of the clause and the clauses it hangs from."""
    out = {clause.index}
    up = ctx.parent(clause)
    while up is not None and up.index not in out:
        out.add(up.index)
        up = ctx.parent(up)
    return out
