"""Word lists: the one loader for the vocabularies in ``data/lexicon/``, and the closed lists several
extractors share (month and weekday names, number words, read from ``time.txt``).

A lexicon file is plain text: ``# comments``, ``[section]`` headers, one entry per line. Entries are
read with :func:`words` (a set of lower-case entries), :func:`entries` (as written, in file order),
:func:`alternation` (a regular-expression alternation of the entries), :func:`rows` (entries split
on ``|``) or :func:`mapping` (``key | value``). Files are read once, on first use. A plugin package
keeps its own word lists the same way, in ``<its package>/data/lexicon/``, and reads them with
``package=`` its import name (``words("sanctions", "impose", package="diplotext_sanctions")``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Final

import regex

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NUMBER_WORDS",
    "WEEKDAY_NAMES",
    "LexiconError",
    "alternation",
    "entries",
    "longest_first",
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
def entries(name: str, section: str, package: str = "diplotext") -> tuple[str, ...]:
    """The entries of one section as written (case kept), in file order."""
    return _section(name, section, package)


@functools.cache
def alternation(name: str, section: str, space: str = r"\s+", package: str = "diplotext") -> str:
    """The entries of one section as a regular-expression alternation ``a|b c|...``, in file order
    (which is the order the alternatives are tried in), each escaped, with ``space`` between words.
    Of a ``key | value`` entry only the key is taken."""
    keys = (e.split("|", 1)[0].strip() for e in _section(name, section, package))
    # a hyphen is special only inside a character class, which an alternation never is
    return "|".join(
        regex.escape(k, special_only=True).replace("\\ ", space).replace("\\-", "-") for k in keys
    )


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, and alphabetically among words of one length: the order for an
    alternation (a longer word is tried before its prefix). The order among words of one length
    does not change what an alternation matches (two such words never match the same text unless
    they are the same), but the alphabetical tie-break makes the pattern text the same in every
    process whatever the order of a set (string hashing differs from process to process), so a
    compiled pattern can be kept on disk (:mod:`diplotext.regexcache`)."""
    return sorted(words, key=lambda word: (-len(word), word))


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


MONTH_NAMES: Final = entries("time", "month names")
"""Month names, lower case, in calendar order."""

MONTH_ABBREVIATIONS: Final = entries("time", "month abbreviations")
"""Abbreviated month names as news copy writes them (lower case, with the period)."""

WEEKDAY_NAMES: Final = entries("time", "weekday names")
"""Weekday names, lower case, Monday first (ISO order)."""

NUMBER_WORDS: Final[dict[str, int]] = {
    word: int(value) for word, value in mapping("time", "number words").items()
}
"""Number words and their values ("a" is one)."""
