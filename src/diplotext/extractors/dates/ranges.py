"""Ranges and intervals: two expressions that are the begin and end of one period ("from 2009 to
2011", "April 17-19", "6-15 October 1952", "(1792-1797)", "between March and May", "from 10 a.m.
to 2 p.m.").

TimeML tags the two ends as two expressions (TimeBank does, and so do the rules); this pass, run
once over what the scan found, links each such pair: both ends get the same
:class:`~diplotext.model.TimexRange` (the begin and end values, TIMEX3's ``beginPoint`` and
``endPoint``, and the span of the whole phrase). A pair is linked when

- the two are next to each other, of the same type (DATE or TIME), with only a dash, ``to``,
  ``through``, ``until`` or ``till`` between them, or ``and`` after ``between``;
- "to" and the other words are not a change from one date to another ("moved from March to May":
  the lexicon's ``time``/``range change verbs`` before ``from``);
- the begin is before the end (compared on what both values name), or the end is ``PRESENT_REF``
  or ``FUTURE_REF`` after "from" or "between" ("from 2009 to the present").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression, TimexRange
from diplotext.patterns import KEEP_GIL

from .blocks import MONTHS, WEEKDAYS
from .clockranges import share_day

__all__ = ["extend_tails", "link_ranges"]

_GAP: Final = regex.compile(r"\s{0,3}(?:[-–—]|to|through|thru|until|till|and|-to-)\s{0,3}", regex.IGNORECASE)
_FROM_BEFORE: Final = regex.compile(
    r"\b(?P<word>from|between)\s{1,3}(?:the\s{1,3})?$|[(\[]\s{0,2}$", regex.IGNORECASE
)
_VERB_BEFORE: Final = regex.compile(r"\b([a-z]+)\s{1,3}(?:\S+\s{1,3}){0,3}$", regex.IGNORECASE)
_LETTERS: Final = regex.compile(r"[A-Za-z]+")
_KINDS: Final = frozenset(["DATE", "TIME"])
_MAX_GAP: Final = 13
"""The longest gap :data:`_GAP` can match ("   through   ")."""
_OPEN_ENDS: Final = frozenset(["PRESENT_REF", "FUTURE_REF"])
_WORD: Final = regex.compile(r"[a-z]+")


def _comparable(value: str) -> str | None:
    """The part of a value two range ends are compared on (``None``: not a calendar value)."""
    if len(value) >= 4 and value[:4].isdigit():
        return value
    if value.startswith("XXXX-") and value[5:7].isdigit():
        return value
    return None


def _ordered(begin: str, end: str, opener: str | None) -> bool:
    a, b = _comparable(begin), _comparable(end)
    if a is not None and end in _OPEN_ENDS and opener is not None:
        return True  # "from 2009 to the present"
    if a is None or b is None:
        return False
    n = min(len(a), len(b), 16)
    return a[:n] <= b[:n] and a != b


def link_ranges(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with the ends of each range carrying their :class:`TimexRange`."""
    out = list(found)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if b.start - a.end > _MAX_GAP or a.type not in _KINDS or b.type != a.type or a.range is not None:
            k += 1
            continue
        gap = _GAP.fullmatch(text, a.end, b.start, KEEP_GIL)
        if gap is None:
            k += 1
            continue
        word = gap.group().strip().lower()
        a, b = share_day(a, b)  # "from 7 a.m. to 8 p.m. Tuesday": both on Tuesday
        b = _month_after_begin(a, b)  # "from October 2009 to March", "from late August to early May"
        if a.value > b.value and word != "and":
            b = _same_week(a, b)  # "Wednesday through Friday" read as last Friday
            if b.type == "DATE":
                out[k + 1] = b  # a day kept even if the two are not linked
        before = _FROM_BEFORE.search(text, max(0, a.start - 12), a.start, KEEP_GIL)
        opener: str | None = None
        start = a.start
        if before is not None and before.group("word"):
            opener, start = before.group("word").lower(), before.start()
        if not _ordered(a.value, b.value, opener):
            k += 1
            continue
        if word == "and" and opener != "between":
            k += 1
            continue
        if opener == "from" and _changes(text, start):
            k += 1
            continue
        span = TimexRange(begin=a.value, end=b.value, span=(start, b.end))
        out[k] = attrs.evolve(a, range=span)
        out[k + 1] = attrs.evolve(b, range=span)
        k += 2
    return out


_YEAR_WRITTEN: Final = regex.compile(r"\d{4}|['’]\d\d\b")
_CALENDAR: Final = regex.compile(r"(\d{4})-(\d\d(?:-\d\d)?)")


def _month_after_begin(a: TemporalExpression, b: TemporalExpression) -> TemporalExpression:
    """The end of "from October 2009 to March", "from late August to early May" when both ends name
    a month (and maybe a day) and the end no year: the first such month on or after the begin, in the
    begin's year or the next (each end alone was read against publication)."""
    if b.type != "DATE":
        return b
    begin = _CALENDAR.fullmatch(a.value, None, None, False, KEEP_GIL)
    end = _CALENDAR.fullmatch(b.value, None, None, False, KEEP_GIL)
    if begin is None or end is None:
        return b
    year = int(begin.group(1)) + (end.group(2) < begin.group(2)[: len(end.group(2))])
    if year == int(end.group(1)) or _YEAR_WRITTEN.search(b.text, None, None, False, KEEP_GIL):
        return b
    if not all(
        any(w in MONTHS for w in _WORD.findall(t.text.lower(), None, None, False, KEEP_GIL)) for t in (a, b)
    ):
        return b  # (both ends name a month: not "a revision Friday to December's figures")
    return attrs.evolve(b, value=f"{year:04d}-{end.group(2)}")


def _same_week(a: TemporalExpression, b: TemporalExpression) -> TemporalExpression:
    """The end of "Wednesday through Friday", "Friday to Monday", "6 p.m. Friday to 6 a.m. Monday"
    when each weekday alone was read against publication and the end came out before the begin:
    the first such weekday on or after the begin ("Friday through Monday": the Monday after)."""
    if a.type == "TIME":
        if not any(w in WEEKDAYS for w in _WORD.findall(b.text.lower(), None, None, False, KEEP_GIL)):
            return b
    elif a.text.lower() not in WEEKDAYS or b.text.lower() not in WEEKDAYS:
        return b
    try:
        begin = dt.date.fromisoformat(a.value[:10])
        end = dt.date.fromisoformat(b.value[:10])
    except ValueError:
        return b
    day = begin + dt.timedelta(days=(end.weekday() - begin.weekday()) % 7)
    return attrs.evolve(b, value=day.isoformat() + b.value[10:])


def _changes(text: str, start: int) -> bool:
    """Is the "from" at ``start`` that of a change ("moved the vote from March to May")?"""
    m = _VERB_BEFORE.search(text, max(0, start - 40), start, KEEP_GIL)
    if m is None:
        return False
    words = lexicon.words("time", "range change verbs")
    return any(w.lower() in words for w in _LETTERS.findall(m.group(), None, None, False, KEEP_GIL))


_TAIL: Final = regex.compile(
    r"\s{1,3}(?:(?P<approx>or\s{1,3}so)|(?P<after>or\s{1,3}later|and\s{1,3}beyond|or\s{1,3}after)"
    r"|(?P<before>or\s{1,3}earlier|or\s{1,3}before))\b"
    rf"(?!\s{{1,3}}(?:{lexicon.alternation('grammar', 'determiners')}|his|her|its|their)\b)",
    regex.IGNORECASE,
)
"""After an expression, a word of approximation or of an open end: "the next year or so" (APPROX),
"1994 or later", "1990 and beyond" (ON_OR_AFTER), "2005 or earlier" (ON_OR_BEFORE)."""
_TAIL_MODS: Final = {"approx": "APPROX", "after": "ON_OR_AFTER", "before": "ON_OR_BEFORE"}


def extend_tails(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with a tail such as "or so" or "or later" taken into the
    expression before it, as TimeML tags it, its ``mod`` set when it had none (a duration or a date;
    not a set, and not an end of a range)."""
    out = list(found)
    for k, t in enumerate(out):
        if t.type == "SET" or t.range is not None:
            continue
        head = text[t.end : t.end + 8].lower()
        if "or" not in head and "and" not in head:
            continue  # (a cheap test before the pattern: most expressions have no tail)
        m = _TAIL.match(text, t.end, None, KEEP_GIL)
        if m is None or (k + 1 < len(out) and out[k + 1].start < m.end()):
            continue
        kind = m.lastgroup or ""
        if kind != "approx" and t.type == "DURATION":
            continue  # "two years or later" is no open end
        out[k] = attrs.evolve(t, text=text[t.start : m.end()], end=m.end(), mod=t.mod or _TAIL_MODS[kind])
    return out
