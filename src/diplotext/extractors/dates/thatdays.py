"""A month or weekday after the determiner "that" ("That September, the movement spread", "on that
Friday"): the month of the year the text named last, the first such weekday on or after the day it
named last, one expression with "that". "that" is a determiner only when it opens a sentence or
follows a preposition ("said that Friday ..." is a clause, left as it was read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from .blocks import MONTH, WEEKDAY, WEEKDAY_WORDS
from .parts import _month
from .resolve import day_value, month_value

__all__ = ["that_days"]

_PREPOSITIONS: Final = lexicon.alternation("time", "prepositions before that")
_THAT: Final = regex.compile(
    rf"(?:(?<=(?:^|[.!?][\"”’]?)\s{{0,3}})That|(?<=\b(?i:{_PREPOSITIONS})\s{{1,3}})that)"
    rf"\s{{1,3}}(?:(?P<month>{MONTH})|(?P<weekday>{WEEKDAY}))(?![-‐'’]|\s{{0,3}}\d)"
)

_CANDIDATE: Final = regex.compile(rf"\b[Tt]hat\s{{1,3}}(?:{MONTH}|{WEEKDAY})")
"""A quick scan for the words before :data:`_THAT` is tried where they stand."""

REACH: Final = 1000
"""How far (characters) before "that" the date it points back to may have been named."""


def that_days(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with each month or weekday after a determiner "that" read from the
    date named before it and widened to take in "that"; left as it was with no such date."""
    out = list(found)
    for hit in _CANDIDATE.finditer(text):
        m = _THAT.match(text, hit.start())
        if m is not None:
            out = _resolve(out, m)
    return out


def _resolve(found: list[TemporalExpression], m: regex.Match[str]) -> list[TemporalExpression]:
    word = m.start("month") if m.group("month") else m.start("weekday")
    i = next((i for i, t in enumerate(found) if t.start == word), None)
    if i is None or found[i].type not in ("DATE", "TIME"):
        return found
    t = found[i]
    before = [p for p in found[:i] if p.type in ("DATE", "TIME") and 0 <= m.start() - p.end <= REACH]
    if m.group("month"):
        month = _month(m.group("month"))
        named = next((p for p in reversed(before) if p.value[:4].isdigit()), None)
        if month is None or named is None or t.value[4:] != f"-{month:02d}":
            return found
        value = month_value(int(named.value[:4]), month)
    else:
        named = next((p for p in reversed(before) if _day(p.value) is not None), None)
        day = _day(named.value) if named is not None else None
        if named is None or day is None or len(t.value) < 10:
            return found
        wd = WEEKDAY_WORDS[m.group("weekday").lower()][0]
        value = day_value(day + dt.timedelta(days=(wd - day.isoweekday()) % 7)) + t.value[10:]
    found[i] = attrs.evolve(
        t, text=m.string[m.start() : t.end], start=m.start(), value=value, anchor=named.value
    )
    return found


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
