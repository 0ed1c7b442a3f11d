"""Counting and matching helpers shared by the scorers: P/R/F1 counts, accuracies, span overlap,
text normalisation with offsets kept, token overlap and one-to-one matching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from diplotext.model import Span

__all__ = [
    "PRF",
    "Accuracy",
    "find_all",
    "match_one_to_one",
    "norm_name",
    "normalize",
    "overlap",
    "token_f1",
    "tokens",
]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


@attrs.define
class PRF:
    """Precision, recall and F1 from counts.

    ``matched_system`` / ``system`` is the precision, ``matched_gold`` / ``gold`` the recall. For a
    one-to-one matching both matched counts are the number of pairs; a recall-only row (a gold
    subset with no system side) has ``system=None``.
    """

    gold: int = 0
    system: int | None = 0
    matched_gold: int = 0
    matched_system: int = 0

    @property
    def precision(self) -> float | None:
        return None if self.system is None else _ratio(self.matched_system, self.system)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float | None:
        p = self.precision
        if p is None:
            return None
        r = self.recall
        return _ratio(2 * p * r, p + r)

    def add(self, other: PRF) -> None:
        self.gold += other.gold
        self.matched_gold += other.matched_gold
        self.matched_system += other.matched_system
        if self.system is None or other.system is None:
            self.system = None
        else:
            self.system += other.system

    def count(self, *, gold: int = 0, system: int = 0, matched: int = 0) -> None:
        """Add a one-to-one result: ``matched`` pairs out of ``gold`` and ``system`` items."""
        self.gold += gold
        if self.system is not None:
            self.system += system
        self.matched_gold += matched
        self.matched_system += matched

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "gold": self.gold,
            "system": self.system,
            "matched_gold": self.matched_gold,
            "matched_system": self.matched_system,
        }


@attrs.define
class Accuracy:
    """Share of correct answers (``correct`` may be fractional, e.g. a summed Jaccard index)."""

    correct: float = 0.0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def score(self, ok: bool | float) -> None:
        self.total += 1
        self.correct += float(ok)

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": _round(self.value), "correct": round(self.correct, 4), "total": self.total}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# --------------------------------------------------------------------------- spans and text


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share (0 when they do not overlap)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
}


def normalize(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs collapsed to one space, curly quotes and dashes made plain
    and ``…`` spelled ``...``; plus, for each output character, its offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        if ch == "\u2026":
            out.extend("...")
            where.extend((i, i, i))
            continue
        out.append(_QUOTES.get(ch, ch))
        where.append(i)
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    inner_first, inner_last = text[start], text[end - 1]
    return not ((before.isalnum() and inner_first.isalnum()) or (after.isalnum() and inner_last.isalnum()))


def find_all(text: str, needle: str, *, start: int = 0, fuzzy: bool = True) -> list[Span]:
    """Every word-bounded occurrence of ``needle`` in ``text`` at or after ``start``.

    When there is no exact occurrence and ``fuzzy`` is on, whitespace, quote marks, dashes and
    ellipses are normalised on both sides (offsets still point into ``text``).
    """
    needle = needle.strip()
    if not needle:
        return []
    found: list[Span] = []
    i = text.find(needle, start)
    while i >= 0:
        if _bounded(text, i, i + len(needle)):
            found.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    if found or not fuzzy:
        return found
    norm, where = normalize(text)
    pattern, _ = normalize(needle)
    if not pattern:
        return []
    j = norm.find(pattern)
    while j >= 0:
        s, e = where[j], where[j + len(pattern) - 1] + 1
        if s >= start and _bounded(norm, j, j + len(pattern)):
            found.append((s, e))
        j = norm.find(pattern, j + 1)
    return found


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; punctuation and quote marks dropped)."""
    return [t.casefold() for t in _TOKEN.findall(text)]


def token_f1(a: str, b: str) -> float:
    """Token-overlap F1 of two strings (bags of words, as in SQuAD)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 1.0 if ta == tb else 0.0
    common = 0
    rest = list(tb)
    for t in ta:
        if t in rest:
            rest.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "president", "premier", "minister", "prime", "foreign", "secretary"}
)


def norm_name(name: str | None) -> str:
    """A name compared case-insensitively, whitespace and quote marks normalised."""
    return " ".join(tokens(name or ""))


def names_match(gold: str | None, system: str | None) -> bool:
    """Same person or group: equal names, or the tokens of one (titles aside) all in the other."""
    g, s = norm_name(gold), norm_name(system)
    if not g or not s:
        return g == s
    if g == s:
        return True
    gt = set(g.split()) - _TITLES
    st = set(s.split()) - _TITLES
    return bool(gt and st) and (gt <= st or st <= gt)


# --------------------------------------------------------------------------- matching


def match_one_to_one(
    gold: Sequence[Any],
    system: Sequence[Any],
    candidates: Callable[[Any, Any], float | None],
) -> dict[int, int]:
    """A maximum one-to-one matching, ``{gold index: system index}``.

    ``candidates(g, s)`` gives a preference score for a possible pair (higher is better) or
    ``None`` when the two cannot match. Pairs are first taken greedily by score, then augmenting
    paths add what the greedy pass left out, so the number of pairs is the largest possible.
    """
    edges: dict[int, list[tuple[float, int]]] = {}
    scored: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            score = candidates(g, s)
            if score is not None:
                edges.setdefault(gi, []).append((score, si))
                scored.append((score, gi, si))
    for lst in edges.values():
        lst.sort(key=lambda t: (-t[0], t[1]))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    g2s: dict[int, int] = {}
    s2g: dict[int, int] = {}
    for _, gi, si in scored:
        if gi not in g2s and si not in s2g:
            g2s[gi], s2g[si] = si, gi

    def augment(gi: int, seen: set[int]) -> bool:
        for _, si in edges.get(gi, ()):
            if si in seen:
                continue
            seen.add(si)
            if si not in s2g or augment(s2g[si], seen):
                g2s[gi], s2g[si] = si, gi
                return True
        return False

    for gi in sorted(edges):
        if gi not in g2s:
            augment(gi, set())
    return dict(sorted(g2s.items()))


_ISO_WEEK = regex.compile(r"(\d{4})-W(\d{1,2})")


def _date_parts(value: str) -> tuple[int, ...] | None:
    """``(year[, month[, day]])`` of a calendar value; an ISO week stands for its Thursday."""
    value = value.strip()
    week = _ISO_WEEK.fullmatch(value)
    if week:
        try:
            day = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        except ValueError:
            return None
        return day.year, day.month, day.day
    parts = value[:10].split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    return tuple(int(p) for p in parts)


def dates_match(gold: str, system: str) -> bool:
    """Event dates agree: equal, or one value's span holds the other's (``2006-12`` and
    ``2006-12-07``); an ISO week stands for its Thursday (shared/gold/README.md)."""
    if gold.strip() == system.strip():
        return True
    g, s = _date_parts(gold), _date_parts(system)
    if g is None or s is None:
        return False
    n = min(len(g), len(s))
    return g[:n] == s[:n]
