"""A request pressed again: "Bangladesh first asked for his extradition in 2013 ... the prime
minister used her talks on Tuesday to press once more for the return of X". When a case holds a
request dated before a later pressing of it (press, urge, raise, renew), the pressing is no new
request: the first one is still unanswered, and the case is pending from the day it was pressed
(its own clause's day, or that of the clause it hangs on: "used her talks on Tuesday to press").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act

__all__ = ["pressed_again"]

_PRESSING: Final = lexicon.words("events", "verbs pressing a request made before")


def _day(act: Act) -> str | None:
    days = [d.value.split("T")[0] for d in act.dates if d.value]
    return max(days) if days else None


def pressed_again(ctx: EventContext, acts: Sequence[Act]) -> list[Act]:
    """Pending copies of the case's pressing acts told after an earlier dated request."""
    out: list[Act] = []
    asked_before = [d for a in acts if a.status == "requested" and not a.reported and (d := _day(a))]
    if not asked_before:
        return out
    first = min(asked_before)
    for act in acts:
        clause = act.frame.clause
        parent = ctx.parent(clause)
        pred = clause.predicate
        lemmas = {pred.lemma, *pred.chain}
        if parent is not None and parent is not clause and clause.kind == "infinitive":
            lemmas.add(parent.predicate.lemma)
        if act.status != "requested" or lemmas.isdisjoint(_PRESSING) or pred.negated or pred.modal:
            continue
        dates = act.dates
        if not dates and parent is not None and parent is not clause and clause.kind == "infinitive":
            dates = tuple(
                t for t in parent.times if t.type in ("DATE", "TIME")
            )  # "used ... on Tuesday to press"
        day = max((d.value.split("T")[0] for d in dates if d.value), default=None)
        if day is None or day <= first or first.startswith(day):
            continue  # undated, or not after the request told before it
        out.append(attrs.evolve(act, status="pending", dates=dates))
    return out
