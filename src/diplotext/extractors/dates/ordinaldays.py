"""A day of the month written as a bare ordinal, "on the 15th", "by the 3rd" (the thirteenth
session, issue 11): after a preposition that takes a date, the day of the month the text named last
before it; with none named, of publication's month or the one before or after it, the nearest one
the clause's tense allows: never a day gone by for the future, nor one ahead for the past.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from .context import Context, Match, _one, _tx
from .resolve import _weight, add_months, day_value

__all__ = ["r_bare_ordinal"]

_PREPOSITION_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a bare day ordinal')})\s{{1,3}}$", regex.IGNORECASE
)
_PARAGRAPH: Final = "\n"
_GRACE: Final = dt.timedelta(days=1)
"""A day past publication a past day may be on (time zones)."""


def r_bare_ordinal(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "on the 15th": a day of the month in context (see the module)."""
    if not _PREPOSITION_BEFORE.search(ctx.before(m.start(), 12)):
        return None  # "the 3rd" alone: a rank, a unit, a street
    day = int(m.group("day"))
    named = ctx.last_month
    if named is not None and named[0][:4].isdigit() and _PARAGRAPH not in ctx.text[named[1] : m.start()]:
        d = _date(int(named[0][:4]), int(named[0][5:7]), day)  # "in March ... on the 12th"
        return (
            None if d is None else _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(d), relative=named[0]))
        )
    anchor = ctx.anchor
    if anchor is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    options = [
        d
        for shift in (-1, 0, 1)
        if (d := _date(*add_months(anchor.year, anchor.month, shift), day)) is not None
    ]
    if tense == "future":  # "will meet on the 2nd" on the 3rd: next month's
        options = [d for d in options if d >= anchor] or options
    elif tense == "past":  # "met on the 28th" on the 3rd: last month's
        options = [d for d in options if d <= anchor + _GRACE] or options
    best = min(options, key=lambda d: _weight((d - anchor).days, tense))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(best), relative=True))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
