"""A titled official's state told only by the counterpart phrase that announces them.

"... talks between Foreign Minister A and her Indonesian counterpart. The visiting foreign
minister, B, arrived on Monday": B, titled with no state, holds A's office and is named in the
sentence after "her Indonesian counterpart" (or in the one after that): B is Indonesia's. The
phrase's owner is a possessive pronoun resolved to A or A's own possessive name ("A's Indonesian
counterpart"); the counterpart is the first person named after it, other than A, who holds one of
A's offices and is of no other state. A name right after the phrase ("his Kenyan counterpart X")
is the counterpart itself, and no one later is (issue 9, twenty-sixth session, helper visits40)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex

from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy
from diplotext.syntax import ClauseLayer, place_kind

__all__ = ["counterpart_state"]

_NAMED_RIGHT_AFTER: Final = regex.compile(r",?[ \t]+")
"""Between the phrase and a name that is the counterpart itself ("his Kenyan counterpart, X")."""
_AHEAD: Final = 2
"""Sentences after the phrase's own where the counterpart may be named."""
_COUNTERPART = lazy(
    r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\-]+['’]s)[ \t]+(?P<adj>\p{Lu}[\p{L}\-]+)"
    r"[ \t]+counterparts?\b"
)


def counterpart_state(
    text: str,
    layer: ClauseLayer,
    actor: Actor,
    *,
    actors: Sequence[Actor],
    roles_of: Callable[[Actor], set[str]],
    state_of: Callable[[Actor], str | None],
) -> str | None:
    """The state a "her Indonesian counterpart" phrase gives ``actor``, the counterpart it names
    next; ``None`` when no such phrase points at them."""
    if not actor.mentions or "counterpart" not in text:
        return None
    first = actor.mentions[0][0]
    for m in _COUNTERPART.finditer(text, 0, first, False, KEEP_GIL):
        got = place_kind(m.group("adj"))
        if got is None or got[1] != "demonym":
            continue
        holder = _owner(m, actors)
        if holder is None or holder is actor:
            continue
        offices = roles_of(holder)
        if not offices:
            continue
        idx = layer.sentence_at(m.start())
        end = layer.sentences[min(len(layer.sentences) - 1, idx + _AHEAD)][1]
        for e in layer.entities_in(m.end(), end, places=False):
            person = e.actor
            if e.kind != "person" or person is None or e.pronoun or person is holder:
                continue
            if _NAMED_RIGHT_AFTER.fullmatch(text, m.end(), e.start) is not None and person is not actor:
                break  # "his Kenyan counterpart X": X is the counterpart, whatever X's roles
            if person is actor and roles_of(person) & offices and state_of(holder) != got[0]:
                return got[0]
            if roles_of(person) & offices:
                break  # the first holder of the office named after the phrase is the counterpart
    return None


def _owner(m: regex.Match[str], actors: Sequence[Actor]) -> Actor | None:
    """The person whose counterpart the phrase names: the actor a possessive pronoun was resolved
    to, or the one a possessive name is a mention of."""
    start, end = m.span("owner")
    if m.group("owner").endswith(("'s", "’s")):
        end -= 2
    for a in actors:
        if a.kind == "person" and any(s == start and e == end for s, e in a.mentions):
            return a
    return None
