"""Trips told as not made, an open question, or a plan gone by or dropped.

* "has yet to visit Moscow", "is yet to make a trip to Athens": a trip not made, and no plan told
  either, so no trip (an arrival still awaited, "has yet to arrive", is to come: `awaited.py`);
* "is weighing whether to visit Caracas": an open question, no trip;
* "was supposed to visit Riga this week", "was meant to travel to Dakar on Monday": a plan told from
  the past as not kept, `cancelled` (like "was to have visited", `plans_gone_by.py`); "is supposed
  to travel" is a plan held, `planned`;
* "scrapped plans to visit Yangon", "shelved plans for X's visit to Kinshasa": the plan, not the
  trip, is the object of a verb calling it off or putting it off (`[trip light verbs]`), so the trip
  is `cancelled` or `postponed` as the plan is;
* "X's trip to Lima was put on hold", "put the visit on ice": `postponed`; "X's visit is off":
  `cancelled`; "X's visit has been confirmed for May" (a passive planning verb on the trip noun,
  no day gone by): `planned`;
* "is considering a visit to Lima", "is weighing a trip", "is considering visiting Lima" (a verb of
  `[verbs weighing a trip]`): a trip weighed, no plan, so no trip;
* "China's decision on Tuesday to block a trip to Beijing by X", "the decision to cancel the visit":
  a call-off told as decided (an infinitive after a noun of `[nouns of a decision]`) is done,
  like "decided to cancel";
* "has visited a school in Nairobi as he began a week-long tour of Africa": a present perfect
  told beside the trip's opening is the news of its first day, `ongoing`, not a trip gone by.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.trip_times import dated, when_told
from diplotext.extractors.visits.vocabulary import ARRIVALS, LIGHT_VERBS
from diplotext.syntax import Clause

__all__ = ["not_made", "opening_now", "plan_status", "supposed_plan"]

_YET_TO: Final = regex.compile(r"(?i:\byet[ \t]+to)[ \t]+\Z")
""""yet to" right before the verb ("has yet to visit", "is yet to make a trip")."""
_WHETHER: Final = regex.compile(r"(?i:\bwhether(?:[ \t]+or[ \t]+not)?)[ \t]+\Z")
""""whether" (or "whether or not") right before an infinitive's "to"."""
_SUPPOSED: Final = regex.compile(
    r"(?i:\A(was|were|is|are|am)[ \t]+(?:"
    + lexicon.alternation("events", "plan words after was not kept")
    + r")\Z)"
)
_PLAN_NOUNS: Final = lexicon.words("events", "plan nouns dropped with a trip")
_HELD: Final = lexicon.words("events", "nouns of a trip put on hold")
_DECISION: Final = regex.compile(
    r"(?i:\b(?:" + lexicon.alternation("events", "nouns of a decision") + r"))"
    r"(?:[ \t]+(?:on|earlier|last|this)[ \t]+\w+)?[ \t]+\Z"
)
""""decision" (or "decision on Tuesday") right before an infinitive's "to"."""
_WEIGHING: Final = lexicon.words("events", "verbs weighing a trip")
_OFF: Final = regex.compile(r"[ \t]+off\b(?![ \t]+(?:to|for|from|on)\b)", regex.IGNORECASE)
""""is off" after a trip noun subject ("the visit is off"), not "is off to Lima"."""


def not_made(ctx: EventContext, frame: Frame) -> bool:
    """Is the frame's trip one "yet to" be made (not an arrival) or one asked "whether" to make?"""
    clause = frame.clause
    start = clause.predicate.head[0]
    if frame.lemma not in ARRIVALS and _YET_TO.search(ctx.text, max(0, start - 16), start):
        return True  # "has yet to visit Moscow", "has yet to make a trip to Athens"
    parent = ctx.parent(clause)
    if frame.phrase is not None:
        weighed = frame.arg is not None and frame.arg.role == "object" and frame.depth == 0
        if weighed and clause.predicate.lemma in _WEIGHING:
            return True  # "is considering a visit to Lima"
    elif (
        clause.kind in ("participle", "infinitive")
        and parent is not None
        and parent is not clause
        and parent.predicate.lemma in _WEIGHING
        and not clause.marker
    ):
        return True  # "is considering visiting Lima"
    return clause.kind == "infinitive" and (
        _WHETHER.search(ctx.text, max(0, clause.predicate.start - 24), clause.predicate.start) is not None
    )  # "is weighing whether to visit Caracas", "has not decided whether to attend talks in X"


def supposed_plan(ctx: EventContext, clause: Clause) -> str | None:
    """``cancelled`` for an infinitive trip clause hanging on "was supposed" or "was meant" ("was
    supposed to visit Riga this week"), ``planned`` on "is supposed" (a plan still held)."""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent is clause or parent.predicate.negated:
        return None
    pred = parent.predicate
    found = _SUPPOSED.match(ctx.text[pred.start : pred.end])
    if found is None:
        return None
    return "cancelled" if found.group(1).lower() in ("was", "were") else "planned"


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


def plan_status(ctx: EventContext, frame: Frame) -> str | None:
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
    if arg is not None and arg.role in ("subject", "object") and frame.depth == 0:
        pred = clause.predicate
        if pred.negated or pred.tense == "future" or pred.modal is not None or not pred.finite:
            return None
        held = any(a.role == "pp" and a.prep == "on" and a.phrase.head.lower() in _HELD for a in clause.args)
        if held and pred.lemma in ("put", "place"):
            return "postponed"  # "was put on hold"
        if arg.role != "subject":
            return None
        if pred.lemma == "be" and pred.tense == "present" and _OFF.match(ctx.text, pred.end):
            return "cancelled"  # "X's visit to Peru is off"
        if pred.passive and LIGHT_VERBS.get(pred.lemma) == "planned":
            # "X's visit has been confirmed for May": planned, unless told of a day gone by
            return None if -1 in {when_told(ctx, t) for t in dated(ctx, clause.times)} else "planned"
        return None
    if arg is None or arg.role != "pp" or arg.prep != "for" or arg.after is None:
        return None
    outer = clause.args[arg.after]
    if outer.role != "object" or outer.phrase.head.lower() not in _PLAN_NOUNS:
        return None
    return _dropping(clause)


def opening_now(ctx: EventContext, clause: Clause) -> bool:
    """Is the present perfect trip clause told "as" its subject opens a trip in the past ("has
    visited Kenya's largest slum as he opened a week-long visit to Africa")?"""
    pred = clause.predicate
    if pred.tense != "present" or pred.aspect != "perfect" or pred.negated or dated(ctx, clause.times):
        return False
    return any(
        c.parent == clause.index
        and c is not clause
        and c.kind == "adverbial"
        and c.marker == "as"
        and LIGHT_VERBS.get(c.predicate.lemma) == "begun"
        and c.predicate.tense == "past"
        and not c.predicate.negated
        for c in ctx.layer.in_sentence(clause.sentence)
    )


def decided_by_a_noun(ctx: EventContext, clause: Clause) -> bool:
    """Does the infinitive follow a noun of a decision ("China's decision on Tuesday to block a
    trip"), itself or as the second of two infinitives joined by "and" ("the decision to postpone
    all exchanges and to block a trip")?"""
    if clause.kind != "infinitive":
        return False
    start = clause.predicate.start
    parent = ctx.parent(clause)
    if (
        parent is not None
        and parent is not clause
        and parent.kind == "infinitive"
        and regex.search(r"(?i:\band)[ \t]+\Z", ctx.text[max(0, start - 8) : start])
    ):
        start = parent.predicate.start
    return _DECISION.search(ctx.text, max(0, start - 48), start) is not None
