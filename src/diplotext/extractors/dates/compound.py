"""Compound durations: "three years and six months", "2 hours 15 minutes", "1 hour, 26 minutes and 43
seconds" are one duration each (``P3Y6M``, ``PT2H15M``, ``PT1H26M43S``), as TIMEX2 and TimeML tag them.

The scan finds each part alone; this pass joins parts that follow each other with nothing between
them but a space, a comma or "and", whose units go down (years, months, days, hours, minutes,
seconds; weeks and quarters are left alone) and whose later parts carry no modifier; not a rate ("20
years, five days a week") nor a list of alternatives ("one year, 68 days or two months").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

__all__ = ["joined_durations"]

_PART: Final = regex.compile(r"P(?:(\d+)([YMD])|T(\d+)([HMS]))")
"""A duration of one whole number of one unit: ``P3Y``, ``PT15M``."""
_RANK: Final = {"Y": 6, "M": 5, "D": 4, "TH": 3, "TM": 2, "TS": 1}
_BETWEEN: Final = regex.compile(r"\s{0,2},?\s{1,3}(?:and\s{1,3})?|\s?", regex.IGNORECASE)
"""What may stand between two parts: "2 hours 15 minutes", "2 years, 3 months", "3 years and 6 months"."""
_RATE_NEXT: Final = regex.compile(
    rf"\s{{1,3}}(?:{lexicon.alternation('time', 'rate words before a unit')})"
    r"\s{1,3}(?:day|week|month|year)\b",
    regex.IGNORECASE,
)
_OR_NEXT: Final = regex.compile(r"\s{0,2},?\s{1,3}or\b", regex.IGNORECASE)


def _part(value: str) -> tuple[str, str] | None:
    """``(unit key, amount)`` of a one-unit duration value ("PT15M" -> ``("TM", "15")``)."""
    m = _PART.fullmatch(value)
    if m is None:
        return None
    return (m.group(2), m.group(1)) if m.group(1) else ("T" + m.group(4), m.group(3))


def _value(parts: list[tuple[str, str]]) -> str:
    date = "".join(n + unit for unit, n in parts if not unit.startswith("T"))
    time = "".join(n + unit[1] for unit, n in parts if unit.startswith("T"))
    return "P" + date + ("T" + time if time else "")


def joined_durations(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with each run of one-unit durations of falling units joined."""
    out = list(found)
    starts = [k for k in range(len(out) - 1) if out[k].type == out[k + 1].type == "DURATION"]
    if not starts:
        return out
    drop: set[int] = set()
    for k in starts:
        if k in drop:
            continue
        joined, last = _run(text, out, k)
        if last > k:
            out[k] = joined
            drop.update(range(k + 1, last + 1))
    return [t for k, t in enumerate(out) if k not in drop] if drop else out


def _run(text: str, found: list[TemporalExpression], k: int) -> tuple[TemporalExpression, int]:
    """The duration at ``k`` joined with the parts after it, and the index of the last part joined."""
    head = found[k]
    first = _part(head.value) if head.range is None else None
    if first is None:
        return head, k
    parts, last, j = [first], head, k + 1
    while j < len(found):
        nxt = found[j]
        part = _part(nxt.value) if nxt.type == "DURATION" and nxt.mod is None and nxt.range is None else None
        if (
            part is None
            or _RANK[part[0]] >= _RANK[parts[-1][0]]
            or not _BETWEEN.fullmatch(text, last.end, nxt.start)
        ):
            break
        if _RATE_NEXT.match(text, nxt.end):
            break  # "20 years, five days a week": a rate, not a part
        parts.append(part)
        last = nxt
        j += 1
    if len(parts) == 1 or (_OR_NEXT.match(text, last.end) and "," in text[head.end : last.start]):
        return head, k  # (one part; "one year, 68 days or even two months": alternatives)
    value = _value(parts)
    return attrs.evolve(head, text=text[head.start : last.end], end=last.end, value=value), j - 1
