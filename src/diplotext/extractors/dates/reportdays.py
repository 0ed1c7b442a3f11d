"""The day or week a report of trading or play tells: "shares fell 2 percent on the day.", "For the
week, the index lost 3 percent", "the index ended the day higher", "finished the week at 5,120".

The grammar takes "the day" or "the week" only right after a word of the lexicon's
``time``/``words before the day of a market report`` and before a stop, a figure or a word of
``time``/``words after the day of a market report`` ("on the day of the vote", "on the day he fell
ill" are left alone). Its value is the day the text named last, shortly before (or that day's week),
else publication's day or week; in narrative mode the story's.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from diplotext.model import TemporalExpression

from . import anchoring
from .context import Context, Match, _one, _tx
from .resolve import day_value, iso_week_value

__all__ = ["r_report_day"]


_REPORT_DAYS_BACK: Final = 7
"""How many days from publication the day named last may be to be the report's ("its highest since
Aug. 28, 2000. X was the day's volume leader" is publication's day)."""


def r_report_day(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if m.group("cunit")[:1].isupper():
        return None  # a title ("Player of the Day")
    unit = m.group("cunit").lower()
    got = anchoring.story(ctx, unit, 0)
    if got is not None and got[0] is not None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], relative=got[1]))
    named = ctx.last_day
    if (
        named is not None
        and m.start() - named[1] <= anchoring.CLOCK_DAY_REACH
        and not ctx.text.startswith(("'s", "’s"), named[1])  # "against Tuesday's 2,082 million": a comparison
    ):
        try:
            day = dt.date.fromisoformat(named[0])
        except ValueError:
            day = None
        if day is not None and (ctx.anchor is None or abs((ctx.anchor - day).days) <= _REPORT_DAYS_BACK):
            # "closed at 10,512 on Friday. For the week, ...": Friday's week
            value = day_value(day) if unit == "day" else iso_week_value(day)
            return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=named[0]))
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX-XX-XX" if unit == "day" else "XXXX-WXX"))
    value = day_value(ctx.anchor) if unit == "day" else iso_week_value(ctx.anchor)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))
