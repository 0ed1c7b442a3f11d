"""A traveller "due" or "expected" somewhere is told a plan, not a presence: "is due in Jakarta
on Thursday" is to come, "was due in Jakarta on Monday" happened by that day (as "was expected
in Lima early Thursday") unless the text calls it off ("but the visit was postponed"), and never
a stay that makes a call-off only one leg of it."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.syntax import Clause

__all__ = ["due_status", "told_due"]


def told_due(clause: Clause) -> bool:
    """Is the clause "be due" with "due" as its object ("X is due in Jakarta")?"""
    return clause.predicate.lemma == "be" and any(
        a.role == "object" and a.phrase.words == ("due",) for a in clause.args
    )


def due_status(ctx: EventContext, clause: Clause) -> str | None:
    """The status of a traveller due or expected there: planned, or in the past by its date
    (done by a day gone by, planned for one ahead, unsaid with none)."""
    if clause.predicate.tense != "past":
        return "planned"
    when = {when_told(ctx, t) for t in dated(ctx, clause.times)}
    return "completed" if when == {-1} else "planned" if when == {1} else None
