"""Trips told as not made, an open question, or a plan gone by or dropped.

* "has yet to visit Moscow", "is yet to make a trip to Athens": a trip not made, and no plan told
  either, so no trip (an arrival still awaited, "has yet to arrive", is to come: `awaited.py`);
* "is weighing whether to visit Caracas": an open question, no trip;
* "was supposed to visit Riga this week", "was meant to travel to Dakar on Monday": a plan told from
  the past as not kept, `cancelled` (like "was to have visited", `plans_gone_by.py`);
* "scrapped plans to visit Yangon", "shelved plans for X's visit to Kinshasa": the plan, not the
  trip, is the object of a verb calling it off or putting it off (`[trip light verbs]`), so the trip
  is `cancelled` or `postponed` as the plan is.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.vocabulary import ARRIVALS, LIGHT_VERBS
from diplotext.syntax import Clause

__all__ = ["dropped_plan", "not_made", "plan_not_kept"]

_YET_TO: Final = regex.compile(r"(?i:\byet[ \t]+to)[ \t]+\Z")
""""yet to" right before the verb ("has yet to visit", "is yet to make a trip")."""
_WHETHER: Final = regex.compile(r"(?i:\bwhether(?:[ \t]+or[ \t]+not)?)[ \t]+\Z")
""""whether" (or "whether or not") right before an infinitive's "to"."""
_NOT_KEPT: Final = regex.compile(r"(?i:\A(?:was|were)[ \t]+(?:" + lexicon.alternation("events", "plan words after was not kept") + r")\Z)")
_PLAN_NOUNS: Final = lexicon.words("events", "plan nouns dropped with a trip")


def not_made(ctx: EventContext, frame: Frame) -> bool:
    """Is the frame's trip one "yet to" be made (not an arrival) or one asked "whether" to make?"""
    clause = frame.clause
    start = clause.predicate.head[0]
    if frame.lemma not in ARRIVALS and _YET_TO.search(ctx.text, max(0, start - 16), start):
        return True  # "has yet to visit Moscow", "has yet to make a trip to Athens"
    return clause.kind == "infinitive" and (
        _WHETHER.search(ctx.text, max(0, clause.predicate.start - 24), clause.predicate.start) is not None
    )  # "is weighing whether to visit Caracas", "has not decided whether to attend talks in X"


def plan_not_kept(ctx: EventContext, clause: Clause) -> bool:
    """Does an infinitive trip clause hang on "was supposed" or "was meant" ("was supposed to visit
    Riga this week")?"""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent is clause or parent.predicate.negated:
        return False
    pred = parent.predicate
    return _NOT_KEPT.match(ctx.text[pred.start : pred.end]) is not None


def _dropping(clause: Clause) -> str | None:
    """``cancelled`` or ``postponed`` for a clause whose verb calls off or puts off (not negated,
    not a future or modal: "may scrap plans to visit" drops nothing yet)."""
    pred = clause.predicate
    light = LIGHT_VERBS.get(pred.lemma)
    if light not in ("cancelled", "postponed") or pred.negated or pred.tense == "future":
        return None
    if pred.modal is not None or not pred.finite:
        return None
    return light


def dropped_plan(ctx: EventContext, frame: Frame) -> str | None:
    """``cancelled``/``postponed`` when the trip is the plan a call-off or put-off verb takes as
    its object: "scrapped plans to visit Yangon" (an infinitive on the object "plans"), "shelved
    plans for X's visit" (a trip noun chained to that object)."""
    clause = frame.clause
    if frame.phrase is None:
        parent = ctx.parent(clause)
        if clause.kind != "infinitive" or parent is None or parent is clause:
            return None
        plans = [a for a in parent.args if a.role == "object" and a.phrase.head.lower() in _PLAN_NOUNS]
        if not plans or ctx.text[plans[-1].phrase.end : clause.predicate.start].strip():
            return None  # the infinitive must follow the plan noun: "scrapped plans to visit"
        return _dropping(parent)
    arg = frame.arg
    if arg is None or arg.role != "pp" or arg.prep != "for" or arg.after is None:
        return None
    outer = clause.args[arg.after]
    if outer.role != "object" or outer.phrase.head.lower() not in _PLAN_NOUNS:
        return None
    return _dropping(clause)
