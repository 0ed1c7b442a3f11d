"""Weekdays joined to a set of weekdays are sets too: "every Monday and Friday", "each Tuesday,
Thursday and Saturday" (the set first, its "every" shared by the days after it) and "on Tuesday and
Thursday nights" (a plural part of the day last, shared by the days before it). Each day alone was
read as one day ("Friday" as the coming one); TimeML tags each as a set (``XXXX-WXX-5``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from .blocks import WEEKDAYS

__all__ = ["spread_weekday_sets"]

_JOIN: Final = regex.compile(r"\s{0,3}(?:,\s{0,3}(?:and|or)?|and|or|&)\s{0,3}", regex.IGNORECASE)
_SET_DAY: Final = regex.compile(r"XXXX-WXX-[1-7](?P<pod>T[A-Z]{2})?")
_DAY_TEXT: Final = regex.compile(r"(?P<day>[A-Za-z]+)(?:\s{1,3}(?P<pod>[a-z]+))?")
_PLURAL_POD: Final = regex.compile(r"[A-Za-z]+\s{1,3}(?:mornings|afternoons|evenings|nights)")
_KINDS: Final = frozenset(["DATE", "TIME"])


def _day_set(t: TemporalExpression, pod: str) -> TemporalExpression | None:
    """``t`` as a set of its weekday (with ``pod``, or with its own part of the day), or ``None``
    when it is no weekday alone (or with a part of the day)."""
    if t.type not in _KINDS or t.range is not None:
        return None
    m = _DAY_TEXT.fullmatch(t.text, None, None, False, KEEP_GIL)
    if m is None or m.group("day").lower() not in WEEKDAYS:
        return None
    if m.group("pod") is not None:
        if t.type != "TIME" or "T" not in t.value:
            return None
        pod = t.value[t.value.index("T") :]
    number = WEEKDAYS[m.group("day").lower()]
    return attrs.evolve(t, type="SET", value=f"XXXX-WXX-{number}{pod}", quant=t.quant)


def spread_weekday_sets(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` (sorted by offset) with the weekdays joined to a set of weekdays made sets."""
    out = list(found)
    for k in range(len(out) - 1):  # "every Monday and Friday": forward from the set
        a, b = out[k], out[k + 1]
        m = _SET_DAY.fullmatch(a.value, None, None, False, KEEP_GIL) if a.type == "SET" else None
        if m is None or a.end > b.start or _JOIN.fullmatch(text, a.end, b.start, KEEP_GIL) is None:
            continue
        got = _day_set(b, "")
        if got is not None:
            out[k + 1] = attrs.evolve(got, quant=a.quant)
    for k in range(len(out) - 1, 0, -1):  # "on Tuesday and Thursday nights": back from the set
        a, b = out[k - 1], out[k]
        m = _SET_DAY.fullmatch(b.value, None, None, False, KEEP_GIL) if b.type == "SET" else None
        if (
            m is None
            or m.group("pod") is None
            or not _PLURAL_POD.fullmatch(b.text, None, None, False, KEEP_GIL)
            or a.end > b.start
            or _JOIN.fullmatch(text, a.end, b.start, KEEP_GIL) is None
        ):
            continue
        got = _day_set(a, m.group("pod"))
        if got is not None and got.value.endswith(m.group("pod")):
            out[k - 1] = got
    return out
