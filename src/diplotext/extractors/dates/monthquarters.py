"""A quarter named by its months, "the July-September quarter", "the October-to-December period",
"the April to June quarter": the two months and the noun after them are one DATE, that quarter
(``2006-Q3``), when the months begin and end one calendar quarter. (Months that span another stretch,
"the January-September period", stay two months, the ends of a range.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext.model import TemporalExpression

from .blocks import MONTH
from .nthweekday import join_pairs

__all__ = ["join_month_quarters", "months_before_a_quarter"]

_MONTH: Final = regex.compile(r"(\d{4}|XXXX)-(\d\d)$")
_BETWEEN: Final = regex.compile(r"\s{0,2}(?:[-–/]|-to-)\s{0,2}|\s{1,2}to\s{1,2}", regex.IGNORECASE)
_NOUN_NEXT: Final = regex.compile(
    r"\s{1,3}(?:fiscal\s{1,3}|financial\s{1,3})?(?:quarter|period)\b", regex.IGNORECASE
)
_THE_BEFORE: Final = regex.compile(r"\bthe\s{1,3}$", regex.IGNORECASE)


_MONTH_BEFORE_NOUN: Final = regex.compile(
    rf"(?:[-–/]|\sto\s{{1,2}}){MONTH}\s{{1,3}}(?:(?:fiscal|financial)\s{{1,3}})?$", regex.IGNORECASE
)
_NOUNS: Final = ("quarter", "period")


def months_before_a_quarter(text: str, low: str) -> bool:
    """Does a second month of a pair stand right before "quarter" or "period" anywhere in ``text``
    (``low``: lower-cased)? (Found with ``str.find``: a scan of every expression costs more.)"""
    for noun in _NOUNS:
        at = low.find(noun)
        while at != -1:
            window = low[max(0, at - 32) : at]
            if (
                "-" in window or "–" in window or "/" in window or " to " in window
            ) and _MONTH_BEFORE_NOUN.search(text, max(0, at - 32), at):
                return True
            at = low.find(noun, at + len(noun))
    return False


def join_month_quarters(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "July-September quarter" joined into that quarter."""

    def join(first: TemporalExpression, last: TemporalExpression) -> TemporalExpression | None:
        if last.start - first.end > 6 or first.type != "DATE" or len(first.value) != 7:
            return None  # (cheap tests first: most pairs are far apart)
        a, b = _MONTH.match(first.value), _MONTH.match(last.value)
        if a is None or b is None or first.type != "DATE" or last.type != "DATE":
            return None
        begin, end = int(a.group(2)), int(b.group(2))
        if begin % 3 != 1 or end != begin + 2 or not _BETWEEN.fullmatch(text, first.end, last.start):
            return None
        noun = _NOUN_NEXT.match(text, last.end)
        if noun is None:
            return None
        the = _THE_BEFORE.search(text, max(0, first.start - 6), first.start)
        start = the.start() if the is not None else first.start
        value = f"{b.group(1)}-Q{(begin + 2) // 3}"
        return attrs.evolve(
            first,
            text=text[start : noun.end()],
            start=start,
            end=noun.end(),
            value=value,
            range=None,
            mod=None,
        )

    return join_pairs(found, join)
