"""A request made through a mission abroad: "The Brazilian embassy in Lisbon filed a request for
X's extradition". The embassy serves the state that asks (its demonym, read already); the city it
sits in ("in Lisbon") is in the state asked. Read from the subject of a request act's clause, or
of the clause it hangs on, when the case names no state asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.syntax import Phrase

__all__ = ["mission_host"]

_MISSIONS: Final = lexicon.words("events", "missions abroad")


def _host(phrase: Phrase | None, asking: str) -> str | None:
    if phrase is None or phrase.head.lower() not in _MISSIONS:
        return None
    for prep, p in phrase.preps:
        if prep != "in":
            continue
        codes = {e.code for e in p.entities if e.kind in ("state", "place") and e.code}
        if len(codes) == 1 and asking not in codes:
            return codes.pop()
    return None


def mission_host(ctx: EventContext, acts: Sequence[Act], asking: str | None) -> str | None:
    """The state a requesting mission sits in, when the mission serves ``asking``."""
    if asking is None:
        return None
    for act in acts:
        if act.status != "requested" or asking not in act.requesting:
            continue
        clause = act.frame.clause
        parent = ctx.parent(clause)
        for c in (clause, parent):
            if c is None:
                continue
            got = _host(c.subject, asking)
            if got is not None:
                return got
    return None
