"""Two units back or on, "the week before last", "the month after next" (:func:`r_unit_two_back`).

A length counted from a day, "ten days from now", "a week from Friday", is not joined into one DATE:
TimeML tags an anchored length as two expressions, the DURATION and the day it counts from (as
TimeBank tags "Eight trading days" and "Oct. 12" in "eight trading days after Oct. 12"); a weekday
a length counts from is the coming one (:func:`weekdays_counted_from`).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from .blocks import weekday_number
from .context import Context, Match, _one, _tx
from .resolve import day_value, iso_week_value, shift

__all__ = ["r_unit_two_back", "weekdays_counted_from"]

_UNRESOLVED: Final = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
_FROM: Final = regex.compile(r"\s{1,3}from\s{1,3}", regex.IGNORECASE)
_DAY: Final = regex.compile(r"\d{4}-\d\d-\d\d$")
_STRETCH_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a length that begins on a day')})\s{{1,3}}$",
    regex.IGNORECASE,
)
_UPTO_AFTER: Final = regex.compile(
    rf"\s{{0,3}}(?:[-–]|(?:to|through|{lexicon.alternation('time', 'until')})\b)", regex.IGNORECASE
)


def weekdays_counted_from(
    text: str, found: list[TemporalExpression], anchor: dt.date | None
) -> list[TemporalExpression]:
    """``found`` with a weekday after a length and "from" ("a week from Friday", "ten days from
    Monday") made the coming one when it was read as gone by: the length counts on from it. Not a
    stretch that begins that day ("shut for two days from Tuesday to Thursday")."""
    if anchor is None:
        return found
    out = list(found)
    for k in range(len(out) - 1):
        length, day = out[k], out[k + 1]
        if (
            length.type != "DURATION"
            or day.type != "DATE"
            or day.range is not None
            or weekday_number(day.text) is None
            or not _DAY.match(day.value)
            or _FROM.fullmatch(text, length.end, day.start) is None
            or _STRETCH_BEFORE.search(text, max(0, length.start - 10), length.start)
            or _UPTO_AFTER.match(text, day.end)
        ):
            continue
        base = dt.date.fromisoformat(day.value)
        if base < anchor:
            out[k + 1] = attrs.evolve(day, value=day_value(base + dt.timedelta(days=7)))
    return out


def r_unit_two_back(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the week before last" (two weeks back), "the year after next", "the weekend before last"."""
    unit = m.group("tbunit").lower()
    amount = -2 if m.group("tbdir").lower() == "before" else 2
    if ctx.anchor is None:
        value = _UNRESOLVED[unit]
    elif unit == "weekend":
        value = f"{iso_week_value(ctx.anchor + dt.timedelta(days=7 * amount))}-WE"
    else:
        value = shift(ctx.anchor, unit, amount) or ""
    if not value:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))
