"""The state that gives assurances: "ruling that U.S. assurances he would not be executed were not
binding", "assurances given by the Pakistani government that X would not face the death penalty":
assurances about a surrendered person's fate are given by the state that asks for him."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.patterns import KEEP_GIL

__all__ = ["assuring_state"]

_ASSURANCES: Final = regex.compile(r"\b(?:assurances?|guarantees?)\b", regex.IGNORECASE)
_BY: Final = regex.compile(
    r"[ \t]+(?:(?:given|provided|offered|made)[ \t]+by|from|by)[ \t]+(?:the[ \t]+)?", regex.I
)
_BEFORE: Final = 30
"""Characters before the noun where the state whose assurances they are is looked for."""
_AFTER: Final = 40


def assuring_state(ctx: EventContext, sentences: Iterable[int], asked: set[str]) -> str | None:
    """The one state (not one asked to surrender) named as giving assurances in the case's
    sentences, right before the noun ("U.S. assurances", "Peru's guarantees") or in a "given by" /
    "from" phrase after it; else ``None``."""
    codes: set[str] = set()
    layer = ctx.layer
    for idx in sorted(sentences):
        s0, s1 = layer.sentences[idx]
        for m in _ASSURANCES.finditer(ctx.text, s0, s1, KEEP_GIL):
            near = [
                e
                for e in layer.entities_in(max(s0, m.start() - _BEFORE), m.start())
                if e.kind in ("state", "place") and e.code and e.end >= m.start() - 4
            ]
            by = _BY.match(ctx.text, m.end(), s1, KEEP_GIL)
            if by is not None:
                near += [
                    e
                    for e in layer.entities_in(by.end(), min(s1, by.end() + _AFTER))
                    if e.kind in ("state", "place") and e.code and e.start <= by.end() + 12
                ]
            codes |= {e.code for e in near if e.code and e.code not in asked}
    return codes.pop() if len(codes) == 1 else None
