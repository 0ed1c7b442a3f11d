"""A place written after the head of a speaker phrase ("X's relatives *in Lisbon*"): no part of its
head, so the owner does not become the speaker nor the place the head (issue 10, helper quotes43)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

__all__ = ["PLACE_AFTER", "without_place"]

PLACE_AFTER: Final = regex.compile(
    r"\s+(?:in|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,3}$"
)
"""A place after the head of a phrase: " in Lisbon", " from the United States"."""


def without_place(phrase: str) -> str:
    """``phrase`` without a place written after its head ("X's relatives in Lisbon" -> "X's relatives")."""
    m = PLACE_AFTER.search(phrase, None, None, KEEP_GIL)
    return phrase[: m.start()] if m is not None else phrase
