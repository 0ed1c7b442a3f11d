"""Offices of one holder: whether the last speaker can be the one a description by office stands
for ("the prime minister said" after "X, the chancellor, said" is not X; see docs/quotes.md,
"Speaker resolution")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

__all__ = ["other_office"]


def _rows() -> dict[tuple[str, ...], frozenset[int]]:
    found: dict[tuple[str, ...], set[int]] = {}
    for k, row in enumerate(lexicon.rows("speech", "offices of one holder")):
        for entry in row:
            found.setdefault(tuple(entry.lower().split()), set()).add(k)
    return {key: frozenset(v) for key, v in found.items()}


_OFFICES: Final = _rows()
_LONGEST: Final = max(len(k) for k in _OFFICES)
_RANKS: Final = lexicon.words("speech", "title ranks")
_SPOKESMAN: Final = _OFFICES[("spokesman",)]


def _office(words: list[str]) -> frozenset[int] | None:
    """The rows of the longest entry the words end with, or ``None``."""
    for n in range(min(_LONGEST, len(words)), 0, -1):
        got = _OFFICES.get(tuple(words[-n:]))
        if got is not None:
            return got
    return None


def _words(text: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in text.replace("-", " ").split() if w.strip(".,'’")]


def other_office(description: str, roles: tuple[str, ...]) -> bool:
    """Is every one of ``roles`` (the ones the article gave the last speaker) another office than the
    description's ("prime minister" against "chancellor", "mayor", "deputy prime minister")? Not when
    no role is known, when the description holds a rank ("the deputy premier": often a second post
    of someone named with another), or when either one's office is no row of the list."""
    said = _words(description)
    office = _office(said)
    if not roles or office is None or not _RANKS.isdisjoint(said):
        return False
    for role in roles:
        words = _words(role)
        if "shadow" in words and not office.isdisjoint(_SPOKESMAN):
            return False  # "shadow foreign secretary X ... the Tory spokesman": a party's spokesman
        if not _RANKS.isdisjoint(words):
            continue  # "deputy prime minister": not the prime minister
        if words[-len(said) :] == said or said[-len(words) :] == words:
            return False  # "minister" and "trade minister": one may be the other
        rows = _office(words)
        if rows is None or not rows.isdisjoint(office):
            return False
    return True


def holds(description: str, role: str) -> bool:
    """Does ``role`` (one the actors plugin gave a person) hold the office a description names: the
    same head, every lower-case word of the description in it ("the agriculture minister": not a
    "finance minister"), and no rank the description lacks ("deputy prime minister")?"""
    said = [w for w in description.replace("-", " ").split() if w[:1].islower()]
    words = _words(role)
    if not said or not words or words[-1] != said[-1].lower():
        return False
    lower = {w.lower() for w in said}
    return lower <= set(words) and (set(words) & _RANKS) <= lower
