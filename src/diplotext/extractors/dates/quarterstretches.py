"""Quarters that are time and quarters that are not, where the word alone cannot tell.

- "N quarters of ..." is a share ("three quarters of the members") unless a word of time or a vague
  count stands before the count and no determiner follows "of": "the past two quarters of growth",
  "several quarters of losses", "five successive quarters of decline" are lengths of time
  (:func:`quarters_of_are_time`, asked by the duration rule).
- "the first two quarters of 1990" is that year's first half (``1990-H1``), "the last two quarters of
  2009" its second half: one DATE over the words and the year found after them
  (:func:`half_year_quarters`, a pass over the expressions found).
- "criticized in some quarters", "interest from several quarters": a vague count of quarters after a
  preposition of place is the idiom (circles of opinion), no time (:func:`quarters_are_places`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from .context import Context, Match, _g

__all__ = ["half_year_quarters", "quarters_are_places", "quarters_of_are_time"]

_SHARE_WORDS: Final = lexicon.alternation("time", "words after quarters of that make a share")
_SHARE_AFTER: Final = regex.compile(
    rf"\s{{1,3}}of\s{{1,3}}(?:(?:{_SHARE_WORDS})\b(?!\s{{1,3}}year\b)|(?!(?:19|20)\d\d\b(?![.,]\d))[\d$£€])",
    regex.IGNORECASE,
)
"""After "quarters": "of" and what makes them a share ("three quarters of the vote", "of $5"; not
"of 2005", "of this year": a year's quarters)."""
_STRETCH_WORDS: Final = lexicon.words("time", "words before quarters that make a stretch")
_PLACE_COUNTS: Final = lexicon.words("time", "counts of quarters that are places")
_PLACE_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'prepositions before quarters that are places')})\s{{1,3}}$",
    regex.IGNORECASE,
)
_HALVES: Final = lexicon.mapping("time", "ends of a year in two quarters")
_HALF_YEAR_WORDS: Final = regex.compile(
    rf"\b(?:the\s{{1,3}})?(?P<end>{lexicon.alternation('time', 'ends of a year in two quarters')})\s{{1,3}}"
    rf"(?:{lexicon.alternation('time', 'counts of two')})\s{{1,3}}quarters\s{{1,3}}of\s{{1,3}}",
    regex.IGNORECASE,
)
_YEAR_VALUE: Final = regex.compile(r"\d{4}")


def quarters_of_are_time(ctx: Context, m: Match) -> bool:
    """Is the count of quarters ``m``, which "of" follows, a length of time rather than a share?"""
    if _SHARE_AFTER.match(ctx.text, m.end(), None, KEEP_GIL):
        return False
    if _g(m, "more"):
        return True  # "two consecutive quarters of growth"
    words = m.group(0)[: m.start("unit") - m.start()].lower().split()
    return any(w in _STRETCH_WORDS for w in words)


def quarters_are_places(ctx: Context, m: Match) -> bool:
    """Is "some quarters" ``m`` the idiom "in some quarters" (places, not time)?"""
    vague = (_g(m, "vague") or "").lower()
    if vague not in _PLACE_COUNTS or _g(m, "span") or _g(m, "more"):
        return False
    return _PLACE_BEFORE.search(ctx.before(m.start(), 12), None, None, KEEP_GIL) is not None


def half_year_quarters(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "the first two quarters of" and the year found right after
    it made one expression, that year's half."""
    out = list(found)
    for m in _HALF_YEAR_WORDS.finditer(text):
        year = next((t for t in out if t.start == m.end()), None)
        if year is None or year.type != "DATE" or not _YEAR_VALUE.fullmatch(year.value or ""):
            continue
        half = TemporalExpression(
            text=text[m.start() : year.end],
            start=m.start(),
            end=year.end,
            type="DATE",
            value=f"{year.value}-{_HALVES[m.group('end').lower()]}",
            anchor=year.anchor,
            plugin="dates",
        )
        out = [t for t in out if t.end <= half.start or t.start >= half.end]
        out.append(half)
        out.sort(key=lambda t: (t.start, t.end))
    return out
