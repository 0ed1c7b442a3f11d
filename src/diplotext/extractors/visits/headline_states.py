"""The state a headline names besides a trip's hosts: "Japan's Kuroda holds flurry of talks" over
"Foreign Minister X met his Chinese counterpart in Beijing", "Why Tokyo keeps rolling out the red
carpet for New Delhi" over "Prime Minister X spent four days in India": an official the text gives
no state, travelling to a host the headline names beside one other state, is of that other state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex

from diplotext import geo
from diplotext.extractors.eventkit import EventContext, trigger_words
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, MEET_VERBS
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import place_kind

if TYPE_CHECKING:
    from diplotext.extractors.visits.trip_record import Trip

__all__ = ["headline_state_abroad"]

_RUN: Final = regex.compile(r"\p{Lu}[\p{L}\-]*(?:['’]s)?(?:[ \t]+\p{Lu}[\p{L}\-]*(?:['’]s)?){0,2}")
_KINDS: Final = frozenset(["country", "demonym", "city"])


def _states_named(title: str, surnames: frozenset[str] = frozenset()) -> set[str]:
    """The states a headline names by name, demonym or city ("Japan's", "Tokyo", "New Delhi"),
    not a word that is a traveller's surname ("Secretary Lima to visit Japan": Lima the person)."""
    codes: set[str] = set()
    for m in _RUN.finditer(title, 0, len(title), False, KEEP_GIL):
        words = [w.removesuffix("'s").removesuffix("’s") for w in m.group().split()]
        if surnames and words[-1].casefold() in surnames:
            continue
        n = len(words)
        for width in range(n, 0, -1):
            for k in range(n - width + 1):
                name = " ".join(words[k : k + width])
                got = place_kind(name)
                if got is None or got[1] not in _KINDS:
                    continue
                if got[1] == "city" and name.casefold() not in _capital_names(got[0]):
                    continue  # "Water firm Suez": a city's name that is no seat of government
                codes.add(got[0])
    return codes


def _capital_names(code: str) -> set[str]:
    """The spellings of a state's capital, folded ("tokyo", "new delhi")."""
    return {n.casefold() for n in geo.capital_spellings(code)}


def headline_state_abroad(
    ctx: EventContext, actor: Actor, trip: Trip, trips: Sequence[Trip] = ()
) -> str | None:
    """The one state the headline names other than the trip's hosts, when no other person of the
    article with one of the traveller's roles and no state may be the one the headline means
    ("Irish president in Japan" over "President A met President B in Tokyo"; those travelling to
    the trip's hosts, or to that state, come from elsewhere and are no rivals); else ``None``."""
    title = ctx.article.title
    if not title:
        return None
    hosts = {h.code for h in trip.hosts if h.code}
    if not hosts:
        return None
    surnames = frozenset(actor.name.split()[-1:]) if actor.name else frozenset()
    others = _states_named(title, frozenset(w.casefold() for w in surnames)) - hosts
    if len(others) != 1:
        return None
    state = others.pop()
    abroad = {v.id for t in trips if (hosts | {state}) & {h.code for h in t.hosts} for v in t.visitors}
    # those the traveller met or was received by are the hosts' people, no rivals: "Norway's leader
    # in Quito" over "President X arrived in Quito ... held talks with President Y"
    hosting = {p.id for t in (trip, *trips) if actor in t.visitors for p in t.host_persons}
    own = {(t.frame.clause.sentence, t.frame.clause.index) for t in (trip, *trips) if actor in t.visitors}
    hosting |= _met_by(ctx, actor, own)
    held = ctx.roles_of(actor)
    if any(
        a.kind == "person"
        and a.id != actor.id
        and a.id not in abroad
        and a.id not in hosting
        and ctx.state_of(a) is None
        and ctx.roles_of(a) & held
        for a in ctx.actors
    ):
        return None
    return state


_MEETINGS: Final = trigger_words(MEET_VERBS | MEET_NOUNS)


def _met_by(ctx: EventContext, actor: Actor, own: set[tuple[int, int]]) -> set[str]:
    """The persons a meeting frame whose doer is the actor ("He later held talks with President Y")
    names besides its doers; not a meeting that is itself the trip told (``own``: the clauses of
    the actor's trips): "President A met President B in Tokyo" leaves open who travelled."""
    out: set[str] = set()
    for idx in ctx.layer.with_words(_MEETINGS):
        for frame in ctx.frames(idx, MEET_VERBS, MEET_NOUNS):
            clause = frame.clause
            if clause.predicate.negated or clause.predicate.passive or (clause.sentence, clause.index) in own:
                continue
            doers = ctx.doers(clause)
            if actor not in ctx.persons(doers):
                continue
            for _prep, phrase in frame.phrases():
                out.update(p.id for p in ctx.persons(phrase) if p.id != actor.id)
    return out
