"""A past participle right after a stretch of time named in a prepositional phrase describes that
stretch: "filed the request within the 40 days allowed under the treaty", "appealed within the
two weeks set by law". It has no subject of its own before the preposition (the request is not
what was "allowed")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.syntax.tokens import Token
from diplotext.syntax.verbs import Group

__all__ = ["describes_a_stretch"]

_UNITS: Final = lexicon.words("time", "time units")


def describes_a_stretch(toks: list[Token], g: Group, i: int) -> int | None:
    """The index of the time token (a length ending in a unit: "the 40 days") that the lone past
    participle of group ``g`` describes, when a preposition comes before that length; else
    ``None``. ``i`` is the group's draft index (the first verb of a sentence is no description)."""
    head = toks[g.head]
    if i == 0 or g.first != g.head or head.tag != "VERB" or head.vkind not in ("ed", "pp"):
        return None
    k = g.first - 1
    if k < 1 or toks[k].tag != "TIME" or toks[k - 1].tag != "PREP":
        return None
    words = toks[k].low.split()
    if len(words) < 2 or words[-1] not in _UNITS:
        return None  # "within days": no length told of
    return k
