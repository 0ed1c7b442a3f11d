"""Word lists: the one loader for the vocabularies in ``data/lexicon/``, and the closed lists several
extractors share (month and weekday names, number words).

A lexicon file is plain text: ``# comments``, ``[section]`` headers, one entry per line. Entries are
read with :func:`words` (a set of lower-case entries), :func:`rows` (entries split on ``|``) or
:func:`mapping` (``key | value``). Files are read once, on first use. A plugin package keeps its own
word lists the same way, in ``<its package>/data/lexicon/``, and reads them with ``package=`` its
import name (``words("sanctions", "impose", package="diplotext_sanctions")``).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Final

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NUMBER_WORDS",
    "WEEKDAY_NAMES",
    "LexiconError",
    "mapping",
    "rows",
    "sections",
    "words",
]


class LexiconError(LookupError):
    """A lexicon file or section that does not exist."""


@functools.cache
def sections(name: str, package: str = "diplotext") -> dict[str, tuple[str, ...]]:
    """Every section of ``data/lexicon/<name>.txt`` in ``package``: its entries in file order,
    stripped, comments and blank lines dropped."""
    try:
        text = resources.files(package).joinpath("data", "lexicon", f"{name}.txt").read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"no lexicon file {name!r} in {package}") from None
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise LexiconError(f"lexicon {name!r}: entry {line!r} before any [section]")
        current.append(line)
    return {k: tuple(v) for k, v in out.items()}


def _section(name: str, section: str, package: str) -> tuple[str, ...]:
    try:
        return sections(name, package)[section]
    except KeyError:
        raise LexiconError(f"lexicon {name!r} has no section [{section}]") from None


@functools.cache
def words(name: str, section: str, package: str = "diplotext") -> frozenset[str]:
    """The entries of one section, lower case, as a set."""
    return frozenset(e.lower() for e in _section(name, section, package))


@functools.cache
def rows(name: str, section: str, package: str = "diplotext") -> tuple[tuple[str, ...], ...]:
    """The entries of one section split on ``|`` (or on spaces when there is no ``|``)."""
    return tuple(
        tuple(p.strip() for p in (e.split("|") if "|" in e else e.split()))
        for e in _section(name, section, package)
    )


@functools.cache
def mapping(name: str, section: str, package: str = "diplotext") -> dict[str, str]:
    """A ``key | value`` section as a dict (keys lower case)."""
    return {r[0].lower(): r[1] for r in rows(name, section, package) if len(r) >= 2}


MONTH_NAMES: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
"""Month names, lower case, in calendar order."""

MONTH_ABBREVIATIONS: Final = ("jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.")
"""Abbreviated month names as news copy writes them (lower case, with the period)."""

WEEKDAY_NAMES: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names, lower case, Monday first (ISO order)."""

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
}
"""Number words and their values ("a" is one)."""
