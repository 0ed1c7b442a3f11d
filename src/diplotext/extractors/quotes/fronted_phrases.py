"""A phrase fronted without its comma before the subject that speaks: "During his speech Mr X took
several swipes ... and said": the speaker is Mr X, not "During"."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import PREPOSITIONS

__all__ = ["fronted_without_comma"]

_PREPOSITION: Final = "|".join(sorted(w.capitalize() for w in PREPOSITIONS if len(w) > 2))
_FRONTED: Final = regex.compile(
    rf"(?:{_PREPOSITION})[ \t]+(?:\p{{Ll}}[\p{{Ll}}'’\-]*[ \t]+){{1,5}}(?=\p{{Lu}}\p{{L}}*[ \t.]+\p{{Lu}})"
)
"""A capitalised preposition and one to five lower-case words before a capitalised name of two
words or more ("During his speech | Mr X", "After the long debate | Ada X")."""


def fronted_without_comma(text: str, ss: int, pos: int) -> int | None:
    """Where the subject starts after a fronted phrase with no comma that opens the sentence at
    ``ss`` ("During his speech Mr X took ..."), or ``None``."""
    m = _FRONTED.match(text, ss, pos, KEEP_GIL)
    return m.end() if m is not None else None
