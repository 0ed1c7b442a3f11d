"""A return to another state for talks is a visit: "will return to Beijing next month for a second
round of talks", said of a Pakistani minister, is a trip to China. The same words said of a
Chinese one (or with no known state for the traveller), or with no purpose told ("was to return
to Italy in the evening", "decided to return to the US"), are a way home, no trip."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.host_places import hosts_and_origins
from diplotext.model import Actor
from diplotext.syntax import Entity

__all__ = ["back_abroad"]

_PURPOSES: Final = lexicon.words("events", "purposes of a return abroad")


def back_abroad(ctx: EventContext, frame: Frame, visitors: Sequence[Actor]) -> list[Entity]:
    """The hosts of a "return to X" frame that takes every one of its visitors, each of a known
    state, to states that are none of theirs, for talks ("for more talks", "to continue the
    talks"); else none."""
    if frame.lemma != "return" or frame.phrase is not None or not visitors:
        return []
    states = {ctx.state_of(v) for v in visitors}
    if None in states:
        return []
    hosts, origins = hosts_and_origins(ctx, frame, ("to",))
    if origins or not hosts or not all(h.code and h.code not in states for h in hosts):
        return []
    return hosts if _for_talks(ctx, frame) else []


def _for_talks(ctx: EventContext, frame: Frame) -> bool:
    """Does the return clause tell a purpose of talks: a "for" phrase ("for a new round of talks")
    or a purpose clause hanging on it ("to continue the talks")?"""
    clause = frame.clause
    if any(a.phrase.head.lower() in _PURPOSES for a in clause.preps("for")):
        return True
    for c in ctx.layer.in_sentence(clause.sentence):
        if (
            c.kind == "infinitive"
            and c.start > clause.predicate.end
            and ctx.parent(c) is clause
            and any(w.lower() in _PURPOSES for a in c.args for w in a.phrase.words)
        ):
            return True
    return False
