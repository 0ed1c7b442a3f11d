"""A weekday counted in a month, "the first Sunday of June", "the last Friday of May", "the second
Tuesday in March": the weekday and the month found apart are one expression, that day; "the first
Monday of each month" is one SET, a month apart. ("the night of May 2" stays "May 2", as TimeBank
and AQUAINT tag it.)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from diplotext.model import TemporalExpression

from .blocks import ORDINALS, weekday_number

__all__ = ["counted_day_in", "join_nth_weekdays", "join_pairs"]

_MONTH: Final = regex.compile(r"(\d{4})-(\d\d)$")
_NTH_BEFORE: Final = regex.compile(r"\bthe\s{1,3}([a-z]+)\s{1,3}$", regex.IGNORECASE)
_THE_BEFORE: Final = regex.compile(r"\bthe\s{1,3}$", regex.IGNORECASE)
_OF_BETWEEN: Final = regex.compile(r"\s{1,3}(?:of|in)\s{1,3}$")


def counted_day_in(text: str, found: Sequence[TemporalExpression]) -> bool:
    """Is one of ``found`` a weekday counted "in" a month ("the second Tuesday in ...": an ordinal or
    "last" before it, "in" after it)? (Read off the expressions: a scan of the text costs more.)"""
    for t in found:
        if t.text.endswith("day") and text.startswith(" in ", t.end):
            words = text[max(0, t.start - 12) : t.start].split()
            if words and (words[-1].lower() in ORDINALS or words[-1].lower() == "last"):
                return True
    return False


def join_nth_weekdays(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with "the first Sunday of" ("... in") joined with the month after it."""

    def join(t: TemporalExpression, nxt: TemporalExpression) -> TemporalExpression | None:
        if text.startswith(" of ", t.end) or text.startswith(" in ", t.end):
            return _nth_weekday(text, t, nxt)
        return None

    return join_pairs(found, join)


def join_pairs(
    found: Sequence[TemporalExpression],
    join: Callable[[TemporalExpression, TemporalExpression], TemporalExpression | None],
) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with each expression that ``join`` makes one with the next
    replaced by the joined one (the next is then consumed)."""
    out: list[TemporalExpression] = []
    k = 0
    while k < len(found):
        t = found[k]
        if k + 1 < len(found):
            joined = join(t, found[k + 1])
            if joined is not None:
                out.append(joined)
                k += 2
                continue
        out.append(t)
        k += 1
    return out


def _nth_weekday(text: str, day: TemporalExpression, month: TemporalExpression) -> TemporalExpression | None:
    """ "the first Sunday of June" (a weekday, then "of" and a month): that Sunday of that month."""
    if (
        day.type != "DATE"
        or month.type not in ("DATE", "SET")
        or day.range is not None
        or month.range is not None
    ):
        return None
    words = day.text.split()
    wd = weekday_number(words[-1])
    every = month.type == "SET" and month.value == "P1M"  # "the first Monday of each month": a set
    ym = _MONTH.match(month.value)
    if wd is None or (ym is None and not every) or len(words) > 2:
        return None
    if not _OF_BETWEEN.match(text, day.end, month.start):
        return None
    nth = _NTH_BEFORE.search(text, max(0, day.start - 16), day.start)
    if len(words) == 2:  # "the last Friday of June": "last Friday" was read as one expression
        if words[0].lower() != "last" or not text[max(0, day.start - 4) : day.start].lower().startswith(
            "the"
        ):
            return None
        nth = _THE_BEFORE.search(text, max(0, day.start - 6), day.start)
        word = "last"
    elif nth is not None:
        word = nth.group(1).lower()
    if nth is None:
        return None
    n = -1 if word == "last" else ORDINALS.get(word)
    if n is None or not 1 <= abs(n) <= 5:
        return None
    start = nth.start()
    if ym is None:  # a weekday counted in every month: the set, a month apart
        return attrs.evolve(month, text=text[start : month.end], start=start)
    year, mon = int(ym.group(1)), int(ym.group(2))
    days = [
        d for d in range(1, calendar.monthrange(year, mon)[1] + 1) if dt.date(year, mon, d).isoweekday() == wd
    ]
    if n > len(days):
        return None
    value = dt.date(year, mon, days[n - 1] if n > 0 else days[-1]).isoformat()
    return attrs.evolve(month, text=text[start : month.end], start=start, value=value, mod=None)
