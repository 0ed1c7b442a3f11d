"""Rules for weekdays: a bare or qualified weekday ("Friday", "last Tuesday", "Sunday night",
"Tuesday nights"), its day taken from a date that follows or comes just before it when that date
falls on it, else from the clause's tense; and a weekday with its date ("Thursday, May 2"), whose
year is one in which the date falls on that weekday.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from . import anchoring
from .blocks import WEEKDAY_WORDS
from .context import Context, Match, _g, _one, _tx
from .parts import _POD, NIGHTS, _clock, _date, _day, _month, _pmod, _time_value
from .resolve import Tense, day_value, month_day_value, nearer_tense
from .shortdays import short_weekday_ok
from .tense import future_in_past
from .titles import is_weekday_title


def _weekday(m: Match) -> int:
    return WEEKDAY_WORDS[m.group("weekday").lower().rstrip(".")][0]


def _numeric_month_day(ctx: Context, numeric: str, wd: int) -> tuple[int | None, int | None]:
    """The month and day of "3/8" after a weekday: month first, unless only day first puts it on
    that weekday in a year around publication ("Sat 9/3" in March 2013: 9 March)."""
    a, b = (int(n) for n in numeric.split("/"))
    for month, day in ((a, b), (b, a)):
        if ctx.anchor is None or any(
            (d := _date(y, month, day)) is not None and d.isoweekday() == wd
            for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
        ):
            return (month, day) if _date(2000, month, day) else (None, None)
    return None, None


def _weekday_date(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "Thursday, May 2", "Saturday 8 October 2011", "THURSDAY, MARCH 14, 2013, 9:31 AM": one
    expression with the date's value; with no year, a year in which the date falls on that weekday
    is preferred."""
    month, day, wd = _month(_g(m, "month")), _day(_g(m, "day")), _weekday(m)
    numeric = _g(m, "nmd")
    if numeric:  # "Fri 3/8": month and day, or day and month where only that falls on the weekday
        month, day = _numeric_month_day(ctx, numeric, wd)
    if month is None or day is None:
        return None
    year = _g(m, "year")
    value: str | None
    rel: bool | str
    if year:
        d = _date(int(year), month, day)
        value, rel = (day_value(d) if d else None), False
    else:

        def on_weekday(y: int) -> dt.date | None:
            d = _date(y, month, day)
            return d if d is not None and d.isoweekday() == wd else None

        def near_publication() -> str | None:
            a = ctx.anchor
            if a is None:
                return None
            options = [d for y in (a.year - 1, a.year, a.year + 1) if (d := on_weekday(y)) is not None]
            return day_value(min(options, key=lambda d: abs((d - a).days))) if options else None

        named = anchoring.year_of_weekday(ctx, on_weekday, m.start(), near_publication)
        if named is not None:  # "struck on 4 March 2004 ... On Sunday, 7 March": 2004's Sunday
            value, rel = named
        else:
            value, rel = anchoring.day_without_year(ctx, on_weekday, near_publication)
        if value is None:
            value, rel = anchoring.month_and_day(ctx, month, day, m.start(), m.end())
    if value is None:
        return None
    clock = _clock(m.group("clock")) if _g(m, "clock") else None
    if clock is not None:
        return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), relative=rel))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=rel))


_FOLLOWING_DATE: Final = regex.compile(
    r",?\s{1,3}(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.))\s{1,3}(?P<day>\d{1,2})\b"
    r"(?:,?\s{1,3}(?P<year>(?:19|20)\d\d)\b)?"
)


def _weekday_of_following_date(ctx: Context, end: int, weekday: int) -> str | None:
    """ "Monday, Sept. 12, 2011": the date that follows, when it falls on that weekday."""
    m = _FOLLOWING_DATE.match(ctx.text, end, ctx.hi, KEEP_GIL)
    if not m:
        return None
    month, day = _month(m.group("month")), int(m.group("day"))
    if month is None:
        return None
    if m.group("year"):
        d = _date(int(m.group("year")), month, day)
    elif ctx.story is not None:
        value, _ = anchoring.month_and_day(ctx, month, day, m.start(), m.end())
        d = dt.date.fromisoformat(value) if value and value[0].isdigit() else None
    else:
        value = month_day_value(ctx.anchor, month, day, None)
        d = dt.date.fromisoformat(value) if value and value[0].isdigit() else None
    return day_value(d) if d is not None and d.isoweekday() == weekday else None


_GREETING_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'greetings before a day')})\s{{1,3}}$"
)
"""Before a weekday, in lower-cased text: a greeting ("Happy Friday!"), the day at hand."""
_OPENS_BEFORE: Final = regex.compile(r"(?:^|[.!?\"“#(:\n])\s{0,3}$")


def _greeted(ctx: Context, start: int) -> bool:
    """Is the weekday at ``start`` greeted, the greeting opening its sentence ("Happy Friday!", not
    "the happy Friday crowd")?"""
    g = _GREETING_BEFORE.search(ctx.low, max(ctx.lo, start - 8), start)
    return g is not None and bool(_OPENS_BEFORE.search(ctx.low[max(ctx.lo, g.start() - 4) : g.start()]))


_APPOSITION_BEFORE: Final = regex.compile(r",\s{1,3}(?:a|which\s+was|then\s+a)\s{1,3}$", regex.IGNORECASE)


def _weekday_of_date_before(ctx: Context, start: int, weekday: int) -> str | None:
    """ "March 10, a Thursday": the day just named, when the weekday after it in apposition is its own."""
    named = ctx.last_day
    if named is None or start - named[1] > 16:
        return None
    if not _APPOSITION_BEFORE.search(ctx.text, named[1], start, KEEP_GIL):
        return None
    try:
        day = dt.date.fromisoformat(named[0])
    except ValueError:
        return None
    return named[0] if day.isoweekday() == weekday else None


def r_weekday(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "month") or _g(m, "nmd"):
        return _weekday_date(ctx, m)
    end = m.end()
    if (
        (
            ctx.text[end + 1 : end + 2].isupper()
            or ctx.text[end - 9 : end - 6] == "on "
            or ctx.text[m.start() - 2 : m.start() - 1].islower()
        )  # (cheap tests first)
        and end == m.end("weekday")
        and is_weekday_title(ctx.text, m.start(), end)
    ):
        return []  # "the Sunday Times", "the Mail on Sunday": a newspaper
    word = m.group("weekday").lower().rstrip(".")
    wd, short = WEEKDAY_WORDS[word]
    if short and not short_weekday_ok(ctx, m, word):
        return None
    if _g(m, "plural") and not _g(m, "rel"):  # "Tuesday nights": that part of every such day
        part = f"T{_POD[m.group('pod').lower()]}" if _g(m, "pod") else ""
        return _one(_tx(ctx, m.start(), m.end(), "SET", f"XXXX-WXX-{wd}{part}", quant="EVERY"))
    rel_word = " ".join((_g(m, "rel") or "").lower().split())
    pmod_word = " ".join((_g(m, "pmod") or "").lower().split())
    rel: str | None = None
    if rel_word in ("last", "this past", "past") or "previous" in pmod_word:
        rel = "last"
    elif rel_word in ("next", "coming", "this coming") or pmod_word.endswith(("following", "next")):
        rel = "next"
    elif rel_word == "this":
        rel = "this"
    tense: Tense = None
    story_rel = not rel_word  # "the previous Friday" follows a story; "last Friday" is publication's
    if rel is None and (ctx.story is None or not anchoring.weekday_in_story(ctx, story_rel)):
        # "Wednesday's ruling" names something done unless the clause is about the future ("is
        # expected to win Sunday's vote"); otherwise the clause's tense decides
        if ctx.text[m.end("weekday") : m.end("weekday") + 2] in ("'s", "’s"):  # a possessive
            ahead = anchoring.possessive_ahead(ctx, m.start(), m.end("weekday"), m.end())
            tense = "future" if ahead else "past"
        else:
            tense = ctx.tense(m.start(), m.end())
            if ctx.anchor is not None and (
                (tense != "future" and ctx.low.endswith("for ", max(ctx.lo, m.start() - 4), m.start()))
                or future_in_past(ctx.low, ctx.tense_cue(m.start(), m.end()))
                or _greeted(ctx, m.start())
            ):  # "called a strike for Monday", "said it would land Wednesday night", "Happy Friday!":
                tense = nearer_tense(ctx.anchor, wd)  # the nearer one
    following = _weekday_of_following_date(ctx, m.end(), wd) or _weekday_of_date_before(ctx, m.start(), wd)
    value: str | None
    anchor: bool | str
    if following:
        value, anchor = following, True
    elif story_rel and rel is not None:  # "the previous Friday": before the day the text is at
        value, anchor = anchoring.weekday_from_named(ctx, wd, rel, m.start())
    else:
        value, anchor = anchoring.weekday(ctx, wd, tense, rel, story_rel=story_rel)
    if value is None:
        return None
    pod = _g(m, "pod") or (pmod_word if pmod_word in NIGHTS else None)  # "overnight Saturday"
    mod = _pmod(pmod_word) if pmod_word in ("early", "late", "earlier") else None
    if pod:
        return _one(
            _tx(ctx, m.start(), m.end(), "TIME", f"{value}T{_POD[pod.lower()]}", mod, relative=anchor)
        )
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=anchor))
