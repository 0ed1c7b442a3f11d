"""A clock time whose day comes after it, past the same time in another zone: "at 8:30 p.m. BST (1930
UTC) on August 27", "starts at 6 p.m. local time (1700 UTC) tomorrow".

The scan reads a clock time alone against the day named before it (or publication); when the clock
is followed by itself in brackets and then by a day, both clock times are that day's, as "at 8:30
p.m. on August 27" is (one expression there; here the brackets keep the three apart, as TimeML tags
them).
"""

from __future__ import annotations

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


def clock_days(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with each clock time followed by its bracketed twin and a day
    moved to that day."""
    out = list(found)
    for k in range(len(out) - 2):
        clock, twin, day = out[k], out[k + 1], out[k + 2]
        if not (
            clock.type == twin.type == "TIME"
            and _CLOCK_VALUE.match(clock.value)
            and _CLOCK_VALUE.match(twin.value)
            and day.type in ("DATE", "TIME")
            and _DAY_VALUE.match(day.value)
            and _OPEN.fullmatch(text, clock.end, twin.start)
            and _CLOSE.fullmatch(text, twin.end, day.start)
        ):
            continue
        date = day.value[:10]
        if clock.value[:10] != date:
            out[k] = attrs.evolve(clock, value=date + clock.value[10:])
        if twin.value[:10] == clock.value[:10]:  # (a zone across midnight keeps its own day)
            out[k + 1] = attrs.evolve(twin, value=date + twin.value[10:])
    return out
