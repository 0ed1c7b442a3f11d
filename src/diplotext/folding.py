"""Accents off: text in compatibility decomposition (NFKD) without its combining marks.

The marks are dropped by ``str.translate`` with a table that learns each character the first time
it is seen (its combining class looked up once), instead of a Python loop over the characters: the
lexicons fold some 30,000 names and places as the plugins load.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["strip_marks", "without_marks"]

_MAX_KNOWN: Final = 1 << 16
"""Characters the table keeps (a text of many distinct characters is still folded, just not kept)."""


class _Marks(dict[int, int | None]):
    """Code point -> ``None`` for a combining mark (non-zero combining class), else itself."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < _MAX_KNOWN:
            self[code] = kept
        return kept


_MARKS: Final = _Marks()


def without_marks(text: str) -> str:
    """``text`` without its combining marks (characters of a non-zero combining class)."""
    return text if text.isascii() else text.translate(_MARKS)


def strip_marks(text: str) -> str:
    """``text`` in NFKD, without its combining marks: "Zürich" -> "Zurich"."""
    return without_marks(unicodedata.normalize("NFKD", text))
