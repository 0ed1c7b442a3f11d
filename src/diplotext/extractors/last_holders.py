"""A person named as the last holder of an office to make a trip: "The last foreign secretary to
visit China, X, went in 2004" (X set off after the description), "The last visit by a Canadian
prime minister to Cuba was in 2016, when X held talks in Havana" (X in the "when" clause after
it). X held that office at the time, for the state of the description's demonym, else for the
state of the one other holder of the office the article names (the one travelling now) (issue 9,
twenty-sixth session, helper visits40)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.window_words import holds_folded
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import ClauseLayer

__all__ = ["last_holder_state", "named_as_last_holder"]

_LAST: Final = lexicon.alternation("events", "words of the last holder of an office to travel", r"[ \t]+")
_GO: Final = lexicon.alternation("events", "verbs of the last holder of an office to travel", r"[ \t]+")
_TRIP: Final = lexicon.alternation("events", "nouns of the last trip by an office holder", r"[ \t]+")
_OFFICE: Final = r"(?P<office>(?:[\p{L}-]+[ \t]+){0,3}[\p{L}-]+)"
_SET_OFF: Final = regex.compile(
    rf"(?<![\p{{L}}-])(?i:the)[ \t]+(?i:{_LAST})[ \t]+{_OFFICE}[ \t]+to[ \t]+(?i:{_GO})\b"
    r"[^,.;:\n]{0,80},[ \t]*\Z"
)
"""The description set off before the name: "The last foreign secretary to visit China, "."""
_WHEN: Final = regex.compile(
    rf"(?<![\p{{L}}-])(?i:the)[ \t]+(?i:{_LAST})[ \t]+(?:[\p{{L}}-]+[ \t]+)?(?i:{_TRIP})[ \t]+(?i:by)[ \t]+"
    rf"(?i:an?)[ \t]+{_OFFICE}[ \t]+to\b[^.;:\n]{{0,80}},[ \t]+(?i:when)[ \t]+\Z"
)
"""The trip by an office holder, then "when" before the name: "The last visit by a Canadian prime
minister to Cuba was in 2016, when "."""
_OFFICIAL_LAST_WORDS: Final = frozenset(r.split()[-1] for r in lexicon.words("events", "official roles"))
_LOOK_BACK: Final = 160
_STEMS: Final = tuple(lexicon.words("events", "words of the last holder of an office to travel"))


def _office_before(text: str, start: int) -> regex.Match[str] | None:
    """The description of the last holder of an office told right before a mention at ``start``."""
    lo = max(0, start - _LOOK_BACK)
    if not holds_folded(text, lo, start, _STEMS):
        return None
    for pattern in (_SET_OFF, _WHEN):
        m = pattern.search(text, lo, start, KEEP_GIL)
        if m is not None and m.group("office").split()[-1].lower() in _OFFICIAL_LAST_WORDS:
            return m
    return None


def named_as_last_holder(text: str, actor: Actor) -> bool:
    """Is the person named as the last holder of an office to make a trip?"""
    return any(_office_before(text, s) is not None for s, _ in actor.mentions)


def last_holder_state(
    text: str,
    layer: ClauseLayer,
    actor: Actor,
    people: Iterable[Actor],
    *,
    roles_of: Callable[[Actor], set[str]],
    state_of: Callable[[Actor], str | None],
) -> str | None:
    """The state of the office a person is named the last holder of: the demonym or state in the
    description ("a Canadian prime minister"), else the state of the one other person holding
    that office in the article ("The foreign secretary, Y, ... The last foreign secretary to visit
    China, X"), else ``None``."""
    for start, _ in actor.mentions:
        m = _office_before(text, start)
        if m is None:
            continue
        codes = {
            e.code
            for e in layer.entities_in(m.start("office"), m.end("office"))
            if e.kind in ("state", "place") and e.code
        }
        if len(codes) == 1:
            return codes.pop()
        office = m.group("office").lower()
        others = [
            p
            for p in people
            if p.kind == "person" and p.id != actor.id and any(office.endswith(r) for r in roles_of(p))
        ]
        states = {state_of(p) for p in others}
        if len(states) == 1:
            return states.pop()
    return None
