"""A traveller the home press gives no state ("Foreign Minister X arrived in Kyiv on Monday" in a
Latvian paper; "The Prime Minister is due to travel to Tonga next week" on a New Zealand radio
programme): the story names its own state only in passing, by its capital ("officials in
Wellington said"), a home institution ("told Latvian Radio") or its people ("Mongolian workers in
Korea"). When the article names exactly one state other than the places the traveller goes to and
the states of the other people it names, that state is the traveller's."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.eventstates import STATE_KINDS
from diplotext.model import Actor

if TYPE_CHECKING:
    from diplotext.extractors.visits.trip_record import Trip

__all__ = ["home_press_instead_of_host", "home_press_state"]

_PLACE_KINDS = frozenset(["country", "demonym", "seat", "city"])
_BACK_TO = regex.compile(
    r"(?:\s+(?:"
    + lexicon.alternation("events", "words taking a trip home")
    + r"))+\s+(?:to|in)\s+(?:the\s+)?\Z",
    regex.IGNORECASE,
)
"""What stands between a verb and the place it goes back to ("flying back to", "flew home to")."""
_ROLE_OF = regex.compile(
    r",[ \t]+(?:the[ \t]+)?(?:[\p{L}\-]+[ \t]+){1,3}?of[ \t]+(?:the[ \t]+)?"
    r"(?P<body>\p{Lu}[\p{L}\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\-]*|of|for|and))*)"
)
"""A role set off after a name and held in a named body ("X, president of World Vision,")."""


_NAMED: weakref.WeakKeyDictionary[EventContext, frozenset[str]] = weakref.WeakKeyDictionary()


def _named_states(ctx: EventContext) -> frozenset[str]:
    """Every state the article names by a country, demonym, seat or city (read once a document)."""
    got = _NAMED.get(ctx)
    if got is None:
        got = frozenset(
            e.code
            for e in ctx.layer.entities_in(0, len(ctx.text))
            if e.kind in STATE_KINDS and e.code and e.place_kind in _PLACE_KINDS
        )
        _NAMED[ctx] = got
    return got


def home_press_state(ctx: EventContext, actor: Actor, trips: Iterable[Trip]) -> str | None:
    """The one state the article names besides the hosts of the actor's trips and the states of
    its other people, when the actor travels (not only meets someone), is met by no visitor, and
    the story is not datelined in a place the actor goes to; else ``None``."""
    trips = tuple(trips)
    own = [t for t in trips if actor in t.visitors]
    if not own or all(t.meeting for t in own):
        return None
    if any(actor in t.host_persons for t in trips):
        return None  # one a visitor meets or is invited by is the host's, however it reads later
    if _heads_a_body(ctx, actor):
        return None  # "X, president of World Vision": a body's officer, no state's
    hosts = {h.code for t in own for h in t.hosts if h.code}
    if not hosts or ctx.dateline_code in hosts:
        return None  # "OTTAWA: Minister X, on a visit to Toronto": the dateline's own official
    others = {a.country for a in ctx.actors if a.kind == "person" and a.id != actor.id and a.country}
    left = _named_states(ctx) - hosts - others
    return next(iter(left)) if len(left) == 1 else None


def home_press_instead_of_host(
    ctx: EventContext, actor: Actor, trips: Iterable[Trip], code: str
) -> str | None:
    """The home press's state for a traveller whose state, read from the words around them (no
    title names one), is the very state their trips go to, in a story not datelined there ("Foreign
    Minister X returned home from a visit to Canada ... met Canada's Y"); else ``None``."""
    trips = tuple(trips)
    goes = [t for t in trips if actor in t.visitors and not t.meeting and code in {h.code for h in t.hosts}]
    if not goes or any(_homeward(ctx.text, t) for t in goes):
        return None  # "is now flying back to Rome": the state read is the traveller's home
    return home_press_state(ctx, actor, trips)


def _homeward(text: str, trip: Trip) -> bool:
    """Does the trip go back home ("is now flying back to Rome", "flew home to Oslo")?"""
    pred = trip.frame.clause.predicate
    return any(
        _BACK_TO.match(text, pred.head[1], h.start) is not None for h in trip.hosts if h.start > pred.head[1]
    )


def _heads_a_body(ctx: EventContext, actor: Actor) -> bool:
    """Is a role set off after one of the person's mentions held in a body that names no state
    ("Dean X, president of a Relief Fund,"), not a state's office ("X, president of Ghana,")?"""
    for _, end in actor.mentions:
        m = _ROLE_OF.match(ctx.text, end)
        if m is None:
            continue
        s, e = m.span("body")
        if not any(ent.kind in STATE_KINDS and ent.code for ent in ctx.layer.entities_in(s, e)):
            return True
    return False
