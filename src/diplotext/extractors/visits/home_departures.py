"""The day a stay going on began, told by the visitor leaving home: "Speaker X is on a five-day
visit to Poland ... She left Kigali on Sunday", "The delegation, which left Kigali on Sunday,
includes four MPs" (the delegation the visitor leads). A stay with no date of its own began the
day its visitor left a place of their own state, when that was in the last days (within the
stated length, else a week)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, calendar_value
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.past_visits import days_between
from diplotext.syntax import Clause

__all__ = ["left_home_day"]

_LEAVING: Final = lexicon.words("events", "leaving verbs")
_GROUPS: Final = frozenset(["delegation"])
_WEEK: Final = 7
"""Days before publication a departure from home may lie when the stay's length is not told."""


def left_home_day(ctx: EventContext, case: Case, uses: list[Use], length: int) -> str | None:
    """The one day, in the last days before publication, on which a clause in the case's sentences
    (or the next one) tells the visitor (or the delegation of a frame of the case) leaving a place
    of the visitor's own state; else ``None``."""
    if ctx.published is None:
        return None
    told = {u.trip.frame.sentence for u in uses}
    led = _leads(uses)
    days: set[str] = set()
    for idx in sorted(told | {i + 1 for i in told}):
        if idx >= len(ctx.layer.sentences):
            continue
        for clause in ctx.layer.in_sentence(idx):
            if not _leaves_home(ctx, clause, case, led):
                continue
            for t in clause.times:
                v = calendar_value(t.value) or ""
                gap = days_between(v, ctx.published) if len(v) == 10 else None
                if t.type in ("DATE", "TIME") and gap is not None and 0 <= gap <= (length or _WEEK):
                    days.add(v)
    return days.pop() if len(days) == 1 else None


def _leads(uses: list[Use]) -> bool:
    """Does a frame of the case tell a delegation ("is leading a delegation", "a delegation led by")?"""
    for u in uses:
        clause = u.trip.frame.clause
        if any(a.phrase.head.lower() in _GROUPS for a in clause.args):
            return True
    return False


def _leaves_home(ctx: EventContext, clause: Clause, case: Case, led: bool) -> bool:
    pred = clause.predicate
    if pred.lemma not in _LEAVING or pred.negated or pred.tense != "past" or pred.modal:
        return False
    doers = ctx.doers(clause)
    if doers is None:
        return False
    mine = any(p.id == case.visitor.id for p in ctx.persons(doers)) or (led and doers.head.lower() in _GROUPS)
    if not mine:
        return False
    left = [a for a in clause.args if a.role == "object" or (a.role == "pp" and a.prep == "from")]
    return any(
        e.code == case.state and e.kind in ("place", "state")
        for a in left
        for e in ctx.layer.entities_in(a.phrase.start, a.phrase.end)
    )
