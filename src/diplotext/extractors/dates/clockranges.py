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
import re
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
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


_GAP_WORDS: Final = lexicon.alternation("time", "words between the ends of a clock range")
_H = r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?"
_BEGIN_BEFORE: Final = regex.compile(
    rf"(?:\b(?:from|between)\s{{1,3}}{_H}\s{{1,3}}(?:{_GAP_WORDS})\s{{1,3}}|(?<![\d.,:/$£€-]){_H}\s?[-–]\s?)$",
    regex.IGNORECASE,
)
"""A begin with no "a.m."/"p.m." right before a clock time that has one: "7-", "2 - ", "from 10 to "."""
_GLUED_AFTER: Final = regex.compile(
    rf"[^\S\n]{{0,3}}[,(@]?[^\S\n]{{0,3}}(?:from\s{{1,3}})?(?<![\d.,:/$£€-]){_H}\s?[-–]\s?"
    r"(?P<end>(?P<eh>1[0-2]|0?[1-9])(?:[:.](?P<em>[0-5]\d))?\s?(?P<ampm>[ap])(?:\.m\.|\.m\b|m\b))",
    regex.IGNORECASE,
)
"""Such a range glued together right after a day ("tonight 7-9pm", "Sat 23 Mar, 2-4pm"): the grammar
starts no expression after the dash, so its end is found here too."""
_END_CLOCK: Final = regex.compile(
    r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap](?:\.m\.|\.m\b|m\b)", regex.IGNORECASE
)
"""The clock time with "a.m."/"p.m." a range ends on ("9pm", "10 a.m. on Monday")."""
_GLUED_GATE: Final = re.compile(r"-\s?\d{1,2}(?:[:.]\d\d)?\s?[aApP]\.?[mM]")
"""Is there a clock range glued together by a hyphen in the text ("7-9pm")? (The standard library's
``re`` on a pattern that opens with one ASCII character skips to it fast; an en dash is looked for
only in a text that has one.)"""
_GLUED_GATE_DASH: Final = re.compile(r"–\s?\d{1,2}(?:[:.]\d\d)?\s?[aApP]\.?[mM]")
_SHORT_TEXT: Final = 600
"""A range glued together after a day ("tonight 7-9pm") is looked for in short texts only (posts,
listings, captions, where it is written so): the scan over a whole news story cost more than all the
rest of this pass."""
_DAY_VALUE: Final = regex.compile(r"\d{4}-\d\d-\d\d")
_BEGIN_REACH: Final = 24
_WORD_GAPS: Final = tuple(lexicon.words("time", "words between the ends of a clock range"))


def _begin(end: TemporalExpression, m: regex.Match[str], day: str) -> TemporalExpression | None:
    """The begin ``m`` names of the clock range ending at ``end``, on ``day``, in the end's half of
    the day unless that puts it after the end ("11-1pm": 11:00)."""
    end_clock = _CLOCK_VALUE.match(end.value)
    if end_clock is None:
        return None
    hour = int(m.group("h")) % 12
    if hour + 12 <= int(end_clock.group(2)[:2]):
        hour += 12  # "7-9pm": 19:00
    stop = m.end("m") if m.group("m") else m.end("h")
    return attrs.evolve(
        end,
        text=m.string[m.start("h") : stop],
        start=m.start("h"),
        end=stop,
        value=f"{day}T{hour:02d}:{m.group('m') or '00'}",
        mod=None,
        range=None,
    )


def bare_clock_begins(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with the begin of each clock range that has no "a.m."/"p.m." of its
    own ("7-9pm": ``7`` at 19:00, "between 8 and 10 a.m."), on the end's day; a range glued together
    right after a day ("tonight 7-9pm") gets its end too, on that day, in a short text. Only the few
    characters next to each expression found are read."""
    glued = len(text) <= _SHORT_TEXT and bool(
        _GLUED_GATE.search(text) or ("–" in text and _GLUED_GATE_DASH.search(text))
    )
    which = range(len(found)) if glued else [k for k, t in enumerate(found) if t.type == "TIME"]
    if not which:
        return found
    out: list[TemporalExpression] = []
    for k in which:
        t = found[k]
        prev_end = found[k - 1].end if k else 0
        tail = text[max(prev_end, t.start - 7) : t.start]  # (cheap tests first: most are no range)
        day = (
            _CLOCK_VALUE.match(t.value)
            if t.type == "TIME" and ("-" in tail or "–" in tail or tail.rstrip().lower().endswith(_WORD_GAPS))
            else None
        )
        if day is not None and _END_CLOCK.match(text, t.start):
            b = _BEGIN_BEFORE.search(text, max(prev_end, t.start - _BEGIN_REACH), t.start)
            got = _begin(t, b, day.group(1)) if b is not None else None
            if got is not None:
                out.append(got)
                continue
        after = text[t.end : t.end + 10]
        if not glued or ("-" not in after and "–" not in after):
            continue
        day_m = _DAY_VALUE.match(t.value)
        g = _GLUED_AFTER.match(text, t.end) if day_m is not None else None
        if g is None or day_m is None or (k + 1 < len(found) and found[k + 1].start < g.end()):
            continue
        hour = int(g.group("eh")) % 12 + (12 if g.group("ampm").lower() == "p" else 0)
        end = attrs.evolve(
            t,
            text=g.group("end"),
            start=g.start("end"),
            end=g.end("end"),
            type="TIME",
            value=f"{day_m.group()}T{hour:02d}:{g.group('em') or '00'}",
            mod=None,
            range=None,
        )
        begin = _begin(end, g, day_m.group())
        if begin is not None:
            out.extend([begin, end])
    if not out:
        return found
    out.extend(found)
    out.sort(key=lambda t: (t.start, t.end))
    return out
