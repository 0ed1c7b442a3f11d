"""A return to another state is a visit: "will return to Beijing next month for more talks",
said of a Pakistani minister, is a trip to China; the same words said of a Chinese one (or with no
known state for the traveller) are a way home, no trip."""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.model import Actor
from diplotext.syntax import Entity

__all__ = ["back_abroad"]


def back_abroad(ctx: EventContext, frame: Frame, visitors: Sequence[Actor], hosts: Sequence[Entity]) -> bool:
    """Does a "return to X" frame take every one of its visitors, each of a known state, to
    states that are none of theirs?"""
    if frame.lemma != "return" or frame.phrase is not None or not visitors or not hosts:
        return False
    states = {ctx.state_of(v) for v in visitors}
    if None in states:
        return False
    return all(h.code and h.code not in states for h in hosts)
