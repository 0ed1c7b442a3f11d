"""The date of a visit case: the day its own frames tell (a tour's stop by its own day), the
start of a trip told by its end and length, the day of publication for an undated stay going on."""

from __future__ import annotations

import datetime as dt

import regex

from diplotext.extractors.eventkit import EventContext, calendar_value, compare_to, date_value
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.met_before_start import met_just_before
from diplotext.extractors.visits.offset_days import offset_value
from diplotext.extractors.visits.past_days import year_before
from diplotext.extractors.visits.trip_context import coming_weekday
from diplotext.extractors.visits.trip_days import back_to_start, day_named_after, day_of_trip
from diplotext.extractors.visits.vocabulary import ARRIVALS, SETTING_OUT, TRIP_NOUNS, TRIP_VERBS
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = ["days_of", "durations", "sort_key", "undated_date", "visit_date"]

_DURATION = regex.compile(r"P(\d+)([DWMY])")


def durations(ctx: EventContext, use: Use) -> list[TemporalExpression]:
    clause = use.trip.frame.clause
    s0, s1 = clause.start, clause.end
    # a stay's length, not a span the clause measures something else by ("the first trip to Japan
    # in five years", "after 22 years at the helm")
    return [
        d
        for d in ctx.dates
        if s0 <= d.start < s1 and d.type == "DURATION" and days_of(d.value) <= _LONGEST_STAY
    ]


_LONGEST_STAY = 62
"""Longest stated length (days) read as a visit's own: two months."""


def visit_date(ctx: EventContext, case: Case, uses: list[Use], status: str | None) -> str | None:
    published = ctx.published
    want_future = status == "planned"
    status = "arrived" if status == "present" else status

    def fits(value: str) -> bool:
        when = compare_to(value, published)
        if when is None or status is None or status in ("cancelled", "postponed"):
            return True
        return when >= 0 if want_future else when <= 0

    tiers: list[list[tuple[str, bool]]] = [[], [], [], []]
    first = any(u.trip.first_leg for u in uses)

    def value(t: TemporalExpression, u: Use | None = None) -> str:
        if want_future:
            t = coming_weekday(ctx, t)  # "who will start a visit on Sunday", told on a Tuesday
        v = calendar_value(t.value) or ""
        if u is not None:
            v = offset_value(ctx, u, t, v)  # "a day before the summit on May 12": May 11
            v = year_before(ctx, u, t, v)  # "who visited Chile on May 3", told in April: last year's
        paired = _paired_host(u, t) if u is not None and u.tour > 1 else None
        if paired is not None:
            # "will travel on to Nairobi on Friday and to Mogadishu next week": each stop its own day
            return v if paired == case.host else ""
        if u is not None and u.tour > 1 and not first and "W" not in v:
            hosts = [h.code for h in u.trip.hosts]
            begin = calendar_value(t.range.begin) if t.range is not None else None
            if hosts[:1] == [case.host] and begin and len(begin) == 10:
                return begin  # "will visit A, B and C from Nov. 15 to 26": the tour starts in A
            lemma = u.trip.frame.clause.predicate.lemma
            if hosts[:1] == [case.host] and len(v) == 10 and (lemma in ARRIVALS or lemma in SETTING_OUT):
                return v  # "began a tour of A and B on Monday", "set off on it Monday": in A that day
            v = v[:7]
        return v

    for u in uses:
        if status == "planned" and u.trip.status in ("postponed", "cancelled"):
            continue  # "has postponed a visit set for next week, and will now travel on May 3"
        # a frame that tells when the trip ended ("wrapped up a visit on Friday", "after a visit")
        ends = u.trip.closing or u.trip.status == "ended"
        nth = day_of_trip(ctx, u.trip)  # "on Tuesday, the third day of a visit": began on Sunday
        tiers[0 if u.own else 2].extend(
            (back_to_start(value(t, u), nth or day_named_after(ctx, t)), ends) for t in u.trip.dates
        )
        if status in ("cancelled", "postponed") and u.trip.status == status:
            continue  # "called off on Monday": the day of the decision, not of the trip
        tiers[1 if u.own else 2].extend(
            (back_to_start(value(t, u), nth or day_named_after(ctx, t)), ends) for t in u.trip.context_dates
        )
    tiers[3].extend((value(t), False) for t in case.met_dates)
    if not any(tiers) and status in ("completed", "ongoing", "arrived", "ended"):
        # "X said Saturday. / X, ending a two-day visit, called Y ready": the day the visitor's
        # own clause before the undated trip tells (a stay in one state, not a tour's leg)
        for u in uses:
            ends = u.trip.closing or u.trip.status == "ended"
            if u.tour > 1 or u.trip.frame.lemma == "return" or [h.code for h in u.trip.hosts][1:]:
                continue
            # "came to Qatar from Egypt": a stay before the one the story tells; but an act done there
            # ("The pact, signed in Lima by X") takes the day the same act was told on before
            same_act = status == "completed" and not ends
            tiers[3].extend((value(t), ends) for t in _doers_day(ctx, case, u, same_act=same_act))
    length = _stated_length(ctx, uses)
    # "wrapped up a three-day visit on Monday ... On Sunday he travelled to Sydney": the stated
    # length back from the end is the start, earlier than any other day told of the trip
    starts = sorted(
        b for tier in tiers for v, ends in tier if ends and length and len(b := _back(v, length)) == 10
    )
    # "Roux's five-day visit, which started Sunday": the day told of its beginning
    starts += [v for u in uses if u.trip.opening for t in u.trip.dates if len(v := value(t, u)) == 10]
    starts = sorted(b for b in starts if fits(b))
    for told in tiers:
        good = [v for v, _ in told if date_value(v) and fits(v)]
        if good:
            best = min(good, key=sort_key)
            if len(best) == 7:
                # a tour's month ("completed a three-nation tour yesterday") yields to the day a
                # later tier gives this stop in it ("the final stop was X, where he met Y on Wednesday")
                days = sorted(v for v in _stop_days(ctx, uses) if v.startswith(best) and fits(v))
                if days:
                    return days[0]
                # "returned on Monday after visits to A and B ... In A on Sunday, he met Y": the day
                # this stop's meeting is told, in the days before the tour ended (a month may lie between)
                days = sorted(v for v in _met_before_the_end(case, uses) if fits(v))
                if days:
                    return days[0]
            if "W" in best:
                # "will visit A and B next week ... will meet X in A on Monday": the stop's day in
                # the tour's week
                days = sorted(v for v in _stop_days(ctx, uses) if _week_of(v) == best and fits(v))
                if days:
                    return days[0]
            if starts and len(best) == 10 and starts[0] < best:
                return met_just_before(_during(tiers), starts[0], fits) or starts[0]
            if all(ends for v, ends in told if v == best):
                start = _start_before(ctx, uses, best)
                return met_just_before(_during(tiers), start, fits) or start
            return best
    return starts[0] if starts else None  # "will leave on Wednesday after a three-day visit"


def _during(tiers: list[list[tuple[str, bool]]]) -> list[str]:
    """The days told of a trip other than its end."""
    return [v for tier in tiers for v, ends in tier if not ends]


def _doers_day(
    ctx: EventContext, case: Case, use: Use, *, same_act: bool = False
) -> list[TemporalExpression]:
    """The one day told by the clauses whose doer is the visitor (or the visitor's state: "Peru and
    Chile signed a pact on Wednesday") in the trip's sentence, else in the nearest of the five
    before it that has one ("German Defence Minister X said Saturday"); never a clause of a trip of
    its own. With ``same_act``, only clauses of the act the trip's own clause tells ("signed a pact
    on Wednesday ... The pact, signed in Lima by X")."""
    idx = use.trip.frame.sentence
    act = use.trip.frame.clause.predicate.lemma
    if same_act and (act in TRIP_VERBS or act in ARRIVALS):
        return []
    for i in range(idx, max(-1, idx - _DOERS_LOOK_BACK - 1), -1):
        days = {
            t.value: t
            for c in ctx.layer.in_sentence(i)
            if c is not use.trip.frame.clause  # (its times the trip's reader has weighed)
            and c.predicate.lemma not in TRIP_VERBS
            and c.predicate.lemma not in ARRIVALS
            and (not same_act or c.predicate.lemma == act)
            and not any(a.phrase.head.lower() in TRIP_NOUNS for a in c.args)
            and _done_by(ctx, c, case)
            for t in c.times
            if t.type == "DATE" and len(calendar_value(t.value) or "") == 10
        }
        if days:
            return list(days.values()) if len(days) == 1 else []
    return []


_DOERS_LOOK_BACK = 5


def _done_by(ctx: EventContext, clause: Clause, case: Case) -> bool:
    """Is the clause's doer the visitor, or the visitor's state named among its doers?"""
    doers = ctx.doers(clause)
    if any(p.id == case.visitor.id for p in ctx.persons(doers)):
        return True
    return doers is not None and any(e.kind == "state" and e.code == case.state for e in doers.entities)


def _paired_host(use: Use, t: TemporalExpression) -> str | None:
    """The host a time is told of where a frame names as many times as hosts, each time after its
    own host and before the next; else ``None``."""
    hosts = sorted(use.trip.hosts, key=lambda h: h.start)
    times = sorted(use.trip.dates, key=lambda d: d.start)
    if len(hosts) != len(times) or len(hosts) < 2:
        return None
    bounds = [h.start for h in hosts[1:]] + [10**9]
    if not all(h.end <= d.start < b for h, d, b in zip(hosts, times, bounds, strict=True)):
        return None
    return next((h.code for h, d in zip(hosts, times, strict=True) if d.start == t.start), None)


def _stop_days(ctx: EventContext, uses: list[Use]) -> list[str]:
    """The calendar days told by the frames of a case that name this one stop alone."""
    return [
        v
        for u in uses
        if u.tour == 1
        for t in (*u.trip.dates, *u.trip.context_dates)
        if len(v := offset_value(ctx, u, t, calendar_value(t.value) or "")) == 10
    ]


def _met_before_the_end(case: Case, uses: list[Use]) -> list[str]:
    """The calendar days of this stop's meetings that fall in the week before a day the tour is
    told to have ended on ("returned home on Monday after visits to A and B")."""
    ends = [
        dt.date.fromisoformat(v)
        for u in uses
        if u.tour > 1 and (u.trip.closing or u.trip.status == "ended" or u.trip.frame.lemma == "return")
        for t in u.trip.dates
        if len(v := calendar_value(t.value) or "") == 10
    ]
    met = [v for t in case.met_dates if len(v := calendar_value(t.value) or "") == 10]
    return [v for v in met if any(0 <= (end - dt.date.fromisoformat(v)).days <= _TOUR_WEEK for end in ends)]


_TOUR_WEEK = 7
"""How many days before a tour's end a stop's meeting is read as of that tour."""


def _week_of(day: str) -> str:
    """The ISO week value ("2019-W31") of a calendar day ("2019-07-29")."""
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _stated_length(ctx: EventContext, uses: list[Use]) -> int:
    """The length in days a trip is said to last ("a three-day visit"), up to a month, else 0."""
    length = max((days_of(t.value) for u in uses for t in durations(ctx, u)), default=0)
    return length if 0 < length <= 31 else 0


def _back(end: str, length: int) -> str:
    """The first day of a ``length``-day trip that ended on ``end`` (a full date; else ``end``)."""
    parts = date_value(end)
    if parts is None or parts[1] is None or parts[2] is None or len(end) != 10:
        return end
    return (dt.date(parts[0], parts[1], parts[2]) - dt.timedelta(days=length - 1)).isoformat()


def _start_before(ctx: EventContext, uses: list[Use], end: str) -> str:
    """The start of a trip told only by the day it ended ("wrapped up a three-day visit on
    Friday", "arrived home Thursday after a visit to X"): the stated length back from it, else the
    ISO week of the day before it (the day itself is its last, not its first: a trip that ended on
    a Monday most often began in the week before)."""
    parts = date_value(end)
    if parts is None or parts[1] is None or parts[2] is None or len(end) != 10:
        return end
    length = _stated_length(ctx, uses)
    if length:
        return _back(end, length)
    eve = dt.date(parts[0], parts[1], parts[2]) - dt.timedelta(days=1)
    year, week, _ = eve.isocalendar()
    return f"{year}-W{week:02d}"


def undated_date(ctx: EventContext, uses: list[Use], status: str | None) -> str | None:
    """An undated visit going on at publication: the day of publication, or the day it began when
    a frame in the present names the day of publication as the trip's Nth ("is in Nicosia on the
    second day of a three-day visit": it began the day before)."""
    published = ctx.published
    if published is None or status != "ongoing":
        return None
    nth = max(
        (day_of_trip(ctx, u.trip) for u in uses if u.trip.frame.clause.predicate.tense == "present"),
        default=0,
    )
    return back_to_start(published.isoformat(), nth)


def sort_key(value: str) -> tuple[int, int, int]:
    year, month, day = date_value(value) or (0, None, None)
    return year, month or 13, day or 32


def days_of(value: str) -> int:
    m = _DURATION.fullmatch(value or "")
    if not m:
        return 0
    return int(m.group(1)) * {"D": 1, "W": 7, "M": 30, "Y": 365}[m.group(2)]
