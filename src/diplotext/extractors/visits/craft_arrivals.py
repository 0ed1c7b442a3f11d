"""An arrival told by stepping off a craft: "X stepped off the plane in Beijing on Tuesday". "step
off" is an arrival only with a craft as its object (a plane, a jet, a helicopter); "stepped off
the stage in Berlin" tells of no trip."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import Frame

__all__ = ["not_off_a_craft"]

_CRAFT: Final = lexicon.words("events", "craft carrying a traveller")
_STEP_OFF: Final = "step off"


def not_off_a_craft(frame: Frame) -> bool:
    """Is ``frame`` a "step off" whose object is no craft?"""
    if frame.phrase is not None or frame.lemma != _STEP_OFF:
        return False
    objects = [a.phrase.head.lower() for a in frame.clause.args if a.role == "object"]
    return not objects or objects[0] not in _CRAFT
