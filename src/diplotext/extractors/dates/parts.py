"""Reading the parts of a match: month words, day numbers, calendar dates, clock times and
part-of-day codes, the pre-modifiers ("early", "mid", "late") that give a mod, the relative words
("last", "next") that shift a value, and the anchor's day.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import regex

from diplotext import lexicon

from .blocks import DAY_ORDINALS, MONTHS
from .context import Context
from .resolve import day_value


def _month(word: str | None) -> int | None:
    if not word:
        return None
    return MONTHS.get(word.lower().rstrip(".").strip())


def _day(word: str | None) -> int | None:
    if not word:
        return None
    digits = "".join(ch for ch in word if ch.isdigit())
    if digits:
        return int(digits)
    return DAY_ORDINALS.get("-".join(word.lower().split()))  # "eighth", "twenty first"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _premod(words: str | None) -> str | None:
    if not words:
        return None
    w = words.lower()
    if "mid" in w or "middle" in w:
        return "MID"
    if any(k in w for k in ("early", "beginning", "start", "first")):
        return "START"
    if any(k in w for k in ("late", "end", "close", "latter", "last", "second")):
        return "END"
    return None


def _pmod(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in ("early", "earlier"):
        return "START"
    if w == "late":
        return "END"
    return None


_CLOCK_SEPARATOR: Final = regex.compile(r"[:.]")
_CLOCK_POD: Final = regex.compile(r"in the(?:morning|afternoon|evening)$|atnight$".replace(" ", ""))


def _clock(text: str) -> tuple[int, int] | None:
    t = "".join(text.lower().split()).replace("o'clock", "").replace("o’clock", "").removesuffix("hours")
    pod = _CLOCK_POD.search(t)
    if pod is not None:  # "4 in the morning", "10:30 at night"
        t = t[: pod.start()] + ("am" if pod.group() == "inthemorning" else "pm")
    if t in ("noon", "midday"):
        return 12, 0
    if t == "midnight":
        return 24, 0
    pm = "p.m" in t or t.endswith("pm")
    am = "a.m" in t or t.endswith("am")
    digits = t.rstrip(".").replace("a.m", "").replace("p.m", "").replace("am", "").replace("pm", "")
    digits = digits.rstrip(".")
    parts = _CLOCK_SEPARATOR.split(digits)
    if len(parts) == 1 and len(digits) in (3, 4) and digits.isdigit():
        parts = [digits[:-2], digits[-2:]]  # "1030am", "0735 GMT"
    try:
        hour = int(parts[0])
        minute = int(parts[1]) if len(parts) > 1 and parts[1] else 0
    except ValueError:
        return None
    if pm and hour < 12:
        hour += 12
    if am and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return hour, minute


def _time_value(day: str, clock: tuple[int, int]) -> str:
    return f"{day}T{clock[0]:02d}:{clock[1]:02d}"


_POD: Final = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "nite": "NI",
    "overnight": "NI",
}
NIGHTS: Final = lexicon.words("time", "nights with a weekday")
"""Words for a night said with a weekday ("overnight Saturday"): that weekday's night."""
_POD.update(dict.fromkeys(NIGHTS, "NI"))
_POD.update({k: _POD[v] for k, v in lexicon.mapping("time", "informal parts of a day").items()})
"""Informal parts of a day ("this arvo", "tmrw mornin"): the part they stand for."""


def _anchor_day(ctx: Context, offset: int = 0) -> str:
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    return day_value(ctx.anchor + dt.timedelta(days=offset))


def _rel_shift(word: str | None) -> int:
    w = (word or "").lower().replace("the", "").strip()
    w = " ".join(w.split())
    if w in ("last", "past", "previous", "preceding", "prior", "year-ago", "year-earlier", "this past"):
        return -1
    if w in ("next", "coming", "following", "this coming"):
        return 1
    return 0
