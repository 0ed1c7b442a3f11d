"""Leaders titled by a group's name: "Labour leader X", "Hamas chief Y". A person titled only as a
leader or chief, whose title's capitalised words before it name no state (no country, people or
city: not "Libyan leader X", "Iraqi Kurdish leader Y"), leads a party or a movement, and stands for
no state when the actors stage gave him none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext.patterns import KEEP_GIL
from diplotext.syntax import place_kind

__all__ = ["titled_by_a_group"]

_NAMED_TITLE: Final = regex.compile(
    r"(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3})(?:leader|chief)[ \t]+\Z"
)
"""One to three capitalised words right before "leader"/"chief" and the name."""
_REACH: Final = 60


def _names_a_state(words: list[str]) -> bool:
    """Does a run of one or two of the words name a state, its people or a city?"""
    n = len(words)
    return any(
        place_kind(" ".join(words[k : k + width]).removesuffix("'s").removesuffix("’s")) is not None
        for width in (2, 1)
        for k in range(n - width + 1)
    )


def titled_by_a_group(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Is a mention of the person titled "<Name> leader" or "<Name> chief" by a name of no state,
    and no mention by one that names a state?"""
    group = False
    for start, _ in mentions:
        m = _NAMED_TITLE.search(text, max(0, start - _REACH), start, KEEP_GIL)
        if m is None:
            continue
        if _names_a_state(m.group(1).split()):
            return False  # "Libyan leader X" somewhere: a state's
        group = True
    return group
