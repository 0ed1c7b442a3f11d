"""Officials titled by a seat of government: "Pentagon chief X", "the Elysee's diplomatic adviser, X",
"X, the Kremlin's envoy,". The seat (``places.txt [seats of power]``, read by :func:`diplotext.geo.seat_code`)
stands for its government, so whoever holds a post there serves that state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.folding import strip_marks
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import Phrase

__all__ = ["described_seat_chief", "seat_entered", "seat_of", "titled_by_a_seat"]

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


_ENTERED = regex.compile(
    r"\b(?:he|she|[\p{Lu}][\p{L}'’-]+)[ \t]+(?:(?:had|has)[ \t]+)?(?:entered|moved[ \t]+into)[ \t]+"
    r"(?:the[ \t]+)?(?P<seat>" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2})"
)
"""Taking up the office a seat stands for ("since he entered Downing Street", "Mr X moved into the
Elysee")."""
_ENTERED_REACH = 160
_STOP: Final = regex.compile(r"[.!?](?:\s|\Z)")
"""The end of the sentence after a mention."""


def seat_entered(text: str, mentions: Sequence[tuple[int, int]]) -> str | None:
    """The state of a seat of government the person entered or moved into, told right after one of
    the person's mentions ("It is Mr X's first visit since he entered Downing Street"), else ``None``."""
    for s, e in mentions:
        end = min(len(text), e + _ENTERED_REACH)
        stop = _STOP.search(text[e:end], None, None, KEEP_GIL)
        m = _ENTERED.search(text, s, e + stop.start() if stop else end, KEEP_GIL)
        if m is None:
            continue
        words = m.group("seat").split()
        for k in range(len(words), 0, -1):
            code = geo.seat_code(" ".join(words[:k]))
            if code:
                return code
    return None


SEAT_CHIEFS: Final = {
    k: frozenset(r.strip() for r in v.split(",")) for k, v in lexicon.mapping("events", "seat chiefs").items()
}
"""A seat's chief, by the roles he is called by (``events.txt [seat chiefs]``)."""
CHIEF_WORDS: Final = lexicon.words("events", "body head words")


def described_seat_chief(
    phrase: Phrase, actors: Sequence[Actor], roles_of: Callable[[Actor], set[str]]
) -> Actor | None:
    """ "The Pentagon chief arrived" after "US Defense Secretary X": the one person named before
    who holds a role the seat's chief is called by."""
    if phrase.head.lower() not in CHIEF_WORDS:
        return None
    roles = {
        r
        for e in (*phrase.entities, *phrase.possessors)
        if e.place_kind == "seat"
        for r in SEAT_CHIEFS.get(strip_marks(e.text).lower().removeprefix("the "), ())
    }
    holders = [
        a
        for a in actors
        if a.kind == "person" and roles_of(a) & roles and any(start < phrase.start for start, _ in a.mentions)
    ]
    return holders[0] if len(holders) == 1 else None
