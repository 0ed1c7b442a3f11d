"""A length of time with neither count nor unit: "for some time", "for quite some time", "for a
while", "will take some time" — a DURATION of months (``PXM``, as TimeBank values "for some time"; its
``PXX``, no unit at all, is no value of this plugin's schema), the preposition or verb outside, as
TimeML tags it. Neither "time" nor "while" is a trigger of the pre-scan (both are common words), so this runs
after the scan, only over text that holds "some time" or "a while", and only inside the regions
scanned. The words before the length are the lexicon's ``time``/``words before a length with no
unit``; "for a long time", "at some time", "a while ago" are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

__all__ = ["join_vague_lengths", "may_hold_vague_length"]

_LENGTH: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a length with no unit')})\s{{1,3}}"
    r"(?P<x>(?:quite\s{1,3})?some\s{1,3}time|a\s{1,3}(?:little\s{1,3})?while)\b"
    r"(?![-‐]|\s{1,3}(?:ago|back|since|before|after|in|during|between|on|when)\b)",
    regex.IGNORECASE,
)
"""Checked after the length: "some time ago", "some time in May", "some time before the vote" name
a point (vague or dated), no length."""


def may_hold_vague_length(low: str) -> bool:
    """Whether the lower-cased text can hold such a length at all (plain searches)."""
    return "some time" in low or "a while" in low or "little while" in low


def join_vague_lengths(
    text: str, found: Sequence[TemporalExpression], regions: Iterable[tuple[int, int]]
) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "some time" / "a while" added where a word of the lexicon
    stands before it and no expression overlaps it."""
    out = list(found)
    added = False
    for lo, hi in regions:
        for m in _LENGTH.finditer(text, lo, hi, KEEP_GIL):
            s, e = m.span("x")
            if any(t.start < e and s < t.end for t in out):
                continue
            out.append(
                TemporalExpression(
                    text=text[s:e], start=s, end=e, type="DURATION", value="PXM", plugin="dates"
                )
            )
            added = True
    if added:
        out.sort(key=lambda t: (t.start, t.end))
    return out
