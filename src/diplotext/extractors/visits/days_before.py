"""A stop told as done a stated time before another act: "met President Y on Thursday, a day after
holding talks in Addis Ababa", "arrived in Djibouti, two days after he visited Ethiopia". The
clause after "after" is over by the day of the clause it hangs on (planned when that clause is still
to come), and its day is that day less the stated time, not the day of the act it precedes."""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext.extractors.eventkit import EventContext, calendar_value
from diplotext.extractors.visits.trip_record import Trip
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["earlier_by_days", "told_days_before"]

_DAYS = regex.compile(r"P(\d+)([DW])")
_AFTER = regex.compile(r"[ \t]+after[ \t]+", regex.IGNORECASE)
_LOOK_BACK: Final = 5
"""How many sentences before the trip's one may tell the day of the act it came before."""


def _gap(ctx: EventContext, clause: Clause) -> tuple[int, Clause, TemporalExpression] | None:
    """The number of days the stated time puts between the clause (opened by "after") and the
    clause it hangs on ("two days after visiting X"), with that clause; else ``None``."""
    if (
        clause.marker is None
        or clause.marker.lower() != "after"
        or clause.kind not in ("participle", "adverbial")
    ):
        return None
    parent = ctx.parent(clause)
    if parent is None or parent is clause:
        return None
    # "The cancellation comes a week after ...": a length read as the verb's object is the gap too
    told = [d for d in ctx.dates if parent.start <= d.start < clause.start and d not in parent.times]
    for t in (*parent.times, *told):
        m = _DAYS.fullmatch(t.value or "")
        if t.type != "DURATION" or m is None:
            continue
        if _AFTER.match(ctx.text, t.end) is None or t.end > clause.start + len(clause.marker) + 16:
            continue
        n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
        return n, parent, t
    return None


def _day(t: TemporalExpression) -> dt.date | None:
    v = calendar_value(t.value) or ""
    try:
        return dt.date.fromisoformat(v) if len(v) == 10 else None
    except ValueError:
        return None


def _act_day(ctx: EventContext, parent: Clause, trip: Trip) -> TemporalExpression | None:
    """The day of the act the trip came before: its clause's own, else the one day a clause of the
    traveller's tells in its sentence or the few before ("continued his tour on Thursday")."""
    own = [t for t in parent.times if t.type == "DATE" and _day(t) is not None]
    if own:
        return own[0]
    ids = {v.id for v in trip.visitors}
    for idx in range(parent.sentence, max(-1, parent.sentence - _LOOK_BACK - 1), -1):
        for c in ctx.layer.in_sentence(idx):
            if c is parent or not any(p.id in ids for p in ctx.persons(ctx.doers(c))):
                continue
            days = [t for t in c.times if t.type == "DATE" and _day(t) is not None]
            if days:
                return days[0]
    return None


def _news_present(clause: Clause) -> bool:
    """Is the clause told in the simple present of the news, with no modal ("The trip comes ...")?"""
    pred = clause.predicate
    return pred.tense == "present" and pred.aspect == "simple" and pred.modal is None and not pred.chain


def earlier_by_days(ctx: EventContext, trip: Trip) -> Trip:
    """The trip read as done (or, before an act to come, planned) the stated time before the act
    its clause comes after, dated that many days before that act's day."""
    got = _gap(ctx, trip.frame.clause)
    if got is None:
        return trip
    n, parent, length = got
    pred = parent.predicate
    status = "planned" if pred.tense == "future" or pred.modal == "will" else "completed"
    day = _act_day(ctx, parent, trip)
    if day is None and _news_present(parent) and ctx.published is not None:
        # "The visit comes a week after X was in Y": the act told in the news present is today's
        day = attrs.evolve(length, type="DATE", value=ctx.published.isoformat())
    dates: tuple[TemporalExpression, ...] = ()
    if day is not None:
        base = _day(day)
        assert base is not None
        dates = (attrs.evolve(day, value=(base - dt.timedelta(days=n)).isoformat()),)
    return attrs.evolve(trip, status=status, dates=dates, context_dates=())


def told_days_before(ctx: EventContext, clause: Clause) -> bool:
    """Is the clause a stop told a stated time before the act it hangs on ("two days after
    visiting X")? Another stop, not the place of that act."""
    return _gap(ctx, clause) is not None
