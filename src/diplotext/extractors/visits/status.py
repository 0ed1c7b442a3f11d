"""Whether a trip is planned, going on, done, cancelled or postponed, as one frame tells it: from
the tense, aspect and modality of the clause that carries the trip (and of the clause it hangs
on), the verb governing a trip noun ("began his visit", "called off the trip"), the noun's own
modifiers ("upcoming", "last") and the part of the trip a phrase names ("at the end of a visit").
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.agreed_during import agreed_during
from diplotext.extractors.visits.apposed_stay import apposed_on_a_trip
from diplotext.extractors.visits.departure_ahead import leaving_ahead
from diplotext.extractors.visits.invitations_held import invitation_held
from diplotext.extractors.visits.last_days import last_day_gone
from diplotext.extractors.visits.later_today import later_today
from diplotext.extractors.visits.put_off_to import put_off_to_a_day_ahead
from diplotext.extractors.visits.trip_ends import ends_in_days
from diplotext.extractors.visits.trip_times import (
    _after_preposition,
    _unanchored,
    dated,
    when_told,
    word_before,
)
from diplotext.extractors.visits.unmade_trips import decided_by_a_noun, plan_status
from diplotext.extractors.visits.visit_topics import a_topic
from diplotext.extractors.visits.vocabulary import (
    ARRIVALS,
    FUTURE_MODIFIERS,
    LIGHT_VERBS,
    ONGOING_MODIFIERS,
    PAST_MODIFIERS,
    REPORTING_VERBS,
    SETTING_OUT,
    SUBJECT_PREDICATES,
    TRIP_NOUNS,
    TRIP_PREPS,
)
from diplotext.extractors.visits.way_home_ahead import home_after_a_stay
from diplotext.syntax import Clause
from diplotext.syntax.words import EVENT_PHASE_VERBS, KEEPING_VERBS

__all__ = [
    "MADE_SAYINGS",
    "nominal_status",
    "tense_status",
]

_ATTEMPTS: Final = frozenset(["try", "attempt", "seek"])
"""Chains of an attempt: made in the past, it was made where the clause says."""
_PLANNING_CHAINS: Final = frozenset(
    ["plan", "wish", "promise", "agree", "decide", "threaten", "likely", "try", "offer", "need"]
)


def _light_status(ctx: EventContext, clause: Clause) -> str | None:
    """What a verb governing a trip noun says of the trip ("began his visit", "cancelled the trip")."""
    light = LIGHT_VERBS.get(clause.predicate.lemma)
    if light is None:
        return None
    if light == "tense":
        return tense_status(ctx, clause, arrival=False)
    if light == "begun":
        return tense_status(ctx, clause, arrival=True)
    if light == "ended":
        told = tense_status(ctx, clause, arrival=False)
        if told == "ongoing" and clause.predicate.aspect in ("simple", "progressive"):
            return "ongoing"  # "as he wraps up a visit", "is ending his tour": the last day
        cut_now = clause.predicate.lemma in _CUTTING_SHORT and all(
            when_told(ctx, t) != 1 for t in dated(ctx, clause.times)
        )  # "will cut short his visit and fly home" (not "his planned visit next week")
        if told == "planned" and (ends_in_days(ctx, clause) or cut_now):
            return "ongoing"  # "wraps up a visit to X on Thursday", told on Tuesday: there now
        return "planned" if told == "planned" else "ended"
    if light in ("cancelled", "postponed"):
        if clause.predicate.negated:
            return None
        if clause.kind == "participle" and clause.predicate.passive:
            return light  # "the trip, called off on Monday, ...": done, whatever the main clause says
        if set(clause.predicate.chain) & _DECIDING and clause.predicate.tense == "past":
            return light  # "decided to cancel the visit"
        if not clause.predicate.finite:
            # "hinted at cancelling his visit", "threatened to postpone it": not done; "decided
            # to cancel it" is
            if decided_by_a_noun(ctx, clause):
                return light  # "the decision to cancel the trip"
            parent = ctx.parent(clause)
            if parent is None or parent.predicate.lemma not in _DECIDING:
                return None
            return light if tense_status(ctx, parent, arrival=False) != "planned" else "planned"
        return light if tense_status(ctx, clause, arrival=False) != "planned" else "planned"
    return light


def _quoted(ctx: EventContext, pos: int) -> bool:
    """Is ``pos`` inside a direct quote?"""
    return any(q.kind == "direct" and q.start <= pos < q.end for q in getattr(ctx, "quotes", ()))


def tense_status(ctx: EventContext, clause: Clause, *, arrival: bool | str) -> str | None:
    """Status from the tense, aspect and modality of the clause that carries the trip. In the
    past, an arrival (``arrival=True``) gives ``arrived`` and a dated presence
    (``arrival="present"``: "met X there on Monday") gives ``present``: both mean still there if
    recent enough, which the case decides from the date."""
    pred = clause.predicate
    if not pred.finite:
        parent = ctx.parent(clause)
        if parent is not None and parent is not clause and parent.predicate.lemma in _ANTICIPATING:
            return "planned"  # "looks forward to welcoming X to Kigali", "awaits ..."
        if parent is not None and parent is not clause:
            if (
                clause.kind == "infinitive"
                and parent.predicate.lemma == "be"
                and parent.predicate.tense == "present"
                and not parent.predicate.negated
                and "about" in (word_before(ctx, pred.start), word_before(ctx, pred.start - 3))
            ):
                return "planned"  # "is about to leave for Tokyo": not gone yet
            if clause.kind == "infinitive" and parent.predicate.lemma == "be" and not parent.predicate.chain:
                # "X is the first premier in 13 years to visit Y": there now; "will be the first":
                # to come; "was the first" says nothing of this trip's when
                be = parent.predicate
                if be.negated or (be.modal is not None and be.modal not in ("will", "shall")):
                    return None
                if (
                    be.tense == "present"
                    and be.aspect == "simple"
                    and be.finite
                    and not _quoted(ctx, clause.start)
                ):
                    return "ongoing"  # (said in a quote, it may speak of a trip to come)
                return "planned" if be.tense == "future" else None
            if clause.kind == "infinitive":
                own = {when_told(ctx, t) for t in dated(ctx, clause.times)}
                if own == {-1} and parent.predicate.tense == "past" and not parent.predicate.modal:
                    # "was invited to open his visit on Nov 21" (a day gone by): it happened
                    return tense_status(ctx, parent, arrival=arrival)
                if (
                    parent.predicate.lemma in _PLANNING_VERBS
                    or set(parent.predicate.chain) & _PLANNING_CHAINS
                    or (parent.predicate.lemma == "go" and parent.predicate.aspect == "progressive")
                ):
                    return "planned"  # "plans to visit", "is going to visit"
                got = tense_status(ctx, parent, arrival=arrival)
                if got is not None and invitation_held(ctx, clause):
                    return "planned"  # "received an invitation to visit X": an invitation
                return "planned" if got in ("completed",) and parent.predicate.lemma in _INVITING else got
            if parent.predicate.lemma in KEEPING_VERBS and word_before(ctx, pred.start) == "from":
                # "prevented X from visiting Y": no trip; "would not prevent X from visiting": one
                if not parent.predicate.negated:
                    return "cancelled"
                return "planned" if parent.predicate.modal else tense_status(ctx, parent, arrival=arrival)
            if (
                clause.kind == "participle"
                and pred.passive
                and clause.subject is not None
                and not ctx.persons(clause.subject)
            ):
                # "decisions made by X during a visit": done before the clause it hangs on
                when = [when_told(ctx, t) for t in dated(ctx, clause.times)]
                return "planned" if 1 in when else "completed"
            told = tense_status(ctx, parent, arrival=arrival)
            if (
                clause.kind == "participle"
                and clause.marker is None
                and pred.form == "ing"
                and not _after_preposition(ctx, pred.start)
                and not arrival
                and told is not None
            ):
                # "X, currently visiting Y, said ...": there while the rest was said, so there
                # still when that was in the last days or is not dated (news of the day); "will
                # attend the summit in X, stopping in Y on the way": planned as the rest is
                if told == "planned" and parent.predicate.tense == "future":
                    return "planned"
                return "arrived" if told in ("completed", "arrived", "present") else "ongoing"
            return told
        return None
    chain = set(pred.chain)
    when = [when_told(ctx, t) for t in dated(ctx, clause.times)]
    when = when or [*_unanchored(clause.times)]
    future_date = 1 in when
    past_date = -1 in when
    if _present_for_future(ctx, clause) and not past_date:
        return "planned"  # "will sign the deal when he visits Beijing"
    if (
        pred.tense == "future"
        or chain & _PLANNING_CHAINS
        or (pred.modal and pred.modal not in ("would",) and pred.tense != "past")
    ):
        return "planned"
    if pred.modal == "would":
        return "planned" if not past_date else "completed"
    if pred.aspect in ("progressive", "perfect progressive") and pred.tense == "present":
        return "planned" if future_date else "ongoing"
    if pred.tense == "present":
        if pred.aspect == "perfect":
            if (past_date or 0 in when) and arrival:
                # "has met him twice, once earlier this month in X": there on that day, gone by now
                # unless it was in the last days
                return "present" if arrival == "present" else "arrived"
            return "ongoing" if arrival else "completed"
        if future_date or (pred.lemma != "be" and any(later_today(ctx, t) for t in dated(ctx, clause.times))):
            return "planned"  # "arrives on Friday", "flies to Vienna tonight"
        if past_date and not arrival:
            return "completed"
        if pred.lemma == "be":
            return "ongoing"
        return "ongoing"
    if pred.tense == "past":
        if pred.aspect == "progressive" and future_date:
            return "planned"
        if arrival == "present":
            return "present"  # was there then: still there if that was in the last days
        if arrival:
            return "arrived"
        return "completed"
    return None


_TIME_MARKERS: Final = lexicon.words("events", "time subordinators")


def _present_for_future(ctx: EventContext, clause: Clause) -> bool:
    """A present-tense "when"/"once"/"after"/... clause under a clause about the future tells the
    future: "is expected to sign the deal when he visits Beijing"."""
    pred = clause.predicate
    if not (
        pred.tense == "present"
        and pred.aspect in ("simple", "perfect")
        and not pred.modal
        and clause.kind == "adverbial"
        and clause.marker in _TIME_MARKERS
        and pred.lemma not in EVENT_PHASE_VERBS  # "after he concludes his visit": its end
    ):
        return False
    parent = ctx.parent(clause)
    return (
        parent is not None and parent is not clause and tense_status(ctx, parent, arrival=False) == "planned"
    )


_PLANNING_VERBS: Final = lexicon.words("events", "planning verbs")
_CUTTING_SHORT: Final = lexicon.words("events", "verbs cutting a trip short")
_ANTICIPATING: Final = lexicon.words("events", "anticipation verbs")
_INVITING: Final = lexicon.words("events", "inviting predicates")
_DECIDING: Final = lexicon.words("events", "deciding predicates")
_WITHDRAWING: Final = lexicon.words("events", "verbs withdrawing from a trip")
_PART_STATUS: Final = lexicon.mapping("events", "trip parts")
"""A part of a trip a phrase names ("at the start of a visit") and what it says of the trip."""


def _clauses_on(ctx: EventContext, frame: Frame, kind: str) -> list[Clause]:
    """The clauses of ``kind`` whose subject is the frame's own phrase: participles ("X's trip,
    called off on Monday, was to be her first", not the frame's own clause) and relatives, which may
    also hang on the place right after it ("X's planned trip to Lisbon, which was cancelled")."""
    phrase = frame.phrase
    if phrase is None:
        return []
    relative = kind == "relative"

    def on_it(c: Clause) -> bool:
        s = c.subject
        if s is None or (c is frame.clause and not relative):
            return False
        if (s.start, s.end) == (phrase.start, phrase.end):
            return True
        return (
            relative
            and s.start > phrase.end
            and _CHAINED_PLACE.fullmatch(ctx.text, phrase.end, s.start) is not None
        )

    return [c for c in ctx.layer.in_sentence(frame.clause.sentence) if c.kind == kind and on_it(c)]


_CHAINED_PLACE: Final = regex.compile(r"\s+(?:to|of)\s+")


MADE_SAYINGS: Final = lexicon.words("events", "things said that are made")


def _reports(clause: Clause) -> bool:
    """Is the clause a report: a reporting verb, or "made the remarks/a statement"?"""
    pred = clause.predicate
    return pred.lemma in REPORTING_VERBS or (
        pred.lemma == "make"
        and any(a.role == "object" and a.phrase.head.lower() in MADE_SAYINGS for a in clause.args)
    )


def nominal_status(ctx: EventContext, frame: Frame) -> str | None:
    phrase = frame.phrase
    assert phrase is not None
    for c in _clauses_on(ctx, frame, "relative"):
        # "during X's planned trip to Lisbon, which was cancelled": what befell the trip wins
        if LIGHT_VERBS.get(c.predicate.lemma) in ("cancelled", "postponed") and not c.predicate.negated:
            got = _light_status(ctx, c)
            if got is not None:
                return got
    arg = frame.arg
    subject = frame.clause.subject
    on_a_trip = subject is not None and subject.head.lower() in TRIP_NOUNS
    if arg is not None and arg.role == "object" and frame.clause.predicate.lemma == "be" and on_a_trip:
        return None  # "X's Ecuador trip is one stop of a tour": the subject's trip says when
    if dropped := plan_status(ctx, frame):
        return dropped  # "shelved plans for X's visit": the plan is called off, so is the trip
    outers = list(frame.outer)
    if arg is not None and arg.role == "pp" and arg.prep in ("for", "of", "to") and arg.after is not None:
        # "discussed preparations [for a state visit]": the phrase the trip's phrase is chained to
        outers.append(frame.clause.args[arg.after].phrase)
    if (
        arg is not None
        and arg.role == "pp"
        and arg.prep == "for"
        and subject is not None
        and subject.head.lower() in _PART_STATUS
    ):
        # "preparations were under way for X's visit": the clause's subject is the part
        outers.append(subject)
    for outer in outers:
        part = _PART_STATUS.get(outer.head.lower())
        if part is not None and last_day_gone(ctx, frame, outer):
            return "completed"  # "on the last day of his visit on Tuesday", told on Wednesday
        if part is not None:
            # "said here at the start of a three-day visit": told on that day; "X, on the first
            # stop of a tour, planned to ...": the plan is the clause's, the stop is now
            pred = frame.clause.predicate
            told = (
                "planned"
                if pred.tense == "future" or (pred.modal is not None and pred.tense != "past")
                else None
            )
            if part == "arrived":
                # "arrives in Cairo on Wednesday at the start of a tour": a present told of a day
                # to come is the plan of that day
                if told is None and tense_status(ctx, frame.clause, arrival=True) == "planned":
                    told = "planned"
                return "planned" if told == "planned" else "arrived"
            if (
                part == "ongoing"
                and told is None
                and arg is not None
                and arg.role == "pp"
                # "is due to fly to Nairobi on Wednesday for the next leg of his tour"; "is to
                # arrive in Lima on Friday on the first leg of a tour"
                and (arg.prep == "for" or (arg.prep == "on" and pred.lemma in ARRIVALS))
                and tense_status(ctx, frame.clause, arrival=True) == "planned"
            ):
                return "planned"  # "is due to fly to Nairobi on Wednesday for the next leg of his tour"
            return "planned" if told == "planned" and part != "planned" else part
    clause = frame.clause
    arg = frame.arg
    if (
        arg is not None
        and arg.role == "pp"
        and arg.prep in ("of", "from", "out of")
        and frame.depth == 0
        and (
            clause.predicate.lemma in _WITHDRAWING
            or (arg.prep == "out of" and f"{clause.predicate.lemma} out" in _WITHDRAWING)
        )
        and not clause.predicate.negated
    ):
        # "has pulled out of a visit to X", "withdrew from the trip": called off
        return "planned" if tense_status(ctx, clause, arrival=False) == "planned" else "cancelled"
    if arg is not None and arg.role in ("subject", "object") and frame.depth == 0:
        # "a planned visit ... was called off", "postponed her trip": what befell the trip wins;
        # so does a participle on the trip's phrase ("X's trip, called off on Monday, was ...")
        for c in (clause, *_clauses_on(ctx, frame, "participle")):
            light = LIGHT_VERBS.get(c.predicate.lemma)
            if light == "postponed" and put_off_to_a_day_ahead(ctx, frame, c):
                return "planned"  # "X's visit, postponed last month, will now go ahead on March 22"
            if light in ("cancelled", "postponed", "ended", "begun") and not c.predicate.negated:
                got = _light_status(ctx, c)
                if got is not None:
                    return got
    words = set(phrase.words)
    if words & ONGOING_MODIFIERS:
        return "ongoing"
    if words & FUTURE_MODIFIERS:
        return "planned"
    if words & PAST_MODIFIERS:
        return "completed"
    if _awaited(frame):
        return "planned"  # "Lima awaits X's visit in September", "is looking forward to X's visit"
    when = {when_told(ctx, t) for t in dated(ctx, frame.times)}
    if when == {-1}:
        return "completed"  # "his talks last month in X": the phrase's own date says when
    if when == {1}:
        return "planned"
    clause = frame.clause
    arg = frame.arg
    if arg is None or frame.depth > 1:
        return None
    if arg.role == "object":
        light = _light_status(ctx, clause)
        if light is not None:
            return light
        return (
            tense_status(ctx, clause, arrival=False)
            if clause.predicate.lemma in ("await", "prepare")
            else None
        )
    if arg.role == "subject":
        if LIGHT_VERBS.get(clause.predicate.lemma) in ("cancelled", "postponed", "ended", "begun"):
            # "The visit was cancelled", "the visit ended on Friday"
            return _light_status(ctx, clause)
        told = tense_status(ctx, clause, arrival=False)
        pred = clause.predicate
        if pred.lemma == "be" and pred.tense == "present" and pred.aspect == "simple" and not clause.times:
            return None  # "X's Uruguay trip is part of a yearly round": says nothing of when
        if told == "planned" or clause.predicate.lemma in SUBJECT_PREDICATES:
            return told  # "the visit will deepen ties", "his last visit was in 2005"
        return None  # "the visit was designed to ...": says nothing of when
    if arg.role == "pp" and frame.depth == 0:
        if a_topic(frame):
            return None  # "refused to comment on the trip": talked about, not talked during
        relation = TRIP_PREPS.get(arg.prep or "")
        if agreed_during(ctx, frame) is not None:
            return "present"  # agreed there then: gone by now unless that was in the last days
        if relation == "before":
            pred = clause.predicate
            if (
                frame.lemma == "departure"
                and pred.tense == "past"
                and pred.modal is None
                and _reports(clause)
                and all(when_told(ctx, t) != 1 for t in dated(ctx, (*frame.times, *clause.times)))
            ):
                return "arrived"  # "said before his departure for China": the report is later, so gone
            return "planned"
        if relation == "after":
            # "left after a visit to X" is done; "will rest after his visit to X" is still to come
            planned = tense_status(ctx, clause, arrival=False) == "planned"
            if frame.lemma == "arrival" and not planned:
                return "arrived"  # "had a busy schedule after his arrival here Thursday": came then
            if planned and home_after_a_stay(ctx, frame):
                return "ongoing"  # "will return home on Friday after a three-day visit": there till then
            return "planned" if planned else "completed"
        if relation == "within" and clause.predicate.lemma in REPORTING_VERBS:
            # "he said, midway through a visit to X": the report is the visit's day; "has said
            # during a visit" tells of some earlier visit, not this one
            if clause.predicate.aspect.startswith("perfect"):
                return "background"
            told = tense_status(ctx, clause, arrival=False)
            if told == "planned":
                return "planned"
            if any(when_told(ctx, t) == -1 for t in dated(ctx, clause.times)):
                return "present"  # "said during a visit last week": there then, gone if long ago
            return "ongoing"
        if relation in ("within", "purpose"):
            # "met X on Monday, on his first visit": the visit went on that day
            lemma = clause.predicate.lemma
            base = tense_status(
                ctx,
                clause,
                arrival=True
                if lemma in ARRIVALS or lemma == "be" or lemma in SETTING_OUT
                else "present"
                if relation == "within"
                else False,
            )
            if leaving_ahead(clause):
                return "planned"  # "is leaving Lisbon on a tour of Africa": not gone yet
            if base == "planned" and apposed_on_a_trip(ctx, frame):
                return "ongoing"  # "X, on a visit to Y, will meet Z": there while the plan is told
            if clause.predicate.lemma == "be" and clause.predicate.tense == "present" and base != "planned":
                return "ongoing"  # "is on a visit", "is in Tokyo for a visit"
            pred = clause.predicate
            attempted = bool(pred.chain) and _ATTEMPTS.issuperset(pred.chain)
            if (
                base == "planned"
                and relation == "within"
                and attempted
                and pred.tense == "past"
                and not pred.modal
            ):
                # "During a visit to X, Y attempted to answer questions": the attempt was made
                # there, so the visit took place
                return "present"
            return base
    return None


def _awaited(frame: Frame) -> bool:
    """Is the trip noun the object (or "to" phrase) of a present or future verb of anticipation
    ("awaits X's visit", "is looking forward to X's visit")?"""
    arg = frame.arg
    pred = frame.clause.predicate
    return (
        arg is not None
        and frame.depth == 0
        and (arg.role == "object" or (arg.role == "pp" and arg.prep == "to"))
        and pred.lemma in _ANTICIPATING
        and pred.tense in ("present", "future")
        and not pred.negated
    )
