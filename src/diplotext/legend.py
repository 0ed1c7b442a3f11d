"""What the codes of an output document mean: CAMEO codes, PLOVER categories, event attributes,
ISO 8601 durations. Used by ``diplotext extract --summary`` and the ``diplotext show`` page.

The names are data (``data/lexicon/codes.txt``); a CAMEO code that is not listed is named by its
two-digit root ("a kind of: Reject").
"""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon
from diplotext.model import Document

__all__ = [
    "attribute_meaning",
    "cameo_name",
    "duration_words",
    "kind_meaning",
    "legend",
    "plover_meaning",
    "plural",
]

_DURATION: Final = re.compile(
    r"P(?:(?P<Y>\d+|X)Y)?(?:(?P<M>\d+|X)M)?(?:(?P<W>\d+|X)W)?(?:(?P<D>\d+|X)D)?"
    r"(?:T(?:(?P<H>\d+|X)H)?(?:(?P<MIN>\d+|X)M)?(?:(?P<S>\d+|X)S)?)?"
)
_UNITS: Final = (
    ("Y", "year"),
    ("M", "month"),
    ("W", "week"),
    ("D", "day"),
    ("H", "hour"),
    ("MIN", "minute"),
    ("S", "second"),
)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 caption``, ``2 captions``, ``0 captions`` (``many`` for irregular plurals)."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def duration_words(value: str) -> str | None:
    """An ISO 8601 / TIMEX3 duration in words (``P12Y`` -> ``12 years``, ``PXY`` -> ``some years``),
    or ``None`` when ``value`` is not one."""
    m = _DURATION.fullmatch(value)
    if m is None or value in ("P", "PT") or value.endswith("T"):
        return None
    parts = []
    for group, unit in _UNITS:
        amount = m.group(group)
        if amount == "X":
            parts.append(f"some {unit}s")
        elif amount is not None:
            parts.append(plural(int(amount), unit))
    return ", ".join(parts) or None


def cameo_name(code: str) -> str | None:
    """The CAMEO name of an event code (``"042"`` -> ``"Make a visit"``); a code not listed is named
    by its root (``"1246"`` -> ``"a kind of: Reject"``); ``None`` for a code with no known root."""
    names = lexicon.mapping("codes", "cameo")
    if code in names:
        return names[code]
    root = names.get(code[:2])
    return f"a kind of: {root}" if root else None


def plover_meaning(category: str) -> str | None:
    """What a PLOVER category covers (``"CONSULT"`` -> ``"meet, visit, hold talks"``)."""
    return lexicon.mapping("codes", "plover").get(category.lower())


def attribute_meaning(name: str) -> str | None:
    """What an event attribute says (``"first_in"`` -> its explanation), or ``None``."""
    return lexicon.mapping("codes", "attributes").get(name.lower())


def kind_meaning(kind: str) -> str | None:
    """What a date type (``DURATION``) or quote kind (``partial``) is."""
    return lexicon.mapping("codes", "kinds").get(kind.lower())


def _attribute_line(name: str, value: object) -> tuple[str, str] | None:
    meaning = attribute_meaning(name)
    if name == "plover" and isinstance(value, str):
        covers = plover_meaning(value)
        return f"{name}={value}", "PLOVER event category" + (f": {covers}" if covers else "")
    if isinstance(value, str) and (words := duration_words(value)):
        said = f"{meaning} {words}" if meaning else words
        return f"{name}={value}", f"{said} (an ISO 8601 duration)"
    if meaning is None:
        return None
    return name, meaning


def legend(doc: Document) -> list[tuple[str, str]]:
    """``(code, meaning)`` for each code the summary of ``doc`` shows, once each, in the order
    they first appear: event codes, then attributes, then date types, date values and quote kinds."""
    seen: dict[str, str] = {}

    def add(key: str, meaning: str) -> None:
        seen.setdefault(key, meaning)

    for event in doc.events:
        if event.code:
            name = cameo_name(event.code)
            add(f"[{event.code}]", "CAMEO event code" + (f": {name}" if name else ""))
    for event in doc.events:
        for key, value in event.attributes.items():
            if value in (None, "", []):
                continue
            line = _attribute_line(key, value)
            if line is not None:
                add(*line)
    if doc.events:
        add("confidence", "how sure the extractor is of the event, from 0 to 1")
    for date in doc.dates:
        if meaning := kind_meaning(date.type):
            add(date.type, meaning)
    for date in doc.dates:
        if date.type == "DURATION" and (words := duration_words(date.value)):
            add(date.value, words)
        if date.mod:
            add(date.mod, "TIMEX3 modifier: " + date.mod.lower().replace("_", " "))
    for quote in doc.quotes:
        if meaning := kind_meaning(quote.kind):
            add(quote.kind, meaning)
    cue = next((q.cue for q in doc.quotes if q.cue), None)
    if cue:
        add(f"[{cue}]", "the reporting verb (cue) of a quote")
    return list(seen.items())
