"""Holidays: named days whose date the year decides ("Christmas", "Thanksgiving", "Mother's Day",
"Easter Monday"). The names and their rules are the lexicon's ``time``/``holidays``.

In news a holiday is the one nearest publication, a distance against the tense counting four times
(a distance ahead twice with no cue);
in narrative mode the one of the story's year.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from . import anchoring
from .blocks import HOLIDAY_RULES, holiday_key
from .context import Context, Match, _g, _one, _tx
from .resolve import day_value

__all__ = ["holiday_date", "r_holiday"]

_AGAINST_TENSE: Final = 4.0
"""How much a distance against the clause's tense counts (behind publication in a future clause, ahead
of it in a past one); twice with no cue, a distance ahead. (An infinitive's "to" is a future cue that
is sometimes a past clause's: "travelled there to take part in a celebration on Independence Day".)"""


def _easter(year: int) -> dt.date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * mm + 114) // 31
    day = (h + ll - 7 * mm + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7)
    if n > 0:
        return d + dt.timedelta(days=7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


@functools.lru_cache(maxsize=512)
def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of the holiday ``name`` (any case) in ``year``, or ``None`` if it is not one."""
    rule = HOLIDAY_RULES.get(holiday_key(name))
    if rule is None:
        return None
    parts = rule.split()
    if parts[0] == "easter":
        return _easter(year) + dt.timedelta(days=int(parts[1]))
    if len(parts) == 1:
        month, day = parts[0].split("-")
        return dt.date(year, int(month), int(day))
    shift = int(parts[3]) if len(parts) > 3 else 0
    return _nth_weekday(year, int(parts[0]), int(parts[1]), int(parts[2])) + dt.timedelta(days=shift)


_THING_NEXT: Final = regex.compile(
    rf"[^\S\n]{{1,3}}(?:{lexicon.alternation('time', 'nouns after a holiday that is no date')})\b",
    regex.IGNORECASE,
)
"""A noun after a holiday's name that makes it a thing or a place: "Christmas trees", "Easter Island"."""


_OTHER_CALENDAR_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'calendars before a new year')})\s{{1,3}}$", regex.IGNORECASE
)
"""Before "New Year": another calendar's ("the Lunar New Year", "Persian New Year")."""
_YEAR_NEXT: Final = regex.compile(r"(?:['’]s?)?\s{1,3}\d{4}\b")


def r_holiday(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    name, end = m.group("hol"), m.end("hol")
    if _THING_NEXT.match(ctx.text, end):
        return []
    year = _g(m, "hyear")
    if holiday_key(name) == "new year" and (
        _OTHER_CALENDAR_BEFORE.search(ctx.before(m.start(), 24)) or _YEAR_NEXT.match(ctx.text, end)
    ):
        # "the Lunar New Year"; "at New Year's 2006" (that year's, not the one nearest): the year alone
        return _one(_tx(ctx, m.start("hyear"), m.end(), "DATE", year)) if year else []
    if year:
        day = holiday_date(name, int(year))  # "on Christmas Day 2012", "at Easter, 2008": that year's
        return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(day))) if day else None
    counted = _counted_holiday(ctx, m, name)
    if counted is not None:
        return counted  # "last Thanksgiving", "next Christmas", "this Easter"
    value, anchor = anchoring.day_without_year(
        ctx, lambda year: holiday_date(name, year), lambda: _holiday_near_anchor(ctx, m, name)
    )
    if value is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=anchor))


_DETERMINERS: Final = lexicon.words("grammar", "determiners") | lexicon.words("grammar", "possessives")
_WORD_BEFORE: Final = regex.compile(r"([A-Za-z]+)\s{1,3}$")
_COUNTING: Final = lexicon.mapping("time", "words before a holiday that count from publication")
_COUNTING_BEFORE: Final = regex.compile(
    rf"\b({lexicon.alternation('time', 'words before a holiday that count from publication')})\s{{1,3}}$",
    regex.IGNORECASE,
)


def _counted_holiday(ctx: Context, m: Match, name: str) -> list[TemporalExpression] | None:
    """News: a holiday after "last", "next", "this" ... (the lexicon's ``time``/``words before a
    holiday that count from publication``): the last one before publication, the first after it, or
    publication's year's, one expression with the word; ``None`` without such a word."""
    if ctx.anchor is None or ctx.story is not None:
        return None
    rel = _COUNTING_BEFORE.search(ctx.text, max(ctx.lo, m.start() - 16), m.start())
    if rel is None:
        return None
    det = _WORD_BEFORE.search(ctx.text, max(ctx.lo, rel.start() - 12), rel.start())
    if det is not None and det.group(1).lower() in _DETERMINERS:
        return None  # "the last Christmas before the war": the final one
    how = _COUNTING.get(" ".join(rel.group(1).lower().split()))
    a = ctx.anchor
    days = [d for y in (a.year - 1, a.year, a.year + 1) if (d := holiday_date(name, y)) is not None]
    if how == "last":
        days = [d for d in days if d < a][-1:]
    elif how == "next":
        days = [d for d in days if d > a][:1]
    else:
        days = [d for d in days if d.year == a.year]
    if not days:
        return None
    return _one(_tx(ctx, rel.start(1), m.end(), "DATE", day_value(days[0]), relative=True))


def _holiday_near_anchor(ctx: Context, m: Match, name: str) -> str | None:
    """The holiday nearest publication, a distance against the clause's tense counting four times
    ("will stay open until Christmas" in March: this year's; "the shops were busy at Christmas" in
    September: last year's), a distance ahead twice with no cue."""
    if ctx.anchor is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    best: tuple[float, dt.date] | None = None
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        d = holiday_date(name, year)
        if d is None:
            continue
        delta = (d - ctx.anchor).days
        if tense == "future":
            weight = _AGAINST_TENSE if delta < 0 else 1.0  # "will stay open until Christmas", in March
        else:
            weight = (_AGAINST_TENSE if tense == "past" else 2.0) if delta > 0 else 1.0
        score = abs(delta) * weight
        if best is None or score < best[0]:
            best = (score, d)
    return None if best is None else day_value(best[1])
