"""A counterpart named after the description of them: "held talks with his Australian counterpart
in Canberra on Tuesday. Prime Minister X said ...": X, who holds the office of the one whose
counterpart the phrase names, is that counterpart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from diplotext.model import Actor
from diplotext.syntax import ClauseLayer, Phrase

__all__ = ["counterpart_named_next"]

_AHEAD: Final = 2
"""Sentences after the description's own where its counterpart may be named."""
_STATE_KINDS: Final = frozenset(["state", "place"])


def counterpart_named_next(
    layer: ClauseLayer,
    phrase: Phrase,
    holder: Actor,
    roles_of: Callable[[Actor], set[str]],
    state_of: Callable[[Actor], str | None],
) -> tuple[Actor, str] | None:
    """The person named after ``phrase`` ("his Australian counterpart"), in its sentence or the two
    after, who holds one of ``holder``'s offices and is of no state other than the one the phrase
    names: ``(person, state)``; else ``None``. Only a phrase that names one state counts."""
    codes = {e.code for e in phrase.entities if e.code and e.kind in _STATE_KINDS}
    if len(codes) != 1:
        return None
    code = codes.pop()
    offices = roles_of(holder)
    if not offices:
        return None
    idx = layer.sentence_at(phrase.start)
    end = layer.sentences[min(len(layer.sentences) - 1, idx + _AHEAD)][1]
    for e in layer.entities_in(phrase.end, end, places=False):
        person = e.actor
        if e.kind != "person" or person is None or e.pronoun or person is holder:
            continue
        if roles_of(person) & offices and state_of(person) in (None, code):
            return person, code
    return None
