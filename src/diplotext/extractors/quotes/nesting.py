"""Attributions nested in a reported clause: "X claimed that he had a source who told him ...",
"X said the talks failed because the envoy said no". The inner attribution is part of what the outer
speaker said, so the outer clause runs over it to where the inner one's clause ends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .cues import NAMING_CUES
from .unit_types import Unit

__all__ = ["nested", "outer_end"]

_LINKS: Final = lexicon.words("speech", "words before an attribution inside a reported clause")
_NAMING_RELATIVES: Final = lexicon.words(
    "speech", "relatives before a naming attribution inside a reported clause"
)
_LAST_WORD: Final = regex.compile(r"(?r)(?<![\p{L}'’])(\p{L}+),?\s*$")
_RELATIVE: Final = regex.compile(r"\s*,?\s*(?:who|which|that)\s+(?:\p{Ll}+\s+){0,2}$")
_BREAK: Final = regex.compile(r"[;:\"“”]|\s[—–]\s|\s-\s")


def nested(text: str, outer: Unit, inner: Unit) -> bool:
    """Is ``inner`` (the next attribution) inside the clause ``outer`` reports after its cue: right
    after a "that" or a subordinator, or a relative clause on a noun of that clause ("a source who
    told him")? Never for "according to", a continuation (", adding ...") or an inverted "said X"."""
    if (
        outer.cue.according
        or inner.mention is None
        or inner.parent is not None
        or inner.inverted
        or inner.cue.according
        or inner.join_start != inner.attr_start  # "..., and B said": a clause of its own
        or inner.attr_start <= outer.attr_end
    ):
        return False
    between = (outer.attr_end, inner.attr_start)
    if _BREAK.search(text, *between) is not None or not text[between[0] : between[1]].strip():
        return False
    m = _LAST_WORD.search(text, *between)
    if m is not None and m.group(1) in _NAMING_RELATIVES and inner.cue.lemma in NAMING_CUES:
        return _words(text, outer.attr_end, m.start(1))  # "..., which critics have called reckless,"
    if m is not None and m.group(1) in _LINKS:
        # a subordinator inside a clause begun after the cue (not "X denied, though Y said ...")
        return m.group(1) == "that" or _words(text, outer.attr_end, m.start(1))
    # a relative on a noun inside the clause: "... had a source who told him"
    return _RELATIVE.match(text, inner.mention.end, inner.cue.start) is not None and _words(
        text, outer.attr_end, inner.attr_start
    )


def _words(text: str, start: int, end: int) -> bool:
    """Do at least two words stand between the outer cue and the inner attribution ("it had")?"""
    return len(_LETTER_RUN.findall(text[start:end], 0, None, False, KEEP_GIL)) >= 2


_LETTER_RUN: Final = regex.compile(r"\p{L}+")


def outer_end(text: str, units: Sequence[Unit], k: int, se: int) -> tuple[int, set[int]]:
    """Where the clause reported by ``units[k]`` may end, running over the attributions nested in it,
    and the indices of those attributions."""
    inside: set[int] = set()
    j = k + 1
    while j < len(units) and nested(text, units[j - 1] if j - 1 in inside else units[k], units[j]):
        inside.add(j)
        j += 1
    return (units[j].join_start if j < len(units) else se), inside
