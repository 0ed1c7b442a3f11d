"""A degree word read as the speaker where it modifies ("and most recently defended the plan",
"the most telling promise ... is"): no speaker. Alone before a cue it can be people ("most said
they were worried"), so only the word before or after it decides (see docs/quotes.md)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .speaker_history import Said

_DEGREE_WORDS: Final = lexicon.words("speech", "degree words that are no speaker as a modifier")
_LY_ADVERB_AFTER: Final = regex.compile(r"\s+\p{Ll}{2,}ly\s")
_THE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:the)\s+$")


def modifying_degree_word(text: str, said: Said) -> bool:
    """Is the one-word speaker a degree word that modifies: an -ly adverb right after it, or
    "the" right before it?"""
    m = said.mention
    if m is None or said.name is None or " " in said.name or said.name.lower() not in _DEGREE_WORDS:
        return False
    if _LY_ADVERB_AFTER.match(text, m.end, min(len(text), m.end + 40), False, KEEP_GIL) is not None:
        return True
    return _THE_BEFORE.search(text, max(0, m.start - 8), m.start, False, KEEP_GIL) is not None
