"""The other party of a trip whose host is not named as a place: the state a clause deals with
("Beijing announced to visiting X", "Visiting X gave a warning to Slovakia"), the officials the
visitor meets in clauses of his own ("Addressing a press conference with Y, visiting X said"), and
the partner in a pair of states ("Brazil and Russia agreed during a visit by Russia's X").

These are read only when nothing better names the host: no place "in"/"at", no official of another
state in the clause, no dateline.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.eventpeople import STATE_KINDS
from diplotext.model import Actor
from diplotext.syntax import Clause, Entity, Phrase

__all__ = ["own_clause_persons", "pair_partner", "party_states"]

_PARTY_PREPS: Final = frozenset(["to", "with"])
_PLACE_KINDS: Final = frozenset(["country", "city", "seat"])
_BODIES: Final = frozenset(["government", "authorities", "leaders", "leadership", "officials", "side"])
"""Heads of a phrase whose demonym names a state as a party ("the Slovak government")."""


def _states(phrase: Phrase) -> list[Entity]:
    demonyms_count = phrase.head.lower() in _BODIES
    return [
        e
        for e in phrase.entities
        if e.kind in STATE_KINDS
        and e.code
        and (e.place_kind in _PLACE_KINDS or (demonyms_count and e.place_kind == "demonym"))
    ]


def party_states(ctx: EventContext, clauses: Iterable[Clause], visitors: Iterable[Actor]) -> list[Entity]:
    """The one state (other than the visitors') that the clauses' subject, object or "to"/"with"
    phrase names, or nothing when they name none or several."""
    own = {ctx.state_of(v) for v in visitors}
    found: list[Entity] = []
    for clause in clauses:
        for a in clause.args:
            if a.role in ("subject", "object") or (a.role == "pp" and a.prep in _PARTY_PREPS):
                found.extend(e for e in _states(a.phrase) if e.code not in own)
    return found[:1] if len({e.code for e in found}) == 1 else []


def own_clause_persons(ctx: EventContext, clause: Clause, visitors: Iterable[Actor]) -> list[Actor]:
    """Officials named in the clauses that share ``clause``'s subject ("Addressing a press
    conference with Y, [visiting X said]"): whom the visitor deals with."""
    mine = set(visitors)
    out: list[Actor] = []
    for c in ctx.layer.in_sentence(clause.sentence):
        if c.subject_from != clause.index or c.index == clause.index:
            continue
        for a in c.args:
            if a.role in ("object", "pp"):
                out.extend(p for p in ctx.persons(a.phrase) if p not in mine and ctx.official(p))
    return out


def pair_partner(ctx: EventContext, clause: Clause, visitors: Iterable[Actor]) -> list[Entity]:
    """ "Brazil and Russia agreed ... during a visit by Russia's X": in a clause whose subject is
    a pair of states, one the visitor's, the other is the host."""
    own = {ctx.state_of(v) for v in visitors} - {None}
    subject = clause.subject
    if subject is None or not own:
        return []
    states = [
        e for e in subject.entities if e.kind in STATE_KINDS and e.code and e.place_kind in _PLACE_KINDS
    ]
    codes = {e.code for e in states}
    if len(codes) != 2 or not codes & own:
        return []
    return [e for e in states if e.code not in own][:1]
