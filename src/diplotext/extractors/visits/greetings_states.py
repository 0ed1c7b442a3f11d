"""The state of a visitor told only by the greetings he carries: "President X received His Highness
Sheikh Y, Minister of Foreign Affairs, ... His Highness conveyed the greetings of the UAE President
to the Indonesian President". Gulf and Asian agencies' "received" stories often name the visitor's
state nowhere else; the leader whose greetings or message a visitor conveys is his own state's."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import place_kind

__all__ = ["greetings_state"]

_LEADERS: Final = lexicon.alternation("actors", "leader roles", r"[ \t]+")
_CARRIED: Final = regex.compile(
    r"\b(?i:"
    + lexicon.alternation("events", "past forms carrying a leader's greetings", r"[ \t]+")
    + r")[ \t]+(?:(?i:the|a|his|her)[ \t]+)?(?i:"
    + lexicon.alternation("events", "greetings a visitor carries", r"[ \t]+")
    + r")[ \t]+(?i:of|from)[ \t]+(?:(?i:the)[ \t]+)?(?:"
    # "the UAE President", "the Qatari Emir"
    + r"(?P<who>\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)[ \t]+(?i:"
    + _LEADERS
    + r")\b"
    # "the Emir of Qatar", "the President of the Republic of Kenya"
    + r"|(?i:"
    + _LEADERS
    + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>\p{Lu}[\p{L}.]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}.]*){0,3})"
    + r")"
)


def greetings_state(ctx: EventContext, hosts: set[str]) -> str | None:
    """The one state, other than the trip's ``hosts``, whose leader's greetings or message the
    story says were conveyed ("conveyed the greetings of the UAE President"), else ``None``."""
    found: set[str] = set()
    for m in _CARRIED.finditer(ctx.text):
        kind = place_kind(m.group("who") or m.group("of"))
        if kind is not None and kind[0] not in hosts:
            found.add(kind[0])
    return found.pop() if len(found) == 1 else None
