"""The ``dates`` plugin: TIMEX3 temporal expressions, normalised against the publication date.

One pass of one compiled ``regex`` grammar (:mod:`.grammar`) finds candidate spans in each segment of
the article; :mod:`.rules` checks their context, reads their parts and resolves them against the
anchor with the calendar arithmetic of :mod:`.resolve`, the tense cues of :mod:`.tense` deciding
which way a bare weekday or month goes. No model files, no network; ``dateparser`` is not needed.

See ``docs/dates.md`` for what is recognised and the value conventions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import regex

from diplotext import lexicon, runtime
from diplotext.asciitwin import ascii_twin
from diplotext.hookspecs import hookimpl
from diplotext.model import Article, Span, TemporalExpression, TimeMode
from diplotext.patterns import KEEP_GIL

from .blocks import LOWER_CASE_MONTH_ABBRS, LOWER_CASE_MONTHS, MONTHS, WEEKDAY_ZONE_NEXT
from .clockdays import clock_days
from .clockranges import bare_clock_begins, glued_clock_ends
from .compound import joined_durations
from .dispatch import (
    CLOCK4,
    DIGIT,
    DIGIT_PAST,
    GLUED_MONTH,
    LOOKBACK,
    THE,
    TRIGGERS,
    TWO_WORD,
    match_at,
    scan_tokens,
)
from .lastmonthquarters import last_month_quarters
from .modes import Mode, choose_mode
from .monthquarters import join_month_quarters, months_before_a_quarter
from .namewords import drop_name_words
from .nthweekday import counted_day_in, join_nth_weekdays
from .quarterstretches import half_year_quarters
from .ranges import extend_tails, link_ranges
from .relyeardays import days_of_a_said_year
from .rules import Context, interpret
from .splityears import join_split_years
from .thatdays import that_days
from .twoback import weekdays_counted_from
from .vaguepairs import join_vague_pairs
from .weekdaysets import spread_weekday_sets

__all__ = ["extract_dates", "find_dates", "time_mode_of"]

REQUIRES: tuple[str, ...] = ()


def _anchor_of(published: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def find_dates(
    text: str,
    published: dt.date | dt.datetime | None = None,
    spans: Iterable[Span] | None = None,
    *,
    mode: TimeMode = "news",
) -> list[TemporalExpression]:
    """Temporal expressions in ``text`` (or in its ``spans``), sorted by offset.

    ``published`` is the anchor for relative expressions; without it they keep unresolved values
    (``XXXX``, ``XXXX-WXX-1`` ...). Offsets are into ``text``. ``mode`` is ``news`` (relative
    expressions read against publication), ``narrative`` (against the story's own time, the last
    date named) or ``auto`` (a detector decides; see :mod:`.modes`).
    """
    ctx, regions = _prepare(text, published, spans)
    ctx.mode = choose_mode(mode, text, ctx.low, (items for _, _, items in regions), ctx.anchor)
    found: list[TemporalExpression] = []
    for lo, hi, items in regions:
        ctx.lo, ctx.hi = lo, hi
        found.extend(_scan(ctx, lo, hi, items))
    found.sort(key=lambda t: (t.start, t.end))
    if "(" in text or "[" in text:
        found = clock_days(text, found, ctx.anchor)  # "at 9:15 p.m. BST (2015 UTC) on May 3"
    if "-" in text or "–" in text:
        found = glued_clock_ends(text, found)  # "10am-4pm"
    if "m" in text:
        found = bare_clock_begins(text, found)  # "7-9pm", "from 2 to 4 p.m."
    found = joined_durations(text, found)  # "three years and six months"
    if "day of " in text or counted_day_in(text, found):
        found = join_nth_weekdays(text, found)  # "the first Sunday of June"
    if months_before_a_quarter(text, ctx.low):
        found = join_month_quarters(text, found)  # "the July-September quarter"
    if " quarter" in ctx.low:
        found = last_month_quarters(text, ctx.low, found, ctx.anchor)  # "the March quarter"
        if " quarters of " in ctx.low:
            found = half_year_quarters(text, found)  # "the first two quarters of 1990"
    if ctx.split_year:
        found = join_split_years(text, found)  # "the 2013-14 fiscal year"
    if ctx.counted_from:
        found = weekdays_counted_from(text, found, ctx.anchor)  # "a week from Friday": the coming one
    if ctx.said_year:
        found = days_of_a_said_year(text, found)  # "July 13-17 last year", "Last year, on August 8"
    if "hat " in text or "hat\n" in text:
        found = that_days(text, found)  # "That September", "on that Friday": of the date named before
    found = drop_name_words(text, found)  # "the journal Current Biology", "the Tonight Show"
    if ctx.weekday_set:
        found = spread_weekday_sets(text, found)  # "every Monday and Friday", "Tuesday and Thursday nights"
    return join_vague_pairs(text, extend_tails(text, link_ranges(text, found)))


def time_mode_of(
    text: str, published: dt.date | dt.datetime | None = None, spans: Iterable[Span] | None = None
) -> Mode:
    """The mode ``find_dates(..., mode="auto")`` reads ``text`` in: ``news`` or ``narrative``."""
    ctx, regions = _prepare(text, published, spans)
    return choose_mode("auto", text, ctx.low, (items for _, _, items in regions), ctx.anchor)


Region = tuple[int, int, list[tuple[int, int, str | None]]]


def _prepare(
    text: str, published: dt.date | dt.datetime | None, spans: Iterable[Span] | None
) -> tuple[Context, list[Region]]:
    """The scan's context and its regions, each with the tokens of the pre-scan (the one pass over
    every character)."""
    ctx = Context(text, 0, 0, _anchor_of(published))
    ctx.low = text.lower()
    if len(ctx.low) != len(text):  # a few characters change length when lower-cased
        ctx.low = text.translate(_ASCII_LOWER)
    regions: list[Region] = []
    last_end = 0
    for region_lo, region_hi in [(0, len(text))] if spans is None else sorted(spans):
        lo, hi = max(region_lo, last_end), min(region_hi, len(text))
        if hi <= lo:
            continue
        runtime.check_time()
        items = scan_tokens(ctx.low, lo, hi)
        regions.append((lo, hi, items))
        last_end = hi
    return ctx, regions


_NOTED_LENGTHS = frozenset([4, 10, 13, 16])
"""The lengths of the values read against publication that the scan takes in: a year, a day, a part
of a day, a clock time ("yesterday morning ... by 8 a.m."; a night is taken in for "the next
morning" only, see :attr:`.Context.last_night`)."""
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_PERIOD = regex.compile(r"\d{4}(?:-(?:[01]\d|Q[1-4]|H[12]))?$")
"""A value naming a year, a month, a quarter or a half: what "the same period last year" may mean."""


# What may follow a short number that starts an expression: a clock, a date, a range, an ordinal,
# or a word ("5 years", "12 April", "3 times a year"), which must then be a trigger or one of these.
_AFTER_NUMBER = regex.compile(
    r"(?::\d\d|[./]\d\d?\s{0,2}(?:a\.?m|p\.?m)\b|/\d|\.[01]?\d\.(?:19|20)\d\d\b|st\b|nd\b|rd\b|th\b|\s1/2|\s{0,2}(?:a\.?m|p\.?m)\b"
    r"|\s?(?:b\.?c\.?e?|a\.?d\.?|c\.?e\.?)(?!\w)|\s?(?:hrs?|mins?|secs?|wks?|yrs?)\b"
    r"|(?:\s{0,2}[-–]\s{0,2}|\s{1,3}(?:to|and|until|till|through)\s{1,3})\d{1,4}\s?(?:b\.?c\.?e?|a\.?d\.?|c\.?e\.?)(?!\w)"
    r"|\s{1,3}in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)\b|\s{1,3}at\s{1,3}night\b"
    r"|(?:\s{0,2}[-–]\s{0,2}\d{1,2},?|\s+(?:to|and|or|through|until)\s+\d{1,2},?|,\d{3}(?:,\d{3})*"
    r"|\.5)?[-‐\s]{1,3}(?:(?:"
    + lexicon.alternation("time", "words between a number and a unit")
    + r"|or\s+so)\s+)?([^\W\d_]+))"
)
_AFTER_NUMBER_ASCII = ascii_twin(_AFTER_NUMBER)
"""``_AFTER_NUMBER`` for ASCII text (about half the time a match)."""
_NUMBER_NOUNS = frozenset(["times", "o"])  # "3 times a year"; "10 o'clock" (the word before the apostrophe)
_CLOCK4_NEXT = regex.compile(
    rf"\s{{0,3}}(?:{lexicon.alternation('time', 'time zones after a clock')})\b"
    rf"|\s{{0,2}}[ap]\.?m\b|{WEEKDAY_ZONE_NEXT}",
    regex.IGNORECASE,
)
_LOCAL_TIME_NEXT = regex.compile(r"\slocal\s{1,3}time\b")
_CLOCK_WORD_BEFORE = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a clock time in hours')})\s{{1,3}}$"
)
"""Before four digits and "hours", a word that makes them a clock time ("at 2200 hours")."""
"""After four digits of an hour and minutes ("0300 local time"), a clock time too."""
"""After four digits that are a clock time ("0735 GMT", "1030am"), not a year."""


def _digit_key(low: str, s: int, e: int, lo: int) -> str | None:
    """The dispatch key of a digit run, or ``None`` when nothing temporal can start there."""
    if e - s == 4:
        if _CLOCK4_NEXT.match(low, e, None, KEEP_GIL):
            return CLOCK4
        if (
            low.startswith(" loc", e)  # (a plain test first: most four digits are years)
            and low[s : s + 2] <= "23"
            and low[s + 2] in "012345"
            and _LOCAL_TIME_NEXT.match(low, e, None, KEEP_GIL)
            and not low.endswith(("in ", "since "), lo, s)
        ):
            return CLOCK4  # "at 0300 local time" (not "in 2010 local time was changed")
        if (
            low.startswith(" hours", e)
            and low[s : s + 2] <= "23"
            and low[s + 2] in "012345"
            and _CLOCK_WORD_BEFORE.search(low, max(lo, s - 16), s, KEEP_GIL)
        ):
            return CLOCK4  # "at 2200 hours" (not "logged 1200 hours")
        return "#4"
    if e - s > 4:
        return None
    if e - s == 1 and low[s] == "2" and _TWO_DAY_WORD.match(low, s, None, KEEP_GIL):
        return TWO_WORD  # "2day", "2nite", "2moro": informal day words
    if e - s == 2 and low[s] in "23456789" and low[s + 1] == "0" and _DECADE_S.match(low, e):
        return DIGIT  # "the 80s", "the 1960s, 70s and 80s": a decade (the rule checks what is before)
    nxt = (_AFTER_NUMBER_ASCII if low.isascii() else _AFTER_NUMBER).match(low, e)
    if nxt and (not nxt.group(1) or nxt.group(1) in TRIGGERS or nxt.group(1) in _NUMBER_NOUNS):
        return DIGIT_PAST if nxt.group(1) == "past" and e - s <= 2 else DIGIT  # "25 past 11"
    if nxt and nxt.group(1) in ("this", "last") and e - s <= 2 and _THIS_PART_NEXT.match(low, nxt.end(1)):
        return DIGIT  # "at 6 this morning", "at 11 last night": an hour and its part of a day
    return None


_THIS_PART_NEXT = regex.compile(r"\s{1,3}(?:morning|afternoon|evening|night)\b")


_DECADE_S = regex.compile(r"s(?![\w-])")
_TWO_DAY_WORD = regex.compile(
    rf"(?:{'|'.join(w for w in lexicon.mapping('time', 'informal day words') if w[0] == '2')})\b"
)


_CAPITALISED = (frozenset(MONTHS) | {"sept"}) - frozenset(LOWER_CASE_MONTHS)
_MONTH_ABBRS = frozenset(w for w in _CAPITALISED if len(w) <= 4)
"""Month words start an expression only with a capital ("may" the verb), but for the full names
that are no other word ("in september"); weekdays in any case."""
_DAY_NUMBER_NEXT = regex.compile(r"\.?\s{1,3}\d")
"""After a month's short form in lower case: a day number may follow ("dec 25"; the grammar checks it)."""
_UNITS = (
    "second seconds minute minutes hour hours day days week weeks fortnight month months quarter year years"
)

_UNITS_SINGULAR = " ".join(u for u in _UNITS.split() if not u.endswith("s"))


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LEAD_NEXT: dict[str, frozenset[str]] = {
    "at": _set("least most the present this about around noon midnight midday"),
    # singular units only: "a months-long standoff" is "months-long"
    "a": _set(f"{_UNITS_SINGULAR} decade century few couple dozen number half hundred thousand"),
    "an": _set("hour hours additional extra"),
    "up": frozenset(["to"]),
    "that": _set(
        "year month week day time quarter weekend period season same summer spring winter autumn fall"
        " morning afternoon evening night"
    ),
}
"""Leading words that start an expression only before one of these words."""
_LEAD_NEXT_STORY: dict[str, frozenset[str]] = {
    **_LEAD_NEXT,
    "that": _LEAD_NEXT["that"] | _set("decade century"),
}
"""The same in narrative mode, where "that decade" is the story's decade."""
_WORD_AFTER_THE = regex.compile(r"\s{1,3}(\d|[A-Za-z]+)")
"""The word after a "the" (or its first digit), to key the rules tried there."""
_NEXT_WORD = regex.compile(r"[\s-]{1,6}['’]?([a-z]+|\d)")
_PER_PERIOD = regex.compile(r"[-‐](?:on|to|over)[-‐\s]")
"""After the unit of "a year-on-year", "a month-to-month": an adjective of comparison."""


def _starts(
    text: str, low: str, items: list[tuple[int, int, str | None]], lo: int, narrative: bool = False
) -> tuple[list[int], list[str]]:
    """Plausible expression starts (offsets, dispatch keys) among the pre-scan items, left to right."""
    lead_next = _LEAD_NEXT_STORY if narrative else _LEAD_NEXT
    offsets: list[int] = []
    keys: list[str] = []
    last = len(items) - 1
    for k, (s, e, kind) in enumerate(items):
        key: str | None
        if kind == "d":
            if e - s == 2 and s > lo and low[s - 1] in "'’":
                offsets.append(s - 1)
                keys.append("'#")
            key = _digit_key(low, s, e, lo)
        else:
            key = low[s:e]
            if key in _CAPITALISED:
                if not text[s].isupper() and (
                    key not in LOWER_CASE_MONTH_ABBRS or not _DAY_NUMBER_NEXT.match(low, e, None, KEEP_GIL)
                ):
                    continue  # "may" the verb; months and weekdays are written with a capital
                if low[e : e + 1] == "." and key in _MONTH_ABBRS and low[e + 1 : e + 2].isdigit():
                    key = GLUED_MONTH  # "Nov.6": the glued rules only
            if key in lead_next:
                nxt = _NEXT_WORD.match(low, e, None, KEEP_GIL)
                if nxt is None or nxt.group(1) not in lead_next[key]:
                    continue
                if key == "a" and _PER_PERIOD.match(low, nxt.end(), None, KEEP_GIL):
                    continue  # "a year-on-year rise": a comparison, no year
            elif key == THE:
                ns, ne, nkind = items[k + 1] if k < last else (-1, -1, None)
                if nkind != "d" and ns - e <= 3 and e < ns and text[e:ns].isspace():
                    key = f"the_{text[ns:ne]}"  # the rules that can go on with that word only
                else:  # a number or a word the pre-scan did not keep: key "the" by it all the same
                    nxt = _WORD_AFTER_THE.match(text, e, None, KEEP_GIL)
                    if nxt is not None:
                        key = "the_#" if nxt.group(1)[0].isdigit() else f"the_{nxt.group(1)}"
            if kind == "s" and k < last and items[k + 1][2] == "d":
                ns, ne, _ = items[k + 1]
                if (
                    ne - ns != 4
                    and ns - e < 4
                    and low[ns - 1] not in "'’"
                    and _digit_key(low, ns, ne, lo) is None
                    and key != "ad"  # "AD 800"
                ):
                    key = None  # "about 1.5 billion", "at 911.53": a number that is no time
        if key is not None:
            offsets.append(s)
            keys.append(key)
    return offsets, keys


def _scan(
    ctx: Context, lo: int, hi: int, items: list[tuple[int, int, str | None]]
) -> list[TemporalExpression]:
    """Expressions in ``text[lo:hi]`` (whose pre-scan tokens are ``items``), leftmost first.

    Every expression holds a trigger token (a digit run, a month, a unit word ...) and starts at most
    ``LOOKBACK`` characters before it, on a word that can begin one; only there is the grammar tried,
    restricted to the rules that can start with that word. Each start is tried once (its result is
    kept for the next trigger), so the work is linear in the length of the text."""
    text, low = ctx.text, ctx.low
    narrative = ctx.mode == "narrative"
    offsets, keys = _starts(text, low, items, lo, narrative)
    n_offsets = len(offsets)
    tried: dict[int, tuple[int, list[TemporalExpression] | None]] = {}
    out: list[TemporalExpression] = []
    pos = lo
    first = 0
    for t_start, _, kind in items:
        if kind == "s" or t_start < pos:
            continue
        floor = max(pos, t_start - LOOKBACK)
        while first < n_offsets and offsets[first] < floor:
            first += 1
        k = first
        while k < n_offsets and offsets[k] <= t_start:
            s = offsets[k]
            if s not in tried:
                m = match_at(keys[k], text, s, hi, narrative)
                if m is None:
                    tried[s] = (-1, None)
                else:
                    try:
                        tried[s] = (m.end(), interpret(ctx, m))
                    except (OverflowError, ValueError):  # a date out of the calendar (year 1 or 9999)
                        tried[s] = (m.end(), None)
            k += 1
            end, result = tried[s]
            if end <= t_start or result is None:
                continue
            for t in result:
                if narrative or t.anchor is None or ctx.earlier is not None or len(t.value) in _NOTED_LENGTHS:
                    ctx.note(t)  # (otherwise a value read against publication: nothing to take in)
                elif len(t.value) == 7 and t.anchor == "published":
                    ctx.note_month(t)  # a month read against publication ("in March")
                elif len(t.value) == 8 and t.anchor == "published":
                    ctx.note_week(t)  # a week read against publication ("last week")
            if result and result[-1].type == "DATE" and _PERIOD.match(result[-1].value, None, None, KEEP_GIL):
                _note_period(ctx, result)
            out.extend(result)
            pos = end
            break
    return out


def _note_period(ctx: Context, result: list[TemporalExpression]) -> None:
    """Keep the period an expression names for "the same period last year": of a range ("January to
    September 2006") its year alone; a year right after a finer period of that year ("the third
    quarter this year") keeps the finer one."""
    t = result[-1]
    if t.end == ctx.compared:
        return
    value = t.value if len(result) == 1 else t.value[:4]
    last = ctx.last_period
    if len(value) == 4 and last is not None and last[0][:4] == value and t.start - last[1] <= 12:
        value = last[0]
    ctx.last_period = (value, t.end)


@hookimpl
def extract_dates(article: Article) -> list[TemporalExpression]:
    """Find temporal expressions in the article's body paragraphs and captions, in the article's
    time mode (news by default)."""
    return find_dates(article.text, article.published, article.segments, mode=article.time_mode or "news")
