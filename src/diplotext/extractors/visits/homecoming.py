"""A visitor back home ends the visit: "held talks in Muscat on Saturday and returned to Tehran the
same evening", "He flew home on Sunday". A past return (not negated, not planned) to the visitor's
own state, or "home"/"back home", marks every case of that visitor told before it as over. So does
the visitor's arrival at the next stop of a tour, on a later day.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventdates import date_value
from diplotext.extractors.eventkit import EventContext, trigger_words
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.trip_context import back_home_after
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.extractors.visits.vocabulary import TRIP_NOUNS
from diplotext.model import Event
from diplotext.syntax import Arg, Clause

__all__ = ["arrived_back", "end_earlier_legs", "mark_homecomings", "still_away"]

_RETURN_VERBS: Final = lexicon.words("events", "return verbs")
_LEAVING_VERBS: Final = lexicon.words("events", "leaving verbs")
_RETURN_WORDS: Final = trigger_words(_RETURN_VERBS | _LEAVING_VERBS)
_HOME: Final = frozenset(["home"])


_BACK_WORDS: Final = frozenset(["back"])
_COMING_BACK: Final = frozenset(["arrive", "fly", "come", "get"])


def arrived_back(ctx: EventContext, clause: Clause) -> bool:
    """ "has arrived back from his mission", "flew home": a coming back, not a trip abroad."""
    return clause.predicate.lemma in _COMING_BACK and back_home_after(ctx, clause)


def mark_homecomings(ctx: EventContext, cases: dict[tuple[str, str], Case]) -> None:
    """Set ``home_by`` on the cases a later return home ends."""
    if not cases:
        return
    by_visitor: dict[str, list[Case]] = {}
    for case in cases.values():
        by_visitor.setdefault(case.visitor.id, []).append(case)
    for idx in ctx.layer.with_words(_RETURN_WORDS | _BACK_WORDS):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            if (
                pred.lemma in _RETURN_VERBS
                and not pred.negated
                and (
                    ((pred.tense == "future" or "plan" in pred.chain) and pred.tense != "past")
                    or _due_from_today(ctx, clause)
                )
            ):
                _returning_later(ctx, clause, by_visitor)
                continue
            if (
                not (pred.lemma in _RETURN_VERBS or pred.lemma in _LEAVING_VERBS or arrived_back(ctx, clause))
                or pred.negated
                or pred.modal
                or pred.chain
                or not (
                    pred.tense == "past" or pred.aspect.startswith("perfect") or _past_participle(ctx, clause)
                )
            ):
                continue
            words = {w for a in clause.args for w in a.phrase.words}
            places = {e.code for a in _bound_for(clause) for e in ctx.places(a.phrase) if e.code}
            if pred.lemma in _LEAVING_VERBS and not (
                places or any("home" in a.phrase.words for a in _bound_for(clause))
            ):
                continue  # "left Athens": whither is not told
            for person in ctx.persons(clause.subject):
                mine = by_visitor.get(person.id, [])
                if not mine:
                    continue
                state = mine[0].state
                home = (
                    not words.isdisjoint(_HOME)
                    or arrived_back(ctx, clause)
                    # "MEXICO CITY - The president returned to the capital on Sunday"
                    or ("capital" in words and ctx.dateline_code == state)
                )
                if not (state in places or (not places and home)):
                    continue
                # "has arrived back from his mission ... also made a trip to Iraq this week": a
                # return just made ends every trip of the visitor's, told before or after it; so
                # does one "after a five-day tour", whatever the order of the telling
                just = (pred.aspect.startswith("perfect") and pred.tense == "present") or any(
                    a.role == "pp" and a.prep == "after" and a.phrase.head.lower() in TRIP_NOUNS
                    for a in clause.args
                )
                for case in mine:
                    if (case.order < clause.start or just) and case.host != state:
                        case.home_by = clause.start


_BEFORE_AFTER: Final = frozenset(["before", "after", "then"])


def _bound_for(clause: Clause) -> list[Arg]:
    """The phrases naming where a way back or a leaving goes: "returned to Tehran", "left for
    Berlin in the evening" (the "for" of a leaving verb: a visitor leaving for home ends the stay)."""
    if clause.predicate.lemma in _LEAVING_VERBS:
        return list(clause.preps("for"))
    return list(clause.preps("to"))


def _past_participle(ctx: EventContext, clause: Clause) -> bool:
    """ "X told reporters before returning to Brasilia", "After returning home, X said": a return
    told by a participle hanging on a past clause, not negated, is past too."""
    if clause.kind != "participle" or clause.parent is None or clause.predicate.tense != "none":
        return False
    if clause.marker is None or clause.marker.lower() not in _BEFORE_AFTER:
        return False
    parent = next((c for c in ctx.layer.in_sentence(clause.sentence) if c.index == clause.parent), None)
    if parent is None:
        return False
    p = parent.predicate
    return p.tense == "past" and not p.negated and not p.modal and not p.chain


def _due_from_today(ctx: EventContext, clause: Clause) -> bool:
    """ "was due to fly home today", "was scheduled to return on Saturday": a schedule told in the
    past for a day not yet gone by at publication is a return still to come."""
    pred = clause.predicate
    if pred.tense != "past" or "plan" not in pred.chain or pred.aspect.startswith("perfect"):
        return False
    days = dated(ctx, clause.times)
    return bool(days) and all(when_told(ctx, t) in (0, 1) for t in days)


def _returning_later(ctx: EventContext, clause: Clause, by_visitor: dict[str, list[Case]]) -> None:
    """ "X is due to return to Accra on Saturday", "will fly home on Sunday": a return home still to
    come keeps the visitor's last case, told before it, going on."""
    places = {e.code for a in clause.preps("to") for e in ctx.places(a.phrase) if e.code}
    home = any("home" in a.phrase.words for a in clause.args)
    for person in ctx.persons(clause.subject):
        told = [c for c in by_visitor.get(person.id, []) if c.order < clause.start and c.host != c.state]
        if told and (told[0].state in places or (not places and home)):
            max(told, key=lambda c: c.order).home_later = clause.start


def end_earlier_legs(events: list[Event], told: set[int]) -> list[Event]:
    """ "Arrived in Madrid on Monday ... on Tuesday she flew to Lisbon": a visit going on is over
    once its visitor has been somewhere else abroad on a later day the text tells (``told``: the
    ids of the events whose date is told, not the day of publication standing in for it)."""
    arrived: dict[str, list[tuple[str, str]]] = {}
    for e in events:
        if id(e) in told and e.attributes.get("status") in ("ongoing", "completed") and _full(e.date):
            stop = (str(e.date), str(e.roles.get("host_state")))
            arrived.setdefault(str(e.roles.get("visitor")), []).append(stop)
    out = []
    for e in events:
        later = arrived.get(str(e.roles.get("visitor")), [])
        over = e.attributes.get("status") == "ongoing" and _full(e.date)
        if over and any(day > str(e.date) and host != e.roles.get("host_state") for day, host in later):
            out.append(attrs.evolve(e, attributes={**e.attributes, "status": "completed"}))
        else:
            out.append(e)
    return out


def _full(value: str | None) -> bool:
    """Is ``value`` a calendar day ("2030-06-10"; not a week, a month or a time of day)?"""
    return value is not None and len(value) == 10 and value[4] == "-" and value[7] == "-"


def still_away(ctx: EventContext, case: Case, date: str | None) -> bool:
    """Is the visitor's return home still to come after this case, told of a visit dated (if at
    all) within the week before publication ("welcomed X on Friday ... X is due to return to
    Accra on Saturday")?"""
    if case.home_later is None or case.home_by is not None:
        return False
    if date is None:
        return True
    parts = date_value(date)
    if parts is None or ctx.published is None or parts[1] is None or parts[2] is None:
        return False
    try:
        day = dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return 0 <= (ctx.published - day).days <= 7
