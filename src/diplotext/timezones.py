"""Time zone abbreviations as news sites use them, and numeric UTC offsets.

Abbreviations are ambiguous in general (IST is India, Israel or Ireland); this table picks the reading
that English-language news pages most often mean: IST is India (+05:30), CST is US Central (-06:00),
BST is British Summer Time (+01:00). Ambiguous ones with no dominant news reading (AST, BDT, ET, PT) are
left out, so a time with them is read without a zone.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from diplotext.patterns import lazy

__all__ = ["US_GENERIC", "ZONES", "parse_offset", "zone"]


def _h(hours: int, minutes: int = 0) -> int:
    sign = -1 if hours < 0 else 1
    return sign * (abs(hours) * 60 + minutes)


ZONES: Final[dict[str, int]] = {
    # UTC and Europe
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": _h(1),
    "BST": _h(1),
    "IST": _h(5, 30),  # India Standard Time: the news reading, not Israel or Irish time
    "CET": _h(1),
    "CEST": _h(2),
    "MET": _h(1),
    "MEST": _h(2),
    "EET": _h(2),
    "EEST": _h(3),
    "MSK": _h(3),
    "TRT": _h(3),
    # Americas
    "EST": _h(-5),
    "EDT": _h(-4),
    "CST": _h(-6),
    "CDT": _h(-5),
    "MST": _h(-7),
    "MDT": _h(-6),
    "PST": _h(-8),
    "PDT": _h(-7),
    "AKST": _h(-9),
    "AKDT": _h(-8),
    "HST": _h(-10),
    "BRT": _h(-3),
    "ART": _h(-3),
    # Africa and the Middle East
    "WAT": _h(1),
    "CAT": _h(2),
    "EAT": _h(3),
    "SAST": _h(2),
    "GST": _h(4),  # Gulf Standard Time
    "IRST": _h(3, 30),
    # Asia and the Pacific
    "PKT": _h(5),
    "NPT": _h(5, 45),
    "ICT": _h(7),
    "WIB": _h(7),
    "HKT": _h(8),
    "SGT": _h(8),
    "MYT": _h(8),
    "PHT": _h(8),
    "AWST": _h(8),
    "JST": _h(9),
    "KST": _h(9),
    "ACST": _h(9, 30),
    "ACDT": _h(10, 30),
    "AEST": _h(10),
    "AEDT": _h(11),
    "NZST": _h(12),
    "NZDT": _h(13),
}
"""Abbreviation -> offset from UTC in minutes."""

US_GENERIC: Final[dict[str, int]] = {"ET": _h(-5), "CT": _h(-6), "MT": _h(-7), "PT": _h(-8)}
"""US generic zones ("8:15 PM ET"): standard time, or daylight time (one hour more) between the second
Sunday of March and the first Sunday of November."""


def _us_daylight(day: dt.date) -> bool:
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


_OFFSET = lazy(r"(?:(?:UTC|GMT)\s*)?([+\-−])(\d{1,2})(?::?(\d{2}))?")


def _tz(minutes: int) -> dt.tzinfo:
    return dt.timezone(dt.timedelta(minutes=minutes)) if minutes else dt.UTC


def parse_offset(text: str) -> dt.tzinfo | None:
    """``+05:30``, ``+0530``, ``-5``, ``GMT+8``, ``UTC-03:00`` as a fixed-offset zone, else ``None``."""
    m = _OFFSET.fullmatch(text.strip())
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    total = hours * 60 + minutes
    return _tz(-total if m.group(1) in "-−" else total)


def zone(text: str, day: dt.date | None = None) -> dt.tzinfo | None:
    """A zone abbreviation (``IST``, ``BST``, ``Z``) or numeric offset as a tzinfo, else ``None``.

    The US generic zones (``ET``, ``CT``, ``MT``, ``PT``) need the ``day`` to choose standard or
    daylight time; without it they give ``None``.
    """
    key = text.strip().upper().replace(".", "")
    if key in ZONES:
        return _tz(ZONES[key])
    if key in US_GENERIC:
        if day is None:
            return None
        return _tz(US_GENERIC[key] + (60 if _us_daylight(day) else 0))
    return parse_offset(text)
