"""A vague length at an edge of a period: "the first days of the war", "the early years of the
republic", "the final weeks of the campaign", "the first hours of the crisis" — a DURATION with no
count (``PXD``, ``PXY``, ``PXW``, ``PTXH``), its extent from "the" to the unit, as TimeML tags it.

The grammar's ``bare_plural`` rule matches the unit (its ``edge`` branch: "the", a word of the
lexicon's ``time``/``words opening the edge of a period``, maybe "few", the unit, then "of"); this
module finds where the expression begins and leaves alone a period that is a date of the calendar
("the first days of January", "the last weeks of 2019", "the early years of the century"), which
is a part of that date rather than a length, and a unit with a capital ("a film, The Last Days of
...": a title). "the early hours of Monday" is a part of a day, left to the rules of days.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from .blocks import MONTHS
from .context import Context, Match, _one, _tx
from .values import duration_value

__all__ = ["period_edge"]

_EDGE_BEFORE: Final = regex.compile(
    rf"\b(?:the)\s{{1,3}}(?:{lexicon.alternation('time', 'words opening the edge of a period')})"
    r"\s{1,3}(?:few\s{1,3})?$",
    regex.IGNORECASE,
)
"""Before the unit: "the first ", "the final few "."""
_CALENDAR_DETERMINERS: Final = lexicon.alternation(
    "time", "determiners of a calendar date after the edge of a period"
)
_CALENDAR_WORDS: Final = lexicon.alternation("time", "calendar words after the edge of a period")
_MONTH_NAMES: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
_CALENDAR_NEXT: Final = regex.compile(
    rf"\s{{1,3}}of\s{{1,3}}(?:(?:{_CALENDAR_DETERMINERS})\s{{1,3}})?"
    rf"(?:\d|'\d|(?:{_MONTH_NAMES})\b|(?:{_CALENDAR_WORDS})\b)",
    regex.IGNORECASE,
)
"""After the unit: "of January", "of 2019", "of the year", "of this century" (a date of the calendar)."""
_REACH: Final = 32


def period_edge(ctx: Context, m: Match, unit: str) -> list[TemporalExpression] | None:
    """ "the first days of the war": a vague length from "the" to the unit, or ``None`` when the
    period after "of" is a calendar date ("the first days of January")."""
    if m.group("unit")[0].isupper() or _CALENDAR_NEXT.match(ctx.text, m.end(), None, KEEP_GIL):
        return None  # "The Last Days of ..." with capitals: a title; "the first days of January"
    lo = max(ctx.lo, m.start() - _REACH)
    before = _EDGE_BEFORE.search(ctx.text, lo, m.start(), KEEP_GIL)
    if before is None:
        return None
    return _one(_tx(ctx, before.start(), m.end(), "DURATION", duration_value(None, unit)))
