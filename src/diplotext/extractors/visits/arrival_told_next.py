"""The day of an arrival still to come, told by a clause that names no place: "X has not yet
arrived in Nairobi. His spokesman says he will land tomorrow morning": a planned trip with no day
of its own takes the day a clause of the visitor's (a pronoun will do) tells of an arrival verb with
no place, in the trip's sentence or the next, when that day lies ahead."""

from __future__ import annotations

from typing import Final

from diplotext.extractors.eventkit import EventContext, calendar_value, compare_to
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.vocabulary import ARRIVALS

__all__ = ["arrival_day_told_next"]

_PLACE_PREPS: Final = frozenset(["in", "at", "to"])


def arrival_day_told_next(ctx: EventContext, case: Case, uses: list[Use]) -> str | None:
    """The one day ahead such an arrival clause tells, else ``None``."""
    if ctx.published is None:
        return None
    told = {u.trip.frame.sentence for u in uses}
    days: set[str] = set()
    for idx in sorted(told | {i + 1 for i in told}):
        if idx >= len(ctx.layer.sentences):
            continue
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            if pred.lemma not in ARRIVALS or pred.negated:
                continue
            if any(a.prep in _PLACE_PREPS and ctx.places(a.phrase) for a in clause.preps()):
                continue  # "will arrive in Uganda on Friday": another place
            if not any(p.id == case.visitor.id for p in ctx.persons(ctx.doers(clause))):
                continue
            for t in clause.times:
                v = calendar_value(t.value) or ""
                if t.type in ("DATE", "TIME") and len(v) == 10 and compare_to(v, ctx.published) == 1:
                    days.add(v)
    return days.pop() if len(days) == 1 else None
