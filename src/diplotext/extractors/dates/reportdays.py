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

import regex

from diplotext.model import TemporalExpression

from . import anchoring
from .context import Context, Match, _one, _tx
from .resolve import day_value, iso_week_value
from .tense import tense_at

__all__ = ["r_report_day"]


_COMPARED_CLOCK: Final = regex.compile(r"[A-Za-z]['’]s\s{1,3}\d{1,2}(?:[:.]\d\d)?\s{0,2}[ap]\.?\s?m\.?$")
"""A clock time after a possessive day ("compared with Tuesday's 5 p.m. quotes"): a day compared with,
not the one a report tells."""

_DURING_BEFORE: Final = regex.compile(r"\b(?:during|throughout)\s{1,3}$", regex.IGNORECASE)

_SENTENCE_END: Final = regex.compile(r"[.!?]\s")

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
        and not _COMPARED_CLOCK.search(ctx.text, max(0, named[1] - 24), named[1])  # "Tuesday's 5 p.m."
        and not (
            _DURING_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
            and (  # "during the day" counts from a day of its own sentence ("Friday's close. It moved
                # between 117.1 and 117.6 yen during the day": publication's), and not in a clause ahead
                _SENTENCE_END.search(ctx.text, named[1], m.start())
                or tense_at(ctx.text, m.start(), m.end(), ctx.lo, ctx.hi) == "future"
            )
        )
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
