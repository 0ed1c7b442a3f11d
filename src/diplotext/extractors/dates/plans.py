"""Tense cues: plans told from a day gone by ("would", "was due to", "planned a march on
Saturday", "was planning"), which may be behind publication as well as ahead."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from .tense import Cue

__all__ = ["future_in_past", "planned"]

_WAS_PLANNING: Final = re.compile(r"(?:was|were)\s{1,3}planning\b")
_PLANNING_AFTER: Final = re.compile(r"\b(?:was|were)\s{1,3}$")


def planned(low: str, ws: int, we: int) -> bool:
    """Is ``low[ws:we]`` "planned", the "to" of "planned to", or "was planning" (either word)?"""
    w = low[ws:we]
    if w == "to":
        return low.endswith("planned ", max(0, ws - 8), ws)
    if w == "planning":
        return _PLANNING_AFTER.search(low, max(0, ws - 6), ws) is not None
    return w == "planned" or (w in ("was", "were") and _WAS_PLANNING.match(low, ws) is not None)


_PAST_BEFORE_TO: Final = re.compile(r"\b(?:was|were)(?:\s{1,3}[a-z]+)?\s{1,3}$")


def future_in_past(low: str, cue: Cue) -> bool:
    """Is the future ``cue`` (of :func:`tense_cue`, over the lower-case text ``low``) a future seen
    from the past, "would", "was/were (expected) to", "planned (to)" or "was planning" ("warned that
    the storm would reach the coast Wednesday night", "was due to meet on Monday", "planned a march on
    Saturday"): a plan told from a day gone by, which may be behind publication as well as ahead?"""
    tense, word, at = cue
    if tense != "future":
        return False
    if word == "would":
        return True
    if word == "to" and _PAST_BEFORE_TO.search(low, max(0, at - 24), at) is not None:
        return True
    return word is not None and planned(low, at, at + len(word))
