"""Clock-time ranges: the end glued to its begin ("10am-4pm", "8.30pm-9.30pm"), a begin with no
"a.m."/"p.m." of its own ("7-9pm", "from 2 to 4 p.m.") and the day the two
ends share ("from 7 a.m. to 8 p.m. Tuesday": both on Tuesday; "9 p.m. Friday to 2 a.m.": the end on
Saturday).

The grammar does not start an expression right after a hyphen (so that "2-3" or "1990-91" stay
whole), so the end of a clock range written without spaces is found here, from the begin the scan
found. The day of a range's ends is settled by :func:`share_day` before :func:`.ranges.link_ranges`
checks that the begin comes before the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext.model import TemporalExpression

__all__ = ["bare_clock_begins", "glued_clock_ends", "share_day"]

_AMPM_END: Final = regex.compile(r"(?:[ap]\.?m\.?|\d:\d\d)$", regex.IGNORECASE)
"""How the text of a clock time may end for a glued end to follow: "10am", "8.30 p.m.", "10:00"."""
_GLUED_END: Final = regex.compile(
    r"[-–](?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ampm>[ap])(?:\.m\.|m\b)"
    r"|[-–](?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])",
    regex.IGNORECASE,
)
"""A clock time glued to the one before it by a dash: "-4pm", "-9.30 p.m.", "-16:00"."""
_BARE_CLOCK: Final = regex.compile(
    r"(?:(?:about|around|approximately)\s+)?"
    r"(?:(?:1[0-2]|0?[1-9])(?:[:.]?[0-5]\d)?\s{0,2}(?:[ap]\.?m\b\.?)|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight|midday)"
    r"(?:\s{0,3}(?-i:[A-Z]{2,4}))?",
    regex.IGNORECASE,
)
"""A clock time with no day named in it: "7 a.m.", "about 10:35 a.m.", "noon", "9 p.m. EST"."""
_CLOCK_VALUE: Final = regex.compile(r"(\d{4}-\d\d-\d\d)T(\d\d(?::\d\d)?)$")


def glued_clock_ends(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with the end of each clock range glued to its begin by a dash
    ("10am-4pm"): a TIME on the begin's day."""
    out: list[TemporalExpression] = []
    for k, t in enumerate(found):
        out.append(t)
        if t.type != "TIME" or t.end >= len(text) or text[t.end] not in "-–":
            continue
        m = _GLUED_END.match(text, t.end)
        day = _CLOCK_VALUE.match(t.value)
        if m is None or day is None or not _AMPM_END.search(t.text):
            continue
        if k + 1 < len(found) and found[k + 1].start < m.end():
            continue
        if m.group("h24"):
            clock = f"{m.group('h24')}:{m.group('m24')}"
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
            clock = f"{hour:02d}:{m.group('m') or '00'}"
        out.append(
            attrs.evolve(
                t,
                text=text[t.end + 1 : m.end()],
                start=t.end + 1,
                end=m.end(),
                value=f"{day.group(1)}T{clock}",
                mod=None,
                range=None,
            )
        )
    return out


def share_day(a: TemporalExpression, b: TemporalExpression) -> tuple[TemporalExpression, TemporalExpression]:
    """The begin ``a`` and end ``b`` of a clock range with the day one of them names given to the
    other, a clock time alone ("7 a.m.") taking the day of the end or begin that has one ("8 p.m.
    Tuesday"); an end before its begin on the same day is on the next day ("10 p.m. to 2 a.m.")."""
    if a.type != "TIME" or b.type != "TIME":
        return a, b
    va, vb = _CLOCK_VALUE.match(a.value), _CLOCK_VALUE.match(b.value)
    if va is None or vb is None:
        return a, b
    bare_a, bare_b = _BARE_CLOCK.fullmatch(a.text) is not None, _BARE_CLOCK.fullmatch(b.text) is not None
    if bare_a and not bare_b:
        a = attrs.evolve(a, value=f"{vb.group(1)}T{va.group(2)}")
    elif bare_b and not bare_a and vb.group(1) != va.group(1):
        b = attrs.evolve(b, value=f"{va.group(1)}T{vb.group(2)}")
    if bare_b and b.value < a.value and b.value[:10] == a.value[:10]:
        day = dt.date.fromisoformat(b.value[:10]) + dt.timedelta(days=1)
        b = attrs.evolve(b, value=f"{day.isoformat()}{b.value[10:]}")
    return a, b


_BARE_BEGIN: Final = regex.compile(
    r"(?:(?<=\b(?:from|between)\s{1,3})(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s{1,3}(?:to|till|until|and)\s{1,3}"
    r"|(?<![\d.,:/$£€-])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?[-–]\s?)"
    r"(?P<end>(?P<eh>1[0-2]|0?[1-9])(?:[:.](?P<em>[0-5]\d))?\s?(?P<ampm>[ap])(?:\.m\.|\.m\b|m\b))",
    regex.IGNORECASE,
)
"""A clock range whose begin has no "a.m."/"p.m." of its own: "7-9pm", "2 - 4 p.m.", "from 10 to 11am"."""
_DAY_BEFORE_REACH: Final = 24
"""How far (in characters, on one line) before such a range the day both ends are on may end
("tonight 7-9pm", "Sat 23 Mar, 7-9pm") when the range's end was not found on its own."""


def bare_clock_begins(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with the begin of each clock range that has no "a.m."/"p.m." of its
    own ("7-9pm": ``7`` at 19:00), on the end's day; an end glued to such a begin ("-9pm") is added
    too when a day was named just before on the same line ("tonight 7-9pm"). The begin takes the
    end's half of the day unless that puts it after the end ("11-1pm": 11:00, "10-12pm": 10:00)."""
    out = list(found)
    for m in _BARE_BEGIN.finditer(text):
        if any(t.start < m.start("end") and t.end > m.start() for t in found):
            continue  # the begin is part of another expression ("June 7-9pm")
        end = next((t for t in found if t.start == m.start("end") and t.type == "TIME"), None)
        day = _CLOCK_VALUE.match(end.value) if end is not None else None
        if end is None:
            prev = next((t for t in reversed(found) if t.end <= m.start()), None)
            gap = text[prev.end : m.start()] if prev is not None else "\n"
            if prev is None or len(gap) > _DAY_BEFORE_REACH or "\n" in gap:
                continue
            day = regex.match(r"(\d{4}-\d\d-\d\d)(T?)", prev.value)
            if day is None:
                continue
            hour = int(m.group("eh")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
            end = attrs.evolve(
                prev,
                text=m.group("end"),
                start=m.start("end"),
                end=m.end("end"),
                type="TIME",
                value=f"{day.group(1)}T{hour:02d}:{m.group('em') or '00'}",
                mod=None,
                range=None,
            )
            out.append(end)
        if day is None:
            continue
        end_clock = _CLOCK_VALUE.match(end.value)
        if end_clock is None:
            continue
        end_hour = int(end_clock.group(2)[:2])
        hour = int(m.group("h")) % 12
        if hour + 12 <= end_hour:
            hour += 12  # "7-9pm": 19:00
        out.append(
            attrs.evolve(
                end,
                text=text[m.start() : m.end("h") if not m.group("m") else m.end("m")],
                start=m.start(),
                end=m.end("h") if not m.group("m") else m.end("m"),
                value=f"{day.group(1)}T{hour:02d}:{m.group('m') or '00'}",
                mod=None,
                range=None,
            )
        )
    out.sort(key=lambda t: (t.start, t.end))
    return out
