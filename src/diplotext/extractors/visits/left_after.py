"""Where a visitor goes after a meeting: "will meet X before leaving for Quito", "met Y before
flying to Lima". The meeting is held at the stop the visitor is at, never at the one left for
afterwards (issue 9, twenty-second session, helper battery20)."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.vocabulary import TRIP_VERBS
from diplotext.syntax import Clause

__all__ = ["left_for_after"]


def left_for_after(ctx: EventContext, clause: Clause) -> set[str]:
    """The states of the places a trip clause opened by "before" and hanging on ``clause`` goes to
    ("... before leaving for Quito", "... before flying to Lima")."""
    out: set[str] = set()
    for c in ctx.layer.in_sentence(clause.sentence):
        if c.parent != clause.index or c.index == clause.index or (c.marker or "").lower() != "before":
            continue
        if c.predicate.lemma not in TRIP_VERBS:
            continue
        for a in c.args:
            if a.role == "pp" and a.prep in ("to", "for"):
                out.update(e.code for e in ctx.places(a.phrase) if e.code)
    return out
