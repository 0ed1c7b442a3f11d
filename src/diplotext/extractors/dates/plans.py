"""Tense cues: plans told from a day gone by ("would", "was due to", "planned a march on
Saturday", "was planning"), which may be behind publication as well as ahead."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from diplotext import lexicon

if TYPE_CHECKING:
    from .tense import Cue

__all__ = ["committed_to", "future_in_past", "planned"]

_WAS_PLANNING: Final = re.compile(r"(?:was|were)\s{1,3}planning\b")
_PLANNING_AFTER: Final = re.compile(r"\b(?:was|were)\s{1,3}$")


def planned(low: str, ws: int, we: int) -> bool:
    """Is ``low[ws:we]`` "planned", the "to" of "planned to" or of a commitment before a verb
    ("pledged to march", see :func:`committed_to`), or "was planning" (either word)?"""
    w = low[ws:we]
    if w == "to":
        return low.endswith("planned ", max(0, ws - 8), ws) or committed_to(low, ws, we, past_only=True)
    if w == "planning":
        return _PLANNING_AFTER.search(low, max(0, ws - 6), ws) is not None
    return w == "planned" or (w in ("was", "were") and _WAS_PLANNING.match(low, ws) is not None)


_COMMITTED: Final = lexicon.words("time", "past verbs of a commitment before to")
_COMMITTING: Final = lexicon.words("time", "present verbs of a commitment before to")
_NO_VERB_AFTER_TO: Final = lexicon.words("grammar", "determiners") | lexicon.words("grammar", "possessives")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)\s{1,3}$")
_WORD_AFTER: Final = re.compile(r"\s{1,3}([A-Za-z]+)\b")


def committed_to(text: str, ws: int, we: int, *, past_only: bool = False) -> bool:
    """Is ``text[ws:we]`` the "to" after a past verb of the lexicon's ``time``/``past verbs of a
    commitment before to`` (or, unless ``past_only``, a present one: "is threatening to") and before
    a verb ("vowed to retake the port by June"; not "agreed to the terms on Monday", before a
    determiner or a possessive)?"""
    before = _WORD_BEFORE.search(text, max(0, ws - 14), ws)
    if before is None:
        return False
    verb_before = before.group(1).lower()
    if verb_before not in _COMMITTED and (past_only or verb_before not in _COMMITTING):
        return False
    after = _WORD_AFTER.match(text, we)
    if after is None:
        return False
    verb = after.group(1).lower()
    return verb not in _NO_VERB_AFTER_TO and not verb.endswith("ing")


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
