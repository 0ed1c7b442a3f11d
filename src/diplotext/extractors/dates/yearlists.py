"""A year inside a list of years: "in 1994, 1995 and 1997", "in 1982, 1987, 2001 and 2005".

A number after a number and a comma is read as one of a run of figures ("1,200, 1,500 ..."), which
left the middle years of such a list out. It is a year of a list when the number before it is a year,
the list goes on (a comma and a year at a time) to "and" or "or" and a last year that no plural noun
follows ("1995 and 1997 employees" are counts), and the years rise.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

__all__ = ["in_year_list"]

_YEAR: Final = r"(?:1[89]|20)\d\d"
_JOIN: Final = lexicon.alternation("time", "words joining the last year of a list")

_YEAR_AND_COMMA_BEFORE: Final = regex.compile(rf"(?<![\d,.$£€])(?P<prev>{_YEAR}),\s{{1,2}}$")
_LIST_GOES_ON: Final = regex.compile(
    rf"(?:,\s{{1,2}}{_YEAR}){{0,6}},?\s{{1,2}}(?:{_JOIN})\s{{1,2}}(?P<last>{_YEAR})\b(?![,.]?\d|\s{{1,3}}\p{{Ll}}+s\b)"
)


def in_year_list(before: str, after: str, year: int) -> bool:
    """Is the number ``year``, with ``before`` and ``after`` it, a year in the middle of a list of
    rising years that ends with "and" or "or" and a year?"""
    prev = _YEAR_AND_COMMA_BEFORE.search(before, None, None, KEEP_GIL)
    if prev is None:
        return False
    goes_on = _LIST_GOES_ON.match(after, None, None, KEEP_GIL)
    return goes_on is not None and int(prev.group("prev")) < year < int(goes_on.group("last"))
