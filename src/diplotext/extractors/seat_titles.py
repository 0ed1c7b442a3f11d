"""Officials titled by a seat of government: "Pentagon chief X", "the Elysee's diplomatic adviser, X",
"X, the Kremlin's envoy,". The seat (``places.txt [seats of power]``, read by :func:`diplotext.geo.seat_code`)
stands for its government, so whoever holds a post there serves that state."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from diplotext import geo
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import Phrase

__all__ = ["seat_of", "titled_by_a_seat"]

_CAP = r"\p{Lu}[\p{L}.-]*"
_BEFORE = regex.compile(
    r"(?P<seat>" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2}?)(?:['’]s)?(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,3},?[ \t]+\Z"
)
"""A seat, maybe possessive, then one to three lower-case words of a role right before the name
("Pentagon chief", "the Elysee's diplomatic adviser,")."""
_AFTER = regex.compile(
    r",[ \t]+(?:the[ \t]+)?(?P<seat>" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2}?)(?:['’]s)?[ \t]+\p{Ll}"
)
"""A seat opening an apposition after the name (", the Kremlin's envoy")."""
_REACH = 60


def _seat(text: str) -> bool:
    words = text.split()
    return any(geo.seat_code(" ".join(words[k:])) for k in range(len(words)))


def titled_by_a_seat(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Is a mention of the person titled by a seat of government, before the name or in an
    apposition right after it?"""
    for s, e in mentions:
        m = _BEFORE.search(text, max(0, s - _REACH), s, KEEP_GIL)
        if m is not None and _seat(m.group("seat")):
            return True
        m = _AFTER.match(text, e, min(len(text), e + _REACH), KEEP_GIL)
        if m is not None and _seat(m.group("seat")):
            return True
    return False


def seat_of(phrase: Phrase) -> str | None:
    """The state of the one seat of government that titles a description ("the Pentagon chief",
    "the Kremlin's envoy"), else ``None``."""
    seats = {e.code for e in (*phrase.entities, *phrase.possessors) if e.place_kind == "seat" and e.code}
    return seats.pop() if len(seats) == 1 else None
