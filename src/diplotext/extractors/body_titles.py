"""Titles owned by a private body: "the chamber's president X", "the company's chairman Y", "the
club's president Z". A title whose owner, in a possessive right before it, is a chamber, a firm, a
club or another body of no state makes its holder no official, though the title ("president",
"chairman") is a head of state's or government's elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

__all__ = ["titled_by_a_private_body"]

_PRIVATE: Final = lexicon.words("events", "private bodies owning a title")
_OWNED_TITLE: Final = regex.compile(
    r"\b(?i:the)[ \t]+(?P<owner>\p{Ll}+)['’]s[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3},?[ \t]*\Z"
)
"""A possessive owner in lower case and one to three lower-case title words right before a name."""
_REACH: Final = 70


def titled_by_a_private_body(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Is a mention of the person titled by a private body's possessive ("the chamber's president
    X")?"""
    for start, _ in mentions:
        m = _OWNED_TITLE.search(text, max(0, start - _REACH), start, KEEP_GIL)
        if m is not None and m.group("owner") in _PRIVATE:
            return True
    return False
