"""A cue form that is a plural noun after a modifier: "make free phone calls to ...", "voice calls via
the net", "marketing calls apply". Right after a lower-case word that can say nothing (no person, body
document or text noun, no pronoun, no adverb), "calls" is the noun, not the verb of "the minister calls for
...", "it also calls on ...", "the report calls for ...", "the resolution calls on ...".
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .naming import can_speak_head

__all__ = ["noun_after_modifier"]

_FORMS: Final = lexicon.words("speech", "cue forms that are nouns after a modifier")
_VERB_OK: Final = lexicon.words("speech", "words before calls as its subject") | lexicon.words(
    "speech", "texts that call for something"
)
_WORD_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}\-])(\p{Ll}[\p{Ll}\-]*)[ \t]+$")


def noun_after_modifier(text: str, start: int, m_start: int, key: str) -> bool:
    """Is the cue form ``key`` at ``m_start`` a plural noun after a modifier ("phone calls")?"""
    if key not in _FORMS:
        return False
    m = _WORD_BEFORE.search(text, max(start, m_start - 30), m_start, KEEP_GIL)
    if m is None:
        return False  # a name, a capital or punctuation before it
    word = m.group(1)
    return not (word in _VERB_OK or word.endswith("ly") or can_speak_head(word))
