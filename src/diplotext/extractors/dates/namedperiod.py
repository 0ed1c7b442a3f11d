"""News: "early in the month", "by the end of the year" in a clause told in the past, right after the
text named an earlier month or year ("made several statements in May. Early in the month, ..."; "Sales
fell in 2008. By the end of the year, ..."): that month or year, not publication's; "by the end of the
day" right after a day named, in a clause not in the future: that day.

In the present or the future the period stays publication's ("will be finished by the end of the
year"), and so it does when the text named no earlier period shortly before, or a day of another
month came between ("in May ... On Monday, ... Late in the month": Monday's month).
"""

from __future__ import annotations

from typing import Final

import regex

from .context import Context
from .resolve import month_value, year_value

__all__ = ["NAMED_PERIOD_REACH", "period_named_before"]

NAMED_PERIOD_REACH: Final = 400
"""How far (characters) before the expression the month or year it takes may end."""
_PARAGRAPH_BREAK: Final = regex.compile(r"\n\s*\n")


def period_named_before(ctx: Context, unit: str, start: int, end: int) -> tuple[str, str] | None:
    """The day (``unit`` "day"), month ("month") or year ("year") the text named last, with the value
    it was read from, when it ended at most :data:`NAMED_PERIOD_REACH` characters before ``start`` in
    the same paragraph and, for a month or a year, is before publication's and the clause at
    ``start``-``end`` is in the past (for a day: not in the future); ``None`` otherwise."""
    anchor = ctx.anchor
    if ctx.mode != "news" or anchor is None or unit not in ("day", "month", "year"):
        return None
    named_month = ctx.last_month
    if unit == "day":  # "attacked the town on Tuesday. By the end of the day, ...": Tuesday's
        named_day = ctx.last_day
        if named_day is None or not _near(ctx, named_day[1], start) or ctx.tense(start, end) == "future":
            return None
        return named_day[0], named_day[0]
    if unit == "month":
        if named_month is None or not _near(ctx, named_month[1], start):
            return None
        value = named_month[0]
        if not (value[:4].isdigit() and value[5:7].isdigit()):
            return None
        year, month = int(value[:4]), int(value[5:7])
        if (year, month) >= (anchor.year, anchor.month):
            return None
        told = month_value(year, month)
    else:
        named_year = ctx.last_year
        if named_year is None or not _near(ctx, ctx.last_year_end, start):
            return None
        month_after = named_month is not None and named_month[1] > ctx.last_year_end
        if month_after and named_month is not None and named_month[0][:4] != str(named_year):
            return None  # a day of another year came between ("In 2004 ... on Monday ...")
        if named_year >= anchor.year:
            return None
        told = year_value(named_year)
    if ctx.tense(start, end) != "past":
        return None
    return told, told


def _near(ctx: Context, named_end: int, start: int) -> bool:
    """Did the period named end shortly before ``start``, in the same paragraph?"""
    if named_end < 0 or not 0 <= start - named_end <= NAMED_PERIOD_REACH:
        return False
    return _PARAGRAPH_BREAK.search(ctx.text, named_end, start) is None
