"""A start reckoned back from a trip's end and length yields to a dated meeting of the trip a day
or two before it: "returned home on Monday after a five-day state visit ... was welcomed by the
emperor in Tokyo on November 27" began on the 27th (whether the day home counts in the length is
not told; a meeting of the trip cannot come before its start)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

__all__ = ["met_just_before"]

_SLACK: Final = 2
"""How many days before a reckoned start a meeting of the trip may lie."""


def met_just_before(told: list[str], start: str, fits: Callable[[str], bool]) -> str | None:
    """The earliest of ``told`` (the days told of the trip other than its end: its meetings, what
    was done during it) in the few days before ``start``, else ``None``."""
    try:
        first = dt.date.fromisoformat(start)
    except ValueError:
        return None
    days = []
    for v in told:
        if len(v) != 10 or not fits(v):
            continue
        try:
            day = dt.date.fromisoformat(v)
        except ValueError:
            continue
        if 0 < (first - day).days <= _SLACK:
            days.append(v)
    return min(days) if days else None
