"""A year named by a year and the next one, "the 2013-14 fiscal year", "the 2006/07 financial
year", "the 2019/20 school year": one DATE, the first year's (as "fiscal year 2013-14" is), running
through the noun (and from "the"); the second year written short or whole is not a date of its own.
Only before a noun of the lexicon's ``time``/``periods named by a split year`` ("in 2013-14" alone,
"the 2006-2010 period", "the 1990-91 season" stay two, the ends of a range).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

__all__ = ["join_split_years"]

_YEAR: Final = regex.compile(r"(\d{4})$")
_DASHES: Final = frozenset("-–/")
_THE_BEFORE: Final = regex.compile(r"\bthe\s{1,3}$", regex.IGNORECASE)
_NOUNS: Final = lexicon.alternation("time", "periods named by a split year", space=r"\s{1,3}")
_NEXT: Final = regex.compile(
    rf"[-–/](?P<next>\d{{4}}|\d\d)\s{{1,3}}(?:{_NOUNS})\b",
    regex.IGNORECASE,
)


def join_split_years(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "2013" of "the 2013-14 fiscal year" run through the noun, and an
    expression inside what it now covers dropped."""
    out: list[TemporalExpression] = []
    covered = -1
    for each in found:
        t = each
        if t.start < covered:
            continue
        if text[t.end : t.end + 1] not in _DASHES or not t.text[-1:].isdigit():
            out.append(t)  # (cheap tests first)
            continue
        year = _YEAR.search(t.value) if t.type == "DATE" else None
        got = _NEXT.match(text, t.end) if year is not None else None
        if year is not None and got is not None:
            first, nxt = int(year.group(1)), got.group("next")
            if int(nxt) == (first + 1) % (100 if len(nxt) == 2 else 10_000):
                covered = got.end()
                the = _THE_BEFORE.search(text, max(0, t.start - 6), t.start) if t.text[0].isdigit() else None
                start = t.start if the is None else the.start()
                t = attrs.evolve(t, text=text[start:covered], start=start, end=covered, range=None)
        out.append(t)
    return out
