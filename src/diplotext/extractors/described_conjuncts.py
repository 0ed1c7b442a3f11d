"""A description coordinated with a name: "The crown prince and Crown Princess X arrived in Hanoi":
the description is the one person of the article with that role, beside the one named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex

from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import Phrase

__all__ = ["described_conjunct"]

_CONJUNCT: Final = regex.compile(
    r"(?i:the)[ \t]+(?P<role>\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})[ \t]+and[ \t]+"
    r"(?:\p{Lu}[\p{L}-]*[ \t]+){0,3}\Z"
)
"""A description opening the phrase, "and" right after it, and the title of the name that follows
("The crown prince and Crown Princess ")."""


def described_conjunct(
    text: str, phrase: Phrase, first: int, by_role: Callable[[], dict[str, list[Actor]]]
) -> Actor | None:
    """The person a description before "and" stands for, when the phrase opens with it and its
    first named person starts at ``first``: the one person of the article with that role."""
    m = _CONJUNCT.match(text, phrase.start, first, KEEP_GIL)
    if m is None:
        return None
    holders = by_role().get(m["role"].lower(), [])
    return holders[0] if len(holders) == 1 else None
