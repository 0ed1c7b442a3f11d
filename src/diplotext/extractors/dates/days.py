"""Rules for days and times of day: full and numeric dates, month-and-day dates and ranges, today,
yesterday and tomorrow, parts of days, clock times and holidays, each resolved to a day against the
anchor (the tense of the clause deciding which way a month and day goes). A bare weekday and a weekday
with its date are :mod:`.weekdays`'s.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL, lazy

from . import anchoring
from .blocks import CLOCK_BARE, WEEKDAY_WORDS
from .context import Context, Match, _g, _one, _tx
from .parts import _POD, _anchor_day, _clock, _date, _day, _month, _pmod, _rel_shift, _time_value
from .resolve import day_value, iso_week_value
from .titles import is_today_title
from .weekdays import _weekday


def _resolve_md(  # noqa: PLR0917
    ctx: Context, month: int, day: int, year: str | None, s: int, e: int
) -> anchoring.Anchored:
    if year:
        d = _date(int(year), month, day)
        return (day_value(d) if d else None), False
    return anchoring.month_and_day(ctx, month, day, s, e)


def r_date_clock(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day, clock = _month(_g(m, "month")), _day(_g(m, "day")), _clock(m.group("clock"))
    if month is None or day is None or clock is None:
        return None
    value, rel = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    if value is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), relative=rel))


_NIGHT_ENDS = 6
"""A clock hour before this in a night ("2 a.m. last night") is on the day after the night's."""


def r_clock_day(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    clock = _clock(m.group("clock"))
    if clock is None:
        return None
    value: str | None
    anchor: bool | str = True
    pod = _g(m, "pod")
    at = _AT_BEFORE.search(ctx.before(m.start(), 8), None, None, KEEP_GIL) is not None
    hour_alone = m.group("clock").isdigit() and len(m.group("clock")) <= 2  # (not "2330 GMT")
    if hour_alone and (
        not (at and (pod is not None or _HOUR_DEICTIC.fullmatch(_g(m, "deictic") or "")))
        or _LEVEL_AT_BEFORE.search(ctx.before(m.start(), 40), None, None, KEEP_GIL)
    ):
        return None  # an hour alone only as "at 8 tonight", "at 6 this morning", "at 9 on Friday night"
    bare = _CLOCK_BARE.fullmatch(m.group("clock")) and not _g(m, "tz") and "local" not in m.group().lower()
    said = at and ":" in m.group("clock") and _g(m, "deictic") is not None  # "at 8:15 tonight"
    if bare and not ((pod is not None and (_g(m, "approx") or at)) or said):
        return None  # "8:15" only as "at 8:15 on Wednesday evening", "at 8:15 tonight", "9:30 GMT on Monday"
    if _g(m, "weekday"):
        tense = (
            None
            if ctx.story is not None and anchoring.weekday_in_story(ctx)
            else ctx.tense(m.start(), m.end())
        )
        value, anchor = anchoring.weekday(ctx, _weekday(m), tense)
        if value is not None and pod is not None:
            clock, value = _clock_in_part(clock, m.group("clock"), pod, value)
    elif _g(m, "deictic"):
        words = m.group("deictic").lower().split()
        words[0] = _INFORMAL_DAYS.get(words[0], words[0])  # "7pm tonite", "9am tmr"
        offset = {"today": 0, "tonight": 0, "this": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[words[0]]
        if hour_alone and words[-1] in ("night", "tonight") and clock[0] >= _NIGHT_ENDS:
            clock = (clock[0] + 12, 0)  # "at 7 tomorrow night", "at 12 tonight" (midnight: 24:00)
        elif words[-1] == "night" and clock[0] < _NIGHT_ENDS:
            offset += 1  # "at 2 a.m. last night": the small hours of the day after
        elif words[-1] in _LATER_PARTS and 1 <= clock[0] < 12 and _no_half_day(m.group("clock")):
            clock = (clock[0] + 12, clock[1])  # "at 8:30 tonight", "6 o'clock this evening": after noon
        value = _anchor_day(ctx, offset)
    else:
        month, day = _month(_g(m, "month")), _day(_g(m, "day"))
        if month is None or day is None:
            return None
        value, anchor = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    if value is None:
        return None
    mod = "APPROX" if _g(m, "approx") else None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), mod, relative=anchor))


_CLOCK_BARE: Final = regex.compile(CLOCK_BARE)
_HOUR_DEICTIC: Final = regex.compile(
    r"tonight|last\s{1,3}night|(?:this|tomorrow|yesterday)\s{1,3}(?:morning|afternoon|evening|night)",
    regex.IGNORECASE,
)
"""After an hour alone: a part of a named day ("at 8 tonight", "at 7 tomorrow night"); not "today"
("at 3 today" is as often a count)."""
_AT_BEFORE: Final = regex.compile(r"(?:\bat|@)\s{1,3}$", regex.IGNORECASE)
"""Before an hour alone: "at" or its sign in posts ("at 8 tonight", "drinks @ 9 tonight")."""
_LEVEL_AT_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before at and a count')})\s{{1,3}}at\s{{1,3}}$",
    regex.IGNORECASE,
)
"""Before "at" and a number: a level or a count, not an hour ("the toll stood at 12 this morning")."""
_LATER_PARTS: Final = frozenset(["tonight", "afternoon", "evening", "nite"])
"""Deictic words after a clock with no "a.m."/"p.m." that put it after noon ("at 8:30 tonight")."""
_O_CLOCK_WORD: Final = regex.compile(r"o['’]\s?clock", regex.IGNORECASE)


def _no_half_day(text: str) -> bool:
    """A clock time with no "a.m."/"p.m.", "noon", "in the morning" ("8:15", "6 o'clock")."""
    return not any(c.isalpha() for c in _O_CLOCK_WORD.sub("", text))


def _clock_in_part(clock: tuple[int, int], text: str, pod: str, day: str) -> tuple[tuple[int, int], str]:
    """A clock time before a weekday and its part of the day ("10 o'clock on Tuesday night"): an
    hour with no "a.m."/"p.m." is in the afternoon, evening or night part ("8:15 on Wednesday
    evening" is 20:15), and a small hour of a night is on the day after ("1 a.m. on Saturday night")."""
    hour, minute = clock
    bare = _no_half_day(text)  # no "p.m.", "noon", "in the morning"
    if bare and pod.lower() != "morning" and 1 <= hour < 12:
        hour += 12  # "at 8:15 on Wednesday evening"
    if pod.lower() == "night" and hour < _NIGHT_ENDS:
        moved = _next_day(day)
        if moved is not None:
            day = moved
    return (hour, minute), day


def _next_day(day: str) -> str | None:
    try:
        return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None  # an unresolved day ("XXXX-WXX-6") stays


def r_day_clock(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    clock = _clock(m.group("clock"))
    if clock is None:
        return None
    tense = (
        None if ctx.story is not None and anchoring.weekday_in_story(ctx) else ctx.tense(m.start(), m.end())
    )
    value, anchor = anchoring.weekday(ctx, _weekday(m), tense)
    if value is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), relative=anchor))


def r_iso(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    d = _date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(d))) if d else None


def r_numeric(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    a, b, y = int(m.group("a")), int(m.group("b")), _g(m, "year")
    if y is None:
        return _month_day_figures(ctx, m, a, b)
    year = int(y)
    if len(y) == 2:
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        year += 2000 if year <= pivot else 1900
    month, day = (b, a) if a > 12 or _g(m, "dot") else (a, b)  # "23.03.2013": the day first
    d = _date(year, month, day)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(d))) if d else None


_MD_WORD_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a month and day in figures')})\s{{1,3}}$",
    regex.IGNORECASE,
)
"""Before a month and day in figures: a word that names a day ("on 5/13")."""


def _month_day_figures(ctx: Context, m: Match, month: int, day: int) -> list[TemporalExpression] | None:
    """ "on 5/13", "until 12/4": month and day, the year the text's (``_resolve_md``); not the common
    fractions ("1/2", "3/4"). A first number above 12 is the day ("on 23/3": 23 March)."""
    if month > 12 and 1 <= day <= 12:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31) or month < day <= 4:
        return None
    if not _MD_WORD_BEFORE.search(ctx.before(m.start(), 8), None, None, KEEP_GIL):
        return None
    value, anchor = _resolve_md(ctx, month, day, None, m.start(), m.end())
    return None if value is None else _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=anchor))


def r_md_range(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day, day2 = _month(_g(m, "month")), _day(_g(m, "day")), _day(_g(m, "day2"))
    if month is None or day is None or day2 is None:
        return None
    if _g(m, "month2"):
        return _across_months(ctx, m, month, day, day2)
    year = _g(m, "year")
    s1, e1 = m.start("month"), m.end("day")
    v1, rel = _resolve_md(ctx, month, day, year, s1, e1)
    if v1 is None:
        return None
    first = _tx(ctx, s1, e1, "DATE", v1, relative=rel)
    out = [first] if first else []
    if day2 > day:
        v2 = v1[:8] + f"{day2:02d}"
        if _date(2000, month, day2) is not None:
            second = _tx(ctx, m.start("day2"), m.end("day2"), "DATE", v2, relative=rel)
            if second:
                out.append(second)
    return out or None


r_md_range_glued = r_md_range


def _across_months(
    ctx: Context, m: Match, month: int, day: int, day2: int
) -> list[TemporalExpression] | None:
    """ "December 30-January 3", "the July 12-August 14 war", "from May 28 to June 2, 2011": two
    days in two months, the second in the same year as the first or the next (a year written after
    the second is the second's)."""
    month2 = _month(_g(m, "month2"))
    if month2 is None or (month2, day2) == (month, day) or (month2 == month and day2 < day):
        return None
    later = 1 if month2 < month else 0  # "December 30-January 3": into the next year
    year = _g(m, "year")
    v1: str | None
    rel: bool | str
    if year:
        first = _date(int(year) - later, month, day)
        v1, rel = (day_value(first) if first else None), False
    else:
        v1, rel = _resolve_md(ctx, month, day, None, m.start("month"), m.end("day"))
    second = _date(int(v1[:4]) + later, month2, day2) if v1 and v1[:4].isdigit() else None
    if v1 is None or second is None:
        return None
    out = [
        _tx(ctx, m.start("month"), m.end("day"), "DATE", v1, relative=rel),
        _tx(
            ctx, m.start("month2"), m.end("year" if year else "day2"), "DATE", day_value(second), relative=rel
        ),
    ]
    return [t for t in out if t] or None


def r_dm_range(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day, day2 = _month(_g(m, "month")), _day(_g(m, "day")), _day(_g(m, "day2"))
    if month is None or day is None or day2 is None or day2 <= day:
        return None
    year = _g(m, "year")
    v2, rel = _resolve_md(ctx, month, day2, year, m.start("day2"), m.end())
    if v2 is None or _date(2000, month, day) is None:
        return None
    v1 = v2[:8] + f"{day:02d}"
    out = [
        _tx(ctx, m.start("day"), m.end("day"), "DATE", v1, relative=rel),
        _tx(ctx, m.start("day2"), m.end(), "DATE", v2, relative=rel),
    ]
    return [t for t in out if t] or None


def r_dmy(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day = _month(_g(m, "month")), _day(_g(m, "day"))
    if month is None or day is None:
        return None
    if _g(m, "ryear"):  # "June 5 last year"
        year = None if ctx.anchor is None else ctx.anchor.year + _rel_shift(m.group("ryear").split()[0])
        d = _date(year if year is not None else 2000, month, day)
        value = None if d is None else f"XXXX-{month:02d}-{day:02d}" if year is None else day_value(d)
        return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))
    value, rel = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=rel))


r_mdy = r_dmy
r_mdy_glued = r_dmy


def r_md_word(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "March eighth", "the twenty-first of May": a day in words ("May" and "March" need a word
    before them that makes them the month: "on May first", not "Theresa May first said")."""
    word = m.group("month")
    if word in ("May", "March") and not _MONTH_WORD_BEFORE.search(ctx.before(m.start("month"), 16)):
        return None
    return r_dmy(ctx, m)


r_dm_word = r_md_word
_MONTH_WORD_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a month')})\s{{1,3}}(?:the\s{{1,3}})?$|,\s{{1,3}}$",
    regex.IGNORECASE,
)


def r_week_of(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the week of March 6", "the weekend of April 6": the ISO week holding that day, or its weekend."""
    if _g(m, "nth"):
        return _nth_week_of(ctx, m)
    month, day = _month(_g(m, "month")), _day(_g(m, "day"))
    if month is None or day is None:
        return None
    value, rel = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    if value is None:
        return None
    value = iso_week_value(dt.date.fromisoformat(value)) if value[:1].isdigit() else "XXXX-WXX"
    if m.group("wk").lower() == "weekend":  # "the weekend of April 6": that week's weekend
        value += "-WE"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=rel))


def _nth_week_of(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the first week of April": the ISO week holding the middle of its nth seven days ("the last
    week of June": of its last seven)."""
    month = _month(m.group("month"))
    if month is None:
        return None
    rel: bool | str = False
    if _g(m, "year"):
        year = int(m.group("year"))
    else:
        named, rel = anchoring.month_alone(ctx, month, m.start(), m.end())
        if named is None or not named[:4].isdigit():
            return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX-WXX", relative=rel))
        year = int(named[:4])
    nth = _NTH_WEEK[m.group("nth").lower()]
    days = calendar.monthrange(year, month)[1]
    if m.group("wk").lower() == "weekend":  # the week of the month's nth (or last) Saturday
        first = (5 - dt.date(year, month, 1).weekday()) % 7 + 1
        saturday = first + 7 * (nth - 1) if nth else first + 7 * ((days - first) // 7)
        if saturday > days:
            return None  # "the fifth weekend of February"
        week = iso_week_value(dt.date(year, month, saturday)) + "-WE"
        return _one(_tx(ctx, m.start(), m.end(), "DATE", week, relative=rel))
    middle = days - 3 if nth == 0 else 7 * nth - 3
    week = iso_week_value(dt.date(year, month, middle))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", week, relative=rel))


_NTH_WEEK: Final = {w: int(n) for w, n in lexicon.mapping("time", "weeks of a month").items()}


_GENERIC_NEXT: Final = regex.compile(r"['’]s\s{1,3}([A-Za-z]+)")
_INFORMAL_DAYS: Final = lexicon.mapping("time", "informal day words")
_DEICTIC: Final = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "overnight": 0}


def r_deictic(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = " ".join(m.group("deictic").lower().split())
    word = _INFORMAL_DAYS.get(word, word)  # "tonite", "tmrw"
    if word == "overnight" and not _g(m, "pod"):
        return None
    if word == "today" and not _g(m, "pod"):
        if is_today_title(ctx.text, m.start("deictic"), m.end("deictic")):
            return []  # "Radio 4's Today programme", "USA Today"
        generic = _GENERIC_NEXT.match(ctx.text, m.end(), ctx.hi, KEEP_GIL)
        if generic and generic.group(1).lower() in lexicon.words("time", "generic nouns after today's"):
            return []  # "in today's world": the present age, no day
    offset = _DEICTIC.get(word)
    if offset is None:
        offset = -2 if "yesterday" in word else 2
    day = _anchor_day(ctx, offset)
    pod = _g(m, "pod")
    mod = _pmod(_g(m, "pmod"))
    if pod or word == "tonight":
        code = _POD[pod.lower()] if pod else "NI"
        return _one(_tx(ctx, m.start(), m.end(), "TIME", f"{day}T{code}", mod, relative=True))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day, mod, relative=True))


def r_this_pod(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    rel = m.group("rel").lower()
    pod = m.group("pod").lower()
    if rel == "last" and pod not in ("night", "nite"):
        return None
    offset = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[rel]
    day = _anchor_day(ctx, offset)
    return _one(
        _tx(ctx, m.start(), m.end(), "TIME", f"{day}T{_POD[pod]}", _pmod(_g(m, "pmod")), relative=True)
    )


def r_pod_alone(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "mid-afternoon", "early evening", "mid-morning yesterday", "late afternoon on Tuesday"."""
    pod = _POD[m.group("pod").lower()]
    mod = "MID" if m.group("pmod").lower().startswith("mid") else _pmod(m.group("pmod").strip())
    value: str | None
    anchor: bool | str
    if _g(m, "weekday"):
        tense = None if anchoring.weekday_in_story(ctx) else ctx.tense(m.start(), m.end())
        value, anchor = anchoring.weekday(ctx, _weekday(m), tense)
    elif _g(m, "deictic"):
        value, anchor = _anchor_day(ctx, _DEICTIC[m.group("deictic").lower()]), True
    elif _g(m, "month"):  # "early morning of March 30"
        month, day = _month(m.group("month")), _day(m.group("day"))
        if month is None or day is None:
            return None
        value, anchor = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    else:
        value, anchor = anchoring.clock_day(ctx, m.start(), m.end())
    if value is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", f"{value}T{pod}", mod, relative=anchor))


_DAY_AFTER_ASIDE: Final = lazy(
    r"(?:\s{0,3}\([^()\n]{1,16}\)|\)),?\s{1,3}(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
"""A weekday after an aside in brackets, or after the bracket a clock time closes: "at 10:35 a.m.
(0735 GMT) Friday", "(0735 GMT) Friday"."""
_CLOCK_WORD_BEFORE: Final = regex.compile(
    r"\b(?:at|by|until|before|after|around|about|from|till|since)\s+$", regex.IGNORECASE
)
"""Before "noon", "midnight", "4 in the morning": a word that makes them a time ("At noon the ...")."""


def r_clock(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    clock = _clock(m.group("clock"))
    if clock is None:
        return None
    word = m.group("clock").lower()
    said = word in ("noon", "midday", "midnight") or " the " in word or word.endswith("night")
    if said and not _CLOCK_WORD_BEFORE.search(ctx.before(m.start(), 10), None, None, KEEP_GIL):
        return None  # "noon" and "4 in the morning" only after "at", "by", "until" ...
    mod = "APPROX" if _g(m, "approx") else None
    following = _DAY_AFTER_ASIDE.match(ctx.text, m.end(), ctx.hi, KEEP_GIL)
    if following is not None and ctx.story is None:  # "10:35 a.m. (0735 GMT) Friday"
        wd = WEEKDAY_WORDS[following.group(1).lower()][0]
        day, anchor = anchoring.weekday(ctx, wd, ctx.tense(m.start(), following.end()))
    else:
        day, anchor = anchoring.clock_day(ctx, m.start(), m.end())
    if day is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(day, clock), mod, relative=anchor))
