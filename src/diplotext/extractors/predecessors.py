"""A predecessor or successor named after the office holder it is told of: "the first visit by a
Vietnamese president since 2013, when his predecessor X made a three-day trip": X held the same
office, for the same state."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.window_words import found_before
from diplotext.model import Actor
from diplotext.syntax import ClauseLayer

__all__ = ["named_as_predecessor", "predecessor_state"]

_BEFORE: Final = regex.compile(
    r"\b(?i:his|her|their|its)[ \t]+(?:[\p{L}-]+[ \t]+)?(?i:predecessor|successor)s?,?[ \t]+\Z"
)
_LOOK_BACK: Final = 60
"""Characters before a mention where "his predecessor" is looked for."""
_STEM: Final = ("cessor",)
"""What both nouns of ``_BEFORE`` hold: a window without it is not searched."""


def predecessor_state(text: str, layer: ClauseLayer, actor: Actor) -> str | None:
    """The state of the office a person is said to have held before or after someone ("his
    predecessor X"): the one demonym or state named with an office earlier in the sentence (the
    one state of a demonym there), else ``None``."""
    for start, _ in actor.mentions:
        if not found_before(_BEFORE, text, (start,), _LOOK_BACK, _STEM):
            continue
        s0, _ = layer.sentences[layer.sentence_at(start)]
        codes = {
            e.code
            for e in layer.entities_in(s0, start)
            if e.kind in ("state", "place") and e.code and e.place_kind == "demonym"
        }
        if len(codes) == 1:
            return codes.pop()
    return None


def named_as_predecessor(text: str, actor: Actor) -> bool:
    """Is the person named as someone's predecessor or successor ("his predecessor X"), an office
    holder like the one told of?"""
    return found_before(_BEFORE, text, (s for s, _ in actor.mentions), _LOOK_BACK, _STEM)
