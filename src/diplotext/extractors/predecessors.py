"""A predecessor or successor named after the office holder it is told of: "the first visit by a
Vietnamese president since 2013, when his predecessor X made a three-day trip": X held the same
office, for the same state. The office holder may be named by a possessive ("Ruiz's predecessor,
X,") and the predecessor set off after the name ("X, her predecessor,"); with no demonym in the
sentence, X's state is the office holder's."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import regex

from diplotext.extractors.window_words import holds_folded
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import ClauseLayer

__all__ = ["named_as_predecessor", "predecessor_state"]

_HOLDER: Final = r"(?:(?P<pronoun>(?i:his|her|their|its))|(?P<name>\p{Lu}[\p{L}-]+)(?:'s|’s|'|’))"
_BEFORE: Final = regex.compile(
    r"(?<![\p{L}'’])" + _HOLDER + r"[ \t]+(?:[\p{L}-]+[ \t]+)?(?i:predecessor|successor)s?,?[ \t]+\Z"
)
_AFTER: Final = regex.compile(
    r"[ \t]*,[ \t]+" + _HOLDER + r"[ \t]+(?:[\p{L}-]+[ \t]+)?(?i:predecessor|successor)s?\b"
)
"""A predecessor set off after the name: "X, her predecessor,", "X, Ruiz's predecessor,"."""
_LOOK_BACK: Final = 60
"""Characters before a mention where "his predecessor" is looked for."""
_STEM: Final = ("cessor",)
"""What both nouns of ``_BEFORE`` hold: a window without it is not searched."""


def predecessor_state(
    text: str,
    layer: ClauseLayer,
    actor: Actor,
    people: Iterable[Actor] = (),
    state_of: Callable[[Actor], str | None] | None = None,
) -> str | None:
    """The state of the office a person is said to have held before or after someone ("his
    predecessor X"): the one demonym or state named with an office earlier in the sentence (the
    one state of a demonym there), else the state of the office holder (``state_of`` the person
    the possessive names, or the last one told of before a pronoun's), else ``None``."""
    for start, end in actor.mentions:
        m = _told_with(text, start, end)
        if m is None:
            continue
        s0, _ = layer.sentences[layer.sentence_at(start)]
        codes = {
            e.code
            for e in layer.entities_in(s0, start)
            if e.kind in ("state", "place") and e.code and e.place_kind == "demonym"
        }
        if len(codes) == 1:
            return codes.pop()
        holder = _holder(text, m, actor, start, list(people))
        got = state_of(holder) if holder is not None and state_of is not None else None
        if got is not None:
            return got
    return None


def _told_with(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The "her predecessor" told with the mention at ``start``..``end``, before or after it."""
    lo = max(0, start - _LOOK_BACK)
    if holds_folded(text, lo, start, _STEM):
        m = _BEFORE.search(text, lo, start, KEEP_GIL)
        if m is not None:
            return m
    if holds_folded(text, end, end + _LOOK_BACK, _STEM):
        return _AFTER.match(text, end, min(len(text), end + _LOOK_BACK), KEEP_GIL)
    return None


def _holder(text: str, m: regex.Match[str], actor: Actor, start: int, people: list[Actor]) -> Actor | None:
    """The office holder a possessive names: the one person of that surname, or, for a pronoun,
    the person last told of before the mention."""
    others = [p for p in people if p.kind == "person" and p.id != actor.id and p.name]
    if m.group("name"):
        named = [p for p in others if p.name.split()[-1] == m.group("name")]
        return named[0] if len(named) == 1 else None
    before = [(max((s for s, _ in p.mentions if s < start), default=-1), p) for p in others]
    last = max(before, key=lambda x: x[0], default=None)
    return last[1] if last is not None and last[0] >= 0 else None


def named_as_predecessor(text: str, actor: Actor) -> bool:
    """Is the person named as someone's predecessor or successor ("his predecessor X"), an office
    holder like the one told of?"""
    return any(_told_with(text, s, e) is not None for s, e in actor.mentions)
