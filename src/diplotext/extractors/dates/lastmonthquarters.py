"""A quarter named by its last month, as company reports name them: "the March quarter", "the
December quarter", "the September fiscal quarter": one DATE, the quarter of three months that ends
with that month, read as the calendar quarter of its middle month ("the October quarter", August to
October, is ``Q3``, as "the quarter ended October 31" is). Its year is that of the last such month
on or before publication (a report tells a quarter over), or of the next in a future clause ("expects
a loss in the June quarter").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import regex

from diplotext.model import TemporalExpression

from .blocks import MONTH
from .parts import _month
from .resolve import year_value
from .tense import tense_at

__all__ = ["last_month_quarters"]

_THE_MONTH_QUARTER: Final = regex.compile(
    rf"\b(?:the|its|their)\s{{1,3}}(?P<month>{MONTH})\s{{1,3}}(?:(?:fiscal|financial)\s{{1,3}})?quarter\b",
    regex.IGNORECASE,
)


def last_month_quarters(
    text: str, low: str, found: Sequence[TemporalExpression], anchor: dt.date | None
) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with each "the March quarter" added as that quarter, any month
    found inside it replaced. (Looked for with ``str.find``: only a text with "quarter" is read.)"""
    if anchor is None:
        return list(found)
    out = list(found)
    at = low.find(" quarter")
    while at != -1:
        m = _THE_MONTH_QUARTER.search(text, max(0, at - 32), at + 8)
        while m is not None and m.end() < at + 8:  # (another quarter's words before this one)
            m = _THE_MONTH_QUARTER.search(text, m.start() + 1, at + 8)
        if m is not None:
            month = _month(m.group("month"))
            if month is not None:
                out = _put(out, _quarter(text, m, month, anchor))
        at = low.find(" quarter", at + 8)
    return out


def _quarter(text: str, m: regex.Match[str], month: int, anchor: dt.date) -> TemporalExpression:
    start = (
        m.start("month") - len("the ")
        if text[m.start() : m.start() + 3].lower() == "the"
        else m.start("month")
    )
    year = anchor.year if month <= anchor.month else anchor.year - 1
    if tense_at(text, m.start(), m.end()) == "future" and (year, month) < (anchor.year, anchor.month):
        year += 1  # "expects a loss in the June quarter", told in August: next June's
    middle = month - 1 if month > 1 else 12
    q_year = year if month > 1 else year - 1
    return TemporalExpression(
        text=text[start : m.end()],
        start=start,
        end=m.end(),
        type="DATE",
        value=f"{year_value(q_year)}-Q{(middle - 1) // 3 + 1}",
        anchor="published",
        plugin="dates",
    )


def _put(found: list[TemporalExpression], new: TemporalExpression) -> list[TemporalExpression]:
    """``found`` with ``new`` in its place, the expressions it overlaps dropped."""
    kept = [t for t in found if t.end <= new.start or t.start >= new.end]
    kept.append(new)
    kept.sort(key=lambda t: (t.start, t.end))
    return kept
