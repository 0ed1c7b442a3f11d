"""Bare attributions: a sentence that is only a speaker and a cue ("Local grocer Ada Finn agreed.",
"Her husband disagreed.", "Mr Dorn then replied.") says nothing itself; the quotation that comes
next with no attribution of its own is what was said, not a continuation of the speaker before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon

from . import indirect as ind
from .cues import CLAUSE_CUES, OBJECT_CUES, Cue
from .unit_types import Unit
from .units import find_units

__all__ = ["bare_unit"]

_MAX_BARE: Final = 160
"""Longest sentence read as a bare attribution (a speaker with a short apposition and a cue)."""
_END: Final = regex.compile(r"\s*[.:]\s*")
_PP_TAIL: Final = regex.compile(r"\s*(\p{Ll}+)\s+(?:[\p{L}\p{N}'’\-]+\s+){0,3}?[\p{L}\p{N}'’\-]+\s*[.:]\s*")
_PREPOSITIONS: Final = lexicon.words("grammar", "prepositions")
_ASIDE: Final = regex.compile(r"\s*,[^,.;:]+,\s*(?:\p{Ll}+ly\s+)?")
"""An apposition or relative clause set off by commas between the speaker and the cue."""
_QUOTE_MARKS: Final = '"“”'


def bare_unit(text: str, ss: int, se: int, cues: Sequence[Cue]) -> Unit | None:
    """The attribution of sentence ``ss``-``se`` when it is nothing but a speaker before a cue, with
    adjuncts or a short prepositional phrase at most ("agreed with the mayor.", "told reporters."),
    and no quotation marks; else ``None``. ``cues`` are the paragraph's cues."""
    if se - ss > _MAX_BARE or any(c in text[ss:se] for c in _QUOTE_MARKS):
        return None
    inside = [c for c in cues if ss <= c.start and c.end <= se]
    if len(inside) != 1:
        return None
    cue = inside[0]
    if cue.according or cue.lemma not in CLAUSE_CUES:
        return None
    pos = ind.skip_adjuncts(text, cue.end, se, listener=cue.lemma in OBJECT_CUES)
    if _END.fullmatch(text, pos, se) is None:
        tail = _PP_TAIL.fullmatch(text, pos, se)
        if tail is None or tail.group(1) not in _PREPOSITIONS:
            return None
    units = [u for u in find_units(text, ss, se, [cue], []) if u.cue is cue]
    if len(units) != 1 or units[0].mention is None or not units[0].speaker_before:
        return None
    m = units[0].mention
    aside = _ASIDE.fullmatch(text, m.end, cue.start) is not None
    if not ind.words_within(text, ss, m.start, 3) or not ind.words_within(
        text, m.end, cue.start, 15 if aside else 2
    ):
        return None  # the speaker opens the sentence ("But Ada Finn, a grocer, agreed."), no clause
    return units[0]
