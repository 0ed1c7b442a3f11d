"""What a relative value is anchored on: the publication date (news), the story's reference
(narrative, :mod:`.narrative`), or, in news, the earlier year a background paragraph is about.

Each function returns the value and its anchor for :func:`~.context._tx`: ``True`` for the
publication date, or the value of the date it was read against (the story's reference).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final, TypeAlias

import regex

from diplotext import lexicon

from .context import Context
from .narrative import story_day, story_month, story_shift, story_weekday
from .parts import _date
from .plan_ahead import present_plan_before
from .resolve import (
    FIRM_AGAINST,
    WOULD_AGAINST,
    Tense,
    day_value,
    iso_week_value,
    month_day_value,
    month_only_value,
    month_value,
    shift,
    weekday_value,
)
from .saiddays import event_day_of_clock
from .tense import future_in_past

__all__ = [
    "Anchored",
    "clock_day",
    "day_without_year",
    "month_alone",
    "month_and_day",
    "possessive_ahead",
    "story",
    "weekday",
    "weekday_in_story",
]

Anchored: TypeAlias = tuple[str | None, bool | str]
"""A value and what it was read against (``True``: publication; a str: that date's value)."""


def month_and_day(ctx: Context, month: int, day: int, start: int, end: int) -> Anchored:
    """A day of a month with no year ("7 February", "Dec. 4")."""
    ref = ctx.story
    if ref is not None:
        return story_day(ref, lambda y: _date(y, month, day)), ref.value
    bg = ctx.background(start)
    if bg is not None and ctx.tense(start, end) != "future":
        d = _date(bg.year, month, day)
        if d is not None:
            return day_value(d), bg.value
    named = ctx.last_dated
    if (
        named is not None
        and start - named[1] <= SAME_MONTH_REACH
        and "\n" not in ctx.text[named[1] : start]  # (a new paragraph may be back in the present)
    ):
        after = _day_after(named[0], month, day)  # "on November 15, 2017 ... on November 21"
        if after is not None:  # ("on 28 December 2004 ... on 3 January": 2005)
            return day_value(after), named[0]
    tense, word, at = ctx.tense_cue(start, end)
    if ctx.anchor is not None and (word in _SINCE or unforeseen_after(ctx, start, end)):
        gone = _day_gone_by(ctx.anchor, month, day)  # "in hiding since July 31", "the May 2 attack"
        if gone is not None:
            return day_value(gone), True
    firm = ctx.firm(start, end)
    adjacent = firm and ctx.right_after_past_verb(start, end)  # "crashed on April 2": gone by
    ahead = 0.0
    if (
        tense == "future"
        and word in _MODALS_AHEAD
        and 0 <= start - at <= _MODAL_REACH
        and not _PAST_IN_PAST.search(ctx.text, max(0, at - 40), at + 12)
    ):
        ahead = WOULD_AGAINST if (word or "").lower() == "would" else FIRM_AGAINST
    elif tense != "past" and present_plan_before(ctx, start):
        tense, ahead = "future", FIRM_AGAINST  # "the visit is scheduled for April 17", in June: next April
    return month_day_value(ctx.anchor, month, day, tense, firm, adjacent=adjacent, ahead=ahead), True


def _day_after(named: str, month: int, day: int) -> dt.date | None:
    """The first ``month``/``day`` on or after the day ``named`` (an ISO day), when it is at most
    :data:`DAYS_AFTER_NAMED` days on; ``None`` otherwise."""
    try:
        first = dt.date.fromisoformat(named)
    except ValueError:
        return None
    for year in (first.year, first.year + 1):
        d = _date(year, month, day)
        if d is not None and d >= first:
            return d if (d - first).days <= DAYS_AFTER_NAMED else None
    return None


def _day_gone_by(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The last ``month``/``day`` on or before the day after ``anchor`` (a day's grace for time zones)."""
    days = [d for y in (anchor.year - 1, anchor.year) if (d := _date(y, month, day))]
    days = [d for d in days if d <= anchor + dt.timedelta(days=1)]
    return max(days) if days else None


_SINCE: Final = lexicon.words("time", "since")
_MODALS_AHEAD: Final = lexicon.words("time", "modals before a day ahead")
_MODAL_REACH: Final = 48
"""How far (characters) before a month and day a modal of the lexicon's ``time``/``modals before a day
ahead`` may stand to make a day gone by unlikely ("would take place in London on August 31")."""
_PAST_IN_PAST: Final = regex.compile(
    r"\bhad\s{1,3}(?:\w+\s{1,3}){1,4}(?=would\b)|\bwould\s{1,3}have\b", regex.IGNORECASE
)
"""Around "would": a plan told in the past perfect ("had said it would close on Jan. 15") or a
"would have": a day that may well be gone by, weighed as any other."""
_DETERMINER_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'determiners before an event date')})\s{{1,3}}$", regex.IGNORECASE
)
_DETERMINER_TAILS: Final = tuple(f"{w} " for w in lexicon.entries("time", "determiners before an event date"))
_UNFORESEEN_NEXT: Final = regex.compile(
    r"(?:\s{1,3}[A-Za-z][\w-]*){0,2}?\s{1,3}"
    rf"(?:{lexicon.alternation('time', 'unforeseen events after a date')})\b",
    regex.IGNORECASE,
)


def unforeseen_after(ctx: Context, start: int, end: int) -> bool:
    """Is the day or month at ``start``-``end`` a modifier of an event no one schedules ("the Feb. 14
    assassination", "the January 13 incident", "a March car bombing")? Such an event is reported
    after it happened: the date is one gone by, whatever the clause's tense."""
    if not ctx.low.endswith(_DETERMINER_TAILS, max(ctx.lo, start - 8), start):
        return False  # (a plain test before the patterns: most dates have no determiner before them)
    return bool(
        _DETERMINER_BEFORE.search(ctx.text, max(ctx.lo, start - 8), start)
        and _UNFORESEEN_NEXT.match(ctx.text, end, min(ctx.hi, end + 40))
    )


def day_without_year(
    ctx: Context, day_in: Callable[[int], dt.date | None], news: Callable[[], str | None]
) -> Anchored:
    """A named day whose date depends on the year (a holiday): the story's year in narrative mode,
    else what ``news`` gives (resolved against publication)."""
    ref = ctx.story
    if ref is not None:
        return story_day(ref, day_in), ref.value
    return news(), True


def year_of_weekday(
    ctx: Context, day_in: Callable[[int], dt.date | None], start: int, news: Callable[[], str | None]
) -> Anchored | None:
    """News: a day and month with a weekday and no year ("Sunday, 7 March") in the year the text
    named last, when the day falls on that weekday in it and that year was named at most
    :data:`FROM_NAMED_REACH` characters before ``start``, or when no year around publication fits
    (``news`` gives ``None``); ``None`` otherwise (then the year nearest publication that fits)."""
    year = ctx.last_year
    if ctx.story is not None or year is None or ctx.last_year_end > start:
        return None
    named = ctx.last_dated
    if named is not None and start - named[1] <= SAME_MONTH_REACH and (first := _iso_day(named[0])):
        d = day_in(first.year + 1)  # "on 28 December 2004 ... on Monday, 3 January": 2005
        if d is not None and (d - first).days <= DAYS_AFTER_NAMED:
            return day_value(d), named[0]
    d = day_in(year)
    if d is None or (start - ctx.last_year_end > FROM_NAMED_REACH and news() is not None):
        return None
    return day_value(d), str(year)


def month_alone(ctx: Context, month: int, start: int, end: int) -> Anchored:
    """A month with no year ("in March")."""
    ref = ctx.story
    if ref is not None:
        return month_value(*story_month(ref, month)), ref.value
    bg = ctx.background(start)
    if bg is not None and ctx.tense(start, end) != "future":
        return month_value(bg.year, month), bg.value
    if ctx.text.startswith(("'s", "’s"), end):
        if possessive_ahead(ctx, start, end):  # "ahead of January's elections"
            return month_only_value(ctx.anchor, month, "future"), True
        return month_only_value(ctx.anchor, month, "past", True), True  # "February's killing"
    cue = ctx.tense_cue(start, end)
    tense, word, _ = cue
    if word in _SINCE or unforeseen_after(ctx, start, end):  # "closed since July", "the March bombing"
        return month_only_value(ctx.anchor, month, "past", True), True
    if ctx.anchor is not None and future_in_past(ctx.low, cue):
        return _planned_month(ctx, month, start, word), True
    firm = tense == "past" and ctx.firm(start, end, month=True)
    return month_only_value(ctx.anchor, month, tense, firm), True


_STOP: Final = regex.compile(r"[.!?;](?=\s)")


def _planned_month(ctx: Context, month: int, start: int, word: str | None) -> str:
    """A month in a plan told from the past ("said in April that the plant would open in May", "was
    to open in March, but ..."): the first such month from the month the sentence dated the saying
    by; with none, "was (due) to", "planned (to)" and "was planning" take the nearer month either way
    (a plan that may have failed), and "would" the next one, as "will" does."""
    assert ctx.anchor is not None
    said = ctx.last_month
    if said is not None and said[0][:4].isdigit() and not _STOP.search(ctx.text, said[1], start):
        year, at = int(said[0][:4]), int(said[0][5:7])
        return month_value(year + (month < at), month)
    if word == "would":  # (the other plans from the past: "was to", "planned", "was planning")
        return month_only_value(ctx.anchor, month, "future")
    here = ctx.anchor.year * 12 + ctx.anchor.month
    best = min(
        (y * 12 + month for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)),
        key=lambda o: abs(o - here),
    )
    return month_value((best - 1) // 12, (best - 1) % 12 + 1)


_EVENT_AFTER_POSSESSIVE: Final = regex.compile(
    r"['’]s\s{1,3}(?:[\w-]+\s{1,3}){0,3}?"
    rf"(?:{lexicon.alternation('time', 'scheduled events after a weekday')})\b",
    regex.IGNORECASE,
)


_AHEAD_OF_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'openers of an event ahead')}|before|until|(for))\s{{1,3}}$",
    regex.IGNORECASE,
)
"""Before a possessive of an event: "ahead of Sunday's vote", "in the run-up to Sunday's elections"."""


def possessive_ahead(ctx: Context, start: int, end: int, clause_end: int | None = None) -> bool:
    """Is a day or month whose possessive is at ``end`` ahead? A possessive names something done
    ("Wednesday's ruling", "February's killing") unless it is of an event held on a set day or
    month ("Sunday's final", "January's parliamentary election", up to three words on) in a future
    clause ("will meet in Sunday's final") or after "ahead of" (or "in the run-up to" ...: the
    lexicon's ``time``/``openers of an event ahead``), "before", "until", or "for" in a clause not in
    the past ("the seeds for Friday's draw"; not "had been rested for Saturday's derby").
    The clause's tense is read at ``start`` to ``clause_end`` (``end`` if ``None``), and only when such
    an event follows (the tense costs more than the rest)."""
    if not _EVENT_AFTER_POSSESSIVE.match(ctx.text, end, ctx.hi):
        return False
    tense = ctx.tense(start, end if clause_end is None else clause_end)
    if tense == "future":
        return True
    ahead = _AHEAD_OF_BEFORE.search(ctx.text, max(ctx.lo, start - 24), start)
    return ahead is not None and (ahead.group(1) is None or tense != "past")


def weekday(
    ctx: Context, wd: int, tense: Tense, rel: str | None = None, *, story_rel: bool = True
) -> Anchored:
    """A weekday, ``rel`` "last", "next" or "this". In narrative mode a bare weekday or one with an
    anaphoric word (``story_rel``: "the previous Friday", "the following Monday") follows the
    story when the story is at a day; "last Friday" and "this Friday" stay with publication, and
    so does every weekday while the story has named no day (a weekday needs a day to count from)."""
    ref = ctx.story
    if story_rel and ref is not None and ref.day is not None:
        return story_weekday(ref, wd, rel), ref.value
    return weekday_value(ctx.anchor, wd, tense, rel), True


def weekday_from_named(ctx: Context, wd: int, rel: str, start: int) -> Anchored:
    """ "the previous Friday", "the following Monday" (``rel`` "last" or "next"): counted from the
    story's day in narrative mode; in news from the day the text named last when it is at most
    :data:`CLOCK_DAY_REACH` characters before ("closed on Friday, Oct. 27, down 4% from the
    previous Friday": Oct. 20), else from publication, like "last Friday" and "next Monday"."""
    named = ctx.last_day
    if ctx.mode == "news" and named is not None and start - named[1] <= CLOCK_DAY_REACH:
        day = _iso_day(named[0])
        if day is not None:
            return weekday_value(day, wd, None, rel), named[0]
    return weekday(ctx, wd, None, rel)


def year_of_sequel(ctx: Context, month: int, ahead: bool, start: int) -> tuple[int, str] | None:
    """The year of the month ``month`` (a season's first month) just after (``ahead``) or just before
    the month the text is at: "elected in November 2004 and sworn in the following January" (2005),
    "resigned in May 2010; the previous June ..." (2009). The month is the story's in narrative mode,
    in news the one named at most :data:`FROM_NAMED_REACH` characters before ``start``; ``None``
    with neither (then publication's, like "next January")."""
    ref = ctx.story
    if ref is not None and ref.month is None:  # "in 1862 ... the following spring": the next year's
        return ref.year + (1 if ahead else -1), ref.value
    if ref is not None and ref.month is not None:
        year, here, value = ref.year, ref.month, ref.value
    elif (
        ctx.mode == "news"
        and ctx.last_year is not None
        and start - ctx.last_year_end <= FROM_NAMED_REACH
        and (ctx.last_month is None or ctx.last_month[1] < ctx.last_year_end)
    ):  # "the bank failed in 2008; the following March": a year named last, with no month
        return ctx.last_year + (1 if ahead else -1), str(ctx.last_year)
    elif ctx.mode == "news" and ctx.last_month is not None and start - ctx.last_month[1] <= FROM_NAMED_REACH:
        value = ctx.last_month[0]
        if not (value[:4].isdigit() and value[5:7].isdigit()):
            return None
        year, here = int(value[:4]), int(value[5:7])
    else:
        return None
    if ahead:
        return (year if month > here else year + 1), value
    return (year if month < here else year - 1), value


def _iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def weekday_in_story(ctx: Context, story_rel: bool = True) -> bool:
    """Is a weekday read against the story's day (so the clause's tense is not needed)?"""
    return story_rel and ctx.story is not None and ctx.story.day is not None


def story(ctx: Context, unit: str, amount: int) -> Anchored | None:
    """``amount`` units from the story's time ("two days later", "that month"), or ``None`` outside
    narrative mode or before the text has named a date."""
    ref = ctx.story
    if ref is None:
        return None
    return story_shift(ref, unit, amount), ref.value


def from_named(ctx: Context, unit: str, amount: int, start: int, *, night: bool = False) -> Anchored | None:
    """News: ``amount`` days, weeks or months (``unit``) from the date the text named last, when it
    did shortly before ``start`` (a day at most :data:`CLOCK_DAY_REACH` characters, as for a clock
    time; a week or month :data:`FROM_NAMED_REACH`) ("on April 18 ... the following
    day", "in March. The following month"); ``None`` when it named none (a day or week needs a day,
    a month a month). With ``night``, a night named counts too ("on Monday night ... the next
    morning")."""
    named = ctx.last_month if unit == "month" else ctx.last_day
    if night and ctx.last_night is not None and (named is None or ctx.last_night[1] > named[1]):
        named = ctx.last_night  # "resigned on Monday night ... the next morning"
    week = ctx.last_week
    if unit == "week" and week is not None and (named is None or week[1] > named[1]):
        # "last week ... the previous week": from the week named last, its Monday
        try:
            monday = dt.date.fromisocalendar(int(week[0][:4]), int(week[0][6:8]), 1)
        except ValueError:
            return None
        if ctx.mode != "news" or start - week[1] > FROM_NAMED_REACH:
            return None
        return shift(monday, unit, amount), week[0]
    reach = CLOCK_DAY_REACH if unit == "day" else FROM_NAMED_REACH
    if ctx.mode != "news" or named is None or start - named[1] > reach:
        return None  # (narrative mode counts from the story's time instead)
    month = ctx.last_month
    if (
        unit == "day"
        and amount == 0
        and month is not None
        and month[1] > named[1]
        and start - month[1] <= FROM_NAMED_REACH
        and "\n" not in ctx.text[month[1] : start]
    ):  # a month named after the day, in the paragraph, and no day of it: "killed last October ...
        # crossed out that same day" is a day of that October
        return (f"{month[0]}-XX", month[0]) if month[0][:4].isdigit() else None
    value = named[0]
    try:
        ref = dt.date.fromisoformat(value + "-01" if unit == "month" else value)
    except ValueError:
        return None
    return shift(ref, unit, amount), value


def weekend_from_named(ctx: Context, amount: int, start: int) -> Anchored | None:
    """News: the weekend of the day the text named at most :data:`FROM_NAMED_REACH` characters
    before ``start`` ("that weekend", ``amount`` 0), the first one after it (1: "the following
    weekend" after a Thursday is two days on) or the last one before it (-1); ``None`` when it named
    no day."""
    named = ctx.last_day
    if ctx.mode != "news" or named is None or start - named[1] > FROM_NAMED_REACH:
        return None
    try:
        day = dt.date.fromisoformat(named[0])
    except ValueError:
        return None
    to_sat = 6 - day.isoweekday()  # -1 on a Sunday
    if amount > 0:
        sat = day + dt.timedelta(days=to_sat if to_sat > 0 else to_sat + 7)
    elif amount < 0:
        sat = day + dt.timedelta(days=to_sat - 7)
    else:
        sat = day + dt.timedelta(days=to_sat)
    return iso_week_value(sat) + "-WE", named[0]


def from_saying(ctx: Context, unit: str, amount: int, start: int, end: int) -> Anchored | None:
    """News: "next week", "next month" in a plan told from the past ("said on May 3 that talks would
    resume next week"): counted from the day (a week) or month the sentence dated the saying by,
    when it did before ``start``; ``None`` otherwise."""
    if ctx.mode != "news" or not future_in_past(ctx.low, ctx.tense_cue(start, end)):
        return None
    named = ctx.last_month if unit == "month" else ctx.last_day
    if named is None or _STOP.search(ctx.text, named[1], start):
        return None
    try:
        ref = dt.date.fromisoformat(named[0] + "-01" if unit == "month" else named[0])
    except ValueError:
        return None
    return shift(ref, unit, amount), named[0]


def clock_day(ctx: Context, start: int, end: int) -> Anchored:
    """The day a clock time with no day is on: the story's day (narrative); in news the day the
    text named last, when it is at most :data:`CLOCK_DAY_REACH` characters before ("on Oct. 21,
    2011 ... At 2:18 p.m.") and not against the clause's tense (a past day for "will open at 9
    a.m."); otherwise the publication date."""
    ref = ctx.story
    if ref is not None:
        return story_shift(ref, "day", 0), ref.value
    named = ctx.last_day
    if named is not None and start - named[1] <= CLOCK_DAY_REACH:
        day = named[0]
        tense = ctx.tense(start, end)
        event = event_day_of_clock(ctx.text, start, (named, ctx.event_day), tense, CLOCK_DAY_REACH)
        if event is not None:
            return event, event  # "broke out early Monday, police said Tuesday. It began at 3:40 a.m."
        published = day_value(ctx.anchor) if ctx.anchor else None
        if published is None or day == published:
            return day, (True if published else day)
        if not (tense == "future" and day < published) and not (tense == "past" and day > published):
            return day, day
    return (day_value(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"), True


CLOCK_DAY_REACH = 1000
"""How far back (in characters) the day a clock time belongs to may have been named."""

DAYS_AFTER_NAMED = 92
"""How far (in days) after a day named with its year a day and month with none named shortly after it
may fall to take their year from it (about a season: "on 28 February 2004 ... on 3 March")."""

SAME_MONTH_REACH = 300
"""How far (in characters) after a day a later day of the same month with no year takes its year
("moved on November 15, 2017 ... his resignation on November 21"), when the first was named with
its year: about two sentences, in the same paragraph."""

FROM_NAMED_REACH = 400
"""How far (in characters) before "the following week" or "the previous month" the date it counts
from may have been named (about two sentences: further back, a report's "up from the previous
week" compares with its own present, not with a day it named in passing)."""
