"""Two vague lengths or stretches joined by "or" or "and" are one expression, as TimeML tags them:
"within weeks or months" (``PXW``), "in recent weeks and months" (``PAST_REF``), "for days or weeks".
The value is the first one's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

__all__ = ["join_vague_pairs"]

_UNITS: Final = lexicon.alternation("time", "plural units of a vague stretch")
_ENDS_WITH_UNIT: Final = regex.compile(rf"\b(?:{_UNITS})$", regex.IGNORECASE)
_PAIR_NEXT: Final = regex.compile(
    rf"\s{{1,3}}(?:or|and)\s{{1,3}}(?:even\s{{1,3}})?(?:{_UNITS})\b(?![-‐])", regex.IGNORECASE
)
"""After a vague stretch: "or months", "and even years" ("within weeks or months of his capture")."""


def _vague(value: str) -> bool:
    return value in ("PAST_REF", "FUTURE_REF") or (value.startswith("P") and "X" in value)


def join_vague_pairs(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "or"/"and" and a second plural unit taken into a vague
    expression that ends with a plural unit ("weeks or months", "recent weeks and months")."""
    out = list(found)
    for k, t in enumerate(out):
        if t.type not in ("DATE", "DURATION") or not _vague(t.value) or t.range is not None:
            continue
        if not _ENDS_WITH_UNIT.search(t.text):
            continue
        m = _PAIR_NEXT.match(text, t.end, None, KEEP_GIL)
        if m is None or (k + 1 < len(out) and out[k + 1].start < m.end()):
            continue
        out[k] = attrs.evolve(t, text=text[t.start : m.end()], end=m.end())
    return out
