"""Days next to a year said against publication: "July 13-17 last year", "from July 13 to 17 of last
year", "Last year, on August 8, ...": the days of that year.

"June 5 last year" is one expression (the grammar's); a range of days, or a year said before the day
with a comma, leaves them apart, and each day was read in publication's year. A day (or the days of a
range joined by a dash, "to", "and", "through" or "until") right before "last year", "this year" or "next
year" ("of" may come between), or right after it ("on" may come between), takes that year; not before
"last year's" (a noun the year qualifies).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext.model import TemporalExpression

__all__ = ["days_of_a_said_year"]

_SAID_YEAR: Final = regex.compile(r"(?i)(?:last|this|next)\s{1,3}year")
_GAP_BEFORE_YEAR: Final = regex.compile(r",?\s{1,3}(?:of\s{1,3})?")
"""Between a day and the year after it: "July 17 last year", "17 of last year"."""
_GAP_AFTER_YEAR: Final = regex.compile(r",?\s{1,3}(?:on\s{1,3})?")
"""Between the year and a day after it: "Last year, on August 8", "Last year August 8"."""
_RANGE_GAP: Final = regex.compile(r"\s{0,2}[-–]\s{0,2}|\s{1,3}(?:to|and|through|until)\s{1,3}")
_DAY: Final = regex.compile(r"\d{4}-\d\d-\d\d")


def days_of_a_said_year(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with the days next to a year said against publication read in
    that year."""
    out = list(found)
    for i, year in enumerate(out):
        if not 9 <= year.end - year.start <= 13 or not year.value.isdigit() or year.anchor != "published":
            continue  # (the cheapest tests first: most expressions are no year said so)
        if not _SAID_YEAR.fullmatch(year.text):
            continue
        if text.startswith(("'s", "’s"), year.end):
            continue  # "On August 8, last year's winner spoke": the year qualifies a noun
        if i > 0 and _GAP_BEFORE_YEAR.fullmatch(text, out[i - 1].end, year.start):
            j = i - 1
            while _of_publication(out[j], year.value):
                out[j] = _in_year(out[j], year.value)
                if j == 0 or not _RANGE_GAP.fullmatch(text, out[j - 1].end, out[j].start):
                    break
                j -= 1
        elif i + 1 < len(out) and _GAP_AFTER_YEAR.fullmatch(text, year.end, out[i + 1].start):
            j = i + 1
            while _of_publication(out[j], year.value):
                out[j] = _in_year(out[j], year.value)
                if j + 1 == len(out) or not _RANGE_GAP.fullmatch(text, out[j].end, out[j + 1].start):
                    break
                j += 1
    return out


def _of_publication(t: TemporalExpression, year: str) -> bool:
    """Is ``t`` a day read in publication's year that is not ``year``'s (and exists in it)?"""
    if t.type != "DATE" or t.anchor != "published" or not _DAY.fullmatch(t.value) or t.value[:4] == year:
        return False
    try:
        dt.date(int(year), int(t.value[5:7]), int(t.value[8:10]))
    except ValueError:
        return False  # February 29
    return True


def _in_year(t: TemporalExpression, year: str) -> TemporalExpression:
    return attrs.evolve(t, value=year + t.value[4:])
