"""Clock times said in words: "half past six", "a quarter to nine", "ten past seven", "20 minutes past
noon", "a quarter before 11 a.m. on Thursday" (TIME; the day named with it, else the day a bare clock
time is on: :func:`.anchoring.clock_day`).

The hour is read as said: "half past six" is 06:30 unless "p.m.", "in the evening", "at night" or
"tonight" puts it after noon. A count of minutes needs "past" ("ten past seven") or the word "minutes"
("five minutes to midnight"): "three to four" is a range of numbers, not a time.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.model import TemporalExpression

from . import anchoring
from .blocks import WEEKDAY_WORDS
from .context import Context, Match, _g, _one, _tx
from .parts import _anchor_day, _time_value
from .values import parse_number

__all__ = ["r_clock_words"]

_LATER: Final = frozenset(["evening", "afternoon", "tonight"])
"""Words after the time that put an hour below twelve after noon ("half past six in the evening")."""
_DEICTIC: Final = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def _number(word: str) -> int | None:
    value = parse_number(word)
    return None if value is None or value != int(value) else int(value)


def _minutes(m: Match) -> int | None:
    said = " ".join(m.group("cwmin").lower().split())
    if said.endswith("half"):
        return 30
    if said.endswith("quarter"):
        return 15
    return _number(said.split(" minute")[0])


def _hour(m: Match) -> tuple[int, int] | None:
    """The hour the clock counts from, and how the half of the day is known (0: not at all, 12: after
    noon said, -1: before noon said)."""
    word = m.group("cwhour").lower()
    if word in ("noon", "midday"):
        return 12, -1
    if word == "midnight":
        return 0, -1
    hour = _number(word)
    if hour is None or not 1 <= hour <= 12:
        return None
    half = (_g(m, "cwampm") or "").lower()
    pod = " ".join((_g(m, "cwpod") or _g(m, "cwdeictic") or "").lower().split())
    last = pod.split(" ")[-1]
    if half.startswith("p") or last in _LATER or pod == "at night" or (last == "night" and hour >= 6):
        return (hour % 12) + 12, 12
    if half.startswith("a") or pod.endswith("morning"):
        return hour % 12, -1
    return hour, 0


def r_clock_words(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    minutes, hour = _minutes(m), _hour(m)
    if minutes is None or hour is None or not 1 <= minutes <= 59:
        return None
    h, half = hour
    if m.group("cwdir").lower() in ("to", "before"):
        total = h * 60 - minutes
        if total < 0:  # "a quarter to midnight" (the hour 0): 23:45 of the day before is still said so
            total += 24 * 60
    else:
        total = h * 60 + minutes
    if half == 0 and total >= 13 * 60:
        return None
    clock = divmod(total, 60)
    anchor: bool | str = True
    value: str | None
    weekday = _g(m, "cwweekday")
    deictic = (_g(m, "cwdeictic") or "").lower().split()
    if weekday is not None:
        value, anchor = anchoring.weekday(
            ctx, WEEKDAY_WORDS[weekday.lower().rstrip(".")][0], ctx.tense(m.start(), m.end())
        )
    elif deictic:
        value = _anchor_day(ctx, _DEICTIC.get(deictic[0], 0))
    else:
        value, anchor = anchoring.clock_day(ctx, m.start(), m.end())
    if value is None:
        return None
    mod = "APPROX" if _g(m, "approx") else None
    start = m.start()
    if _A_BEFORE.search(ctx.before(start, 3)):
        start -= 2  # "a quarter to nine" (the rule starts at "quarter")
    return _one(_tx(ctx, start, m.end(), "TIME", _time_value(value, clock), mod, relative=anchor))


_A_BEFORE: Final = regex.compile(r"(?<![\w'’])[Aa]\s$")
