"""A clock time whose day comes after it, past the same time in another zone: "landed at 9:15 p.m.
CEST (1915 UTC) on May 4", "the vote opens at 7 p.m. local time (1600 GMT) on Friday".

The scan reads a clock time alone against the day named before it (or publication); when the clock
is followed by itself in brackets and then by a day, both clock times are that day's, as "at 8:30
p.m. on August 27" is (one expression there; here the brackets keep the three apart, as TimeML tags
them).

A bracketed twin in universal time ("GMT", "UTC", "Z") is the same instant, so it may fall on the day
before or after its clock: "the 6:40 a.m. (2140 GMT) tremor" is at 21:40 of the day before, "11:30
p.m. EDT (0330 GMT)" at 03:30 of the day after (a zone is 12 hours behind universal time at most and 14
ahead).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext.model import TemporalExpression

__all__ = ["clock_days"]

_OPEN: Final = regex.compile(r"\s{0,3}(?:local\s{1,3}time\s{0,3})?[(\[]\s{0,2}", regex.IGNORECASE)
"""Between a clock time and the same time in brackets: "8:30 p.m. BST (", "6 p.m. local time (". """
_CLOSE: Final = regex.compile(r"\s{0,2}[)\]]\s{0,3},?\s{0,3}(?:on\s{1,3})?", regex.IGNORECASE)
"""Between the bracketed clock time and the day: ") on ", "), ", ") "."""
_CLOCK_VALUE: Final = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d$")
_DAY_VALUE: Final = regex.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?$")


_UNIVERSAL: Final = regex.compile(r"(?:GMT|UTC|Z)\W{0,2}$")
"""A bracketed twin's own text ends with a universal zone: "2140 GMT", "21:40 UTC"."""
_UNIVERSAL_DAY: Final = regex.compile(r"(?:GMT|UTC)\s{1,3}\w")
"""A bracketed twin in universal time with its day: "2330 GMT Thursday", "0330 UTC on May 4"."""
_CLOCK_ALONE: Final = regex.compile(
    r"(?:(?:around|about|approximately)\s{1,3})?(?:\d[\d:.]*\s{0,2}(?:[ap]\.?m\b\.?)?|noon|midnight|midday)"
    r"(?:\s{0,3}(?:(?-i:[A-Z]{2,4})\b|local\s{1,3}time))?",
    regex.IGNORECASE,
)
"""A clock time with no day of its own ("8:30 a.m.", "around 11 p.m. local time"), not "11:47 a.m.
Thursday"."""
_AHEAD_MOST: Final = 14 * 60
_BEHIND_MOST: Final = 12 * 60


def clock_days(
    text: str, found: Sequence[TemporalExpression], anchor: dt.date | None = None
) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with each clock time followed by its bracketed twin and a day
    moved to that day, and a twin in universal time across midnight from its clock moved to its own day."""
    out = list(found)
    for k in range(len(out) - 1):
        clock, twin = out[k], out[k + 1]
        if not (
            clock.type == twin.type == "TIME"
            and _CLOCK_VALUE.match(clock.value)
            and _CLOCK_VALUE.match(twin.value)
            and _OPEN.fullmatch(text, clock.end, twin.start)
        ):
            continue
        if k + 2 < len(out):
            clock, twin = _moved_to_day(text, clock, twin, out[k + 2])
            out[k], out[k + 1] = clock, twin
        shift = _day_shift(clock.value, twin.value)
        if _UNIVERSAL.search(twin.text) and twin.value[:10] == clock.value[:10]:
            out[k + 1] = _on_day(twin, clock.value, shift)
        elif _UNIVERSAL_DAY.search(twin.text) and _CLOCK_ALONE.fullmatch(clock.text):
            # "8:30 a.m. (2330 GMT Thursday)": Friday's
            out[k] = _on_day(clock, twin.value, -shift)
        elif _UNIVERSAL_DAY.search(twin.text) and anchor is not None:
            # "4 a.m. Sunday (1900 GMT Saturday)": one instant, so the two days are a day apart
            out[k], out[k + 1] = _one_instant(clock, twin, shift, anchor)
    return out


def _one_instant(
    clock: TemporalExpression, twin: TemporalExpression, shift: int, anchor: dt.date
) -> tuple[TemporalExpression, TemporalExpression]:
    """A clock time with its own weekday and its twin in universal time with its own, each read on
    its own (so they may have gone to different weeks): moved to the two days ``shift`` apart that
    keep both weekdays: the clock's day kept, unless the twin is on the day of ``anchor`` and its
    clock on that day or the next (a news agency dates its story by universal time: "4 a.m. Sunday
    (1900 GMT Saturday)" in a story of Saturday is the next day's dawn, not last Sunday's)."""
    try:
        local = dt.date.fromisoformat(clock.value[:10])
        universal = dt.date.fromisoformat(twin.value[:10])
    except ValueError:
        return clock, twin
    if (universal - local).days == shift or (universal - local).days % 7 != shift % 7:
        return clock, twin  # one instant already, or not the same two weekdays
    if universal == anchor and shift in (0, -1):
        return _on_day(clock, twin.value, -shift), twin  # the dawn after a story of universal time's day
    return clock, _on_day(twin, clock.value, shift)


def _minutes(value: str) -> int:
    return int(value[11:13]) * 60 + int(value[14:16])


def _day_shift(local: str, universal: str) -> int:
    """The day of ``universal``'s clock time less that of ``local``'s, the same instant: -1 when the
    local zone would be more than 14 hours ahead of universal time on one day, 1 when more than 12
    behind, else 0."""
    ahead = _minutes(local) - _minutes(universal)
    return -1 if ahead < -_BEHIND_MOST else 1 if ahead > _AHEAD_MOST else 0


def _on_day(expr: TemporalExpression, other: str, shift: int) -> TemporalExpression:
    """``expr`` on the day ``shift`` days after the day of the value ``other``."""
    try:
        day = dt.date.fromisoformat(other[:10]) + dt.timedelta(days=shift)
    except ValueError:
        return expr
    value = day.isoformat() + expr.value[10:]
    return expr if value == expr.value else attrs.evolve(expr, value=value)


def _moved_to_day(
    text: str, clock: TemporalExpression, twin: TemporalExpression, day: TemporalExpression
) -> tuple[TemporalExpression, TemporalExpression]:
    """A clock time and its bracketed twin, moved to the day that follows them (when one does)."""
    if not (
        day.type in ("DATE", "TIME")
        and _DAY_VALUE.match(day.value)
        and _CLOSE.fullmatch(text, twin.end, day.start)
    ):
        return clock, twin
    date = day.value[:10]
    if twin.value[:10] == clock.value[:10]:  # (a zone across midnight keeps its own day)
        twin = attrs.evolve(twin, value=date + twin.value[10:])
    if clock.value[:10] != date:
        clock = attrs.evolve(clock, value=date + clock.value[10:])
    return clock, twin
