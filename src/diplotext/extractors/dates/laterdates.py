"""A date still to be set: "at a later date", "on a future date", "at a subsequent date" — a DATE
``FUTURE_REF`` from the article to "date", as TimeBank tags it. "date" is no trigger of the
pre-scan (it is a common noun and verb), so this runs after the scan, only over text holding one of
the lexicon's ``time``/``words before a date still to be set`` and " date", and only inside the
regions scanned. "an earlier date" is left alone: earlier than planned, not a past.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

__all__ = ["join_later_dates", "may_hold_later_date"]

_WORDS: Final = lexicon.words("time", "words before a date still to be set")
_GATES: Final = tuple(f"{w} date" for w in sorted(_WORDS))
_LATER: Final = lexicon.alternation("time", "words before a date still to be set")
_LATER_DATE: Final = regex.compile(rf"\ban?\s{{1,3}}(?:{_LATER})\s{{1,3}}date\b(?![-‐])", regex.IGNORECASE)


def may_hold_later_date(low: str) -> bool:
    """Whether the lower-cased text can hold such a date at all (plain searches)."""
    return any(g in low for g in _GATES)


def join_later_dates(
    text: str, found: Sequence[TemporalExpression], regions: Iterable[tuple[int, int]]
) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "a later date" added where no expression overlaps it."""
    out = list(found)
    added = False
    for lo, hi in regions:
        for m in _LATER_DATE.finditer(text, lo, hi, KEEP_GIL):
            s, e = m.span()
            if any(t.start < e and s < t.end for t in out):
                continue
            later = TemporalExpression(
                text=text[s:e], start=s, end=e, type="DATE", value="FUTURE_REF", plugin="dates"
            )
            out.append(later)
            added = True
    if added:
        out.sort(key=lambda t: (t.start, t.end))
    return out
