"""Numbers, units and modifiers: the pieces a TIMEX3 value is built from."""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon
from diplotext.lexicon import NUMBER_WORDS
from diplotext.patterns import word_trie as trie

__all__ = [
    "NUMBER_WORDS",
    "TIMEX3_VALUE",
    "duration_value",
    "is_timex_value",
    "mod_of",
    "parse_number",
    "trie",
    "unit_of",
]


_UNITS: Final[dict[str, str]] = lexicon.mapping("time", "time unit forms")

_MODS: Final[dict[str, str]] = lexicon.mapping("time", "duration modifier values")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("‐", "-").split())


def unit_of(word: str) -> str | None:
    """The singular unit name of ``word`` ("Years" -> "year")."""
    return _UNITS.get(_norm(word).rstrip("-"))


def mod_of(words: str | None) -> str | None:
    """The TIMEX3 mod for a modifier ("more than" -> "MORE_THAN")."""
    return _MODS.get(_norm(words)) if words else None


def parse_number(text: str | None) -> float | None:
    """The value of a number written in digits or words ("1,300", "twenty-one", "2 1/2", "a")."""
    if not text:
        return None
    t = _norm(text)
    half = 0.0
    if t.endswith(" 1/2"):
        t, half = t[:-4], 0.5
    if t.isdigit() or (t.replace(",", "").isdigit() and "," in t):
        return float(t.replace(",", "")) + half
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if " and " in t:  # "a hundred and fifty"
        big, _, small = t.partition(" and ")
        left, right = parse_number(big), parse_number(small)
        return None if left is None or right is None or left < 100 else left + right
    parts = t.replace("-", " ").split()
    scale = 1
    while len(parts) >= 2 and parts[-1] in ("hundred", "thousand"):  # "two hundred", "a hundred thousand"
        scale *= NUMBER_WORDS[parts.pop()]
    if scale > 1:
        base = parse_number(" ".join(parts))
        return None if base is None else base * scale
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P6Y``, ``PT4H``, ``PXY`` (unknown amount), decades as years, halves split."""
    if unit == "decade":
        unit, amount = "year", None if amount is None else amount * 10
    elif unit == "century":
        unit, amount = "year", None if amount is None else amount * 100
    elif unit == "millennium":
        unit, amount = "year", None if amount is None else amount * 1000
    elif unit == "fortnight":
        unit, amount = "week", None if amount is None else amount * 2
    if amount is not None and amount != int(amount):  # "2 1/2 years" -> P2Y6M
        whole = int(amount)
        smaller = {
            "year": ("month", 12),
            "day": ("hour", 24),
            "hour": ("minute", 60),
            "minute": ("second", 60),
            "month": ("day", 30),
        }
        if unit in smaller:
            sub, factor = smaller[unit]
            rest = round((amount - whole) * factor)
            head = duration_value(float(whole), unit) if whole else "P"
            tail = duration_value(float(rest), sub)
            if head == "P":
                return tail
            if "T" in tail and "T" not in head:
                return head + tail[1:]
            return head + tail[1:].replace("T", "")
    n = "X" if amount is None else _fmt(amount)
    letter = {
        "second": "TS",
        "minute": "TM",
        "hour": "TH",
        "day": "D",
        "week": "W",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
    }[unit]
    if letter.startswith("T"):
        return f"PT{n}{letter[1]}"
    return f"P{n}{letter}"


_D = r"[\dX]"
_DATE = (
    rf"(?:BC)?{_D}{{4}}(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    rf"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
    rf"|(?:BC)?{_D}{{2,3}}"
)
_TIME = r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|AF|EV|NI|DT)(?:Z|[+-]\d\d(?::?\d\d)?)?"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:(?:{_AMOUNT}[YMWDQH]){{1,4}}(?:T(?:{_AMOUNT}[HMS]){{1,3}})?|T(?:{_AMOUNT}[HMS]){{1,3}})"
TIMEX3_VALUE: Final = re.compile(rf"(?:{_DATE})(?:{_TIME})?|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF")
"""A TIMEX3 value (TimeML 1.2.1) as this plugin writes them: a calendar value (``2005``, ``2005-11``,
``2005-11-16``, ``2005-W46``, ``2005-W46-WE``, ``XXXX-WXX-1``, ``2005-Q3``, ``2005-H1``, ``2005-SU``,
decades ``199``, centuries ``20``, ``BC0076``, ``BC02``) with an optional time (``T21:00``, ``TMO``), a
duration (``P6Y``, ``PT4H``, ``P2Y6M``, ``PXY``) or ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``. ISO weeks
have two digits (``2006-W05``, ``2006-W50``)."""


def is_timex_value(value: str) -> bool:
    """Is ``value`` a well-formed TIMEX3 value (:data:`TIMEX3_VALUE`)?"""
    return TIMEX3_VALUE.fullmatch(value) is not None
