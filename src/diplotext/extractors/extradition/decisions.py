"""Decisions that name no surrender: a clause that decides on a request ("Russia refused on
Tuesday", "a Canadian court rejected the request"), a suspect "wanted by" a state or a tribunal,
or one held in a state (:func:`read_decision`). The :class:`~.acts.Act` it makes names no suspect
of its own when it decides: it joins the case it follows.
"""

from __future__ import annotations

from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, trigger_words
from diplotext.extractors.extradition.act_times import (
    after_times,
    fronted_ruling_times,
    participle_times,
    reported_times,
    shared_subject_times,
)
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.governing import ADVISING_MODALS, signs_a_request, the_defences_appeal
from diplotext.extractors.extradition.people import named_suspects, pp_phrases
from diplotext.extractors.extradition.pleas import (
    a_plea,
    by_the_defence,
    defence_appeal,
    someone_elses_request,
)
from diplotext.extractors.extradition.sides import (
    holders,
    home_country,
    it_is_the_sayer,
    names_a_tribunal,
    parties,
    request_side,
)
from diplotext.extractors.extradition.vocabulary import (
    APPEAL_WINNING_VERBS,
    CARRYING_OUT_VERBS,
    HELD_VERBS,
    MAKING_VERBS,
    OPEN_DECISION_VERBS,
    REFUSAL_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    SURRENDER_VERBS,
    SUSPECT_DESCRIPTIONS,
    WANTING_VERBS,
)
from diplotext.syntax import Clause, Phrase
from diplotext.syntax import words as W

__all__ = ["bare_refusals", "read_decision"]


def read_decision(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """A clause that decides on a request without naming the surrender ("Russia refused on
    Tuesday", "a Canadian court rejected the request"), a suspect "wanted by" a state, or held in
    one. It names no suspect of its own: it joins the case it follows."""
    clause = frame.clause
    pred = clause.predicate
    lemma = frame.lemma
    if lemma in WANTING_VERBS:
        if pred.passive:  # "X, wanted by the tribunal"
            suspects = named_suspects(ctx, clause.subject)
            asking = [c for p in pp_phrases(clause, "by", "in") for c in parties(ctx, p, tribunal)]
            asking = asking or [
                c for p in pp_phrases(clause, "at") for c in home_country(clause, p)
            ]  # "at home"
        else:  # "the tribunal is seeking X": only a tribunal's wish makes a case of its own
            obj = next((a.phrase for a in clause.args if a.role == "object"), None)
            suspects = named_suspects(ctx, obj)
            doers = ctx.doers(clause)
            asking = parties(ctx, doers, tribunal)
            if tribunal and doers is not None and doers.head.lower() in ("tribunal", "court", "prosecutor"):
                asking = [tribunal]  # "the war crimes tribunal is seeking X"
            if not (tribunal and tribunal in asking):
                return None
        return (
            Act(
                frame=frame,
                suspects=tuple(suspects),
                requesting=tuple(asking),
                status="requested",
                tribunal=bool(tribunal and tribunal in asking),
            )
            if asking
            else None
        )
    if lemma in HELD_VERBS:
        suspects = named_suspects(ctx, clause.subject) if pred.passive or lemma in ("live", "hide") else []
        if suspects and tribunal and pred.passive and not pred.negated:
            at = [
                p
                for p in pp_phrases(clause, "at", "in")
                if tribunal in parties(ctx, p, tribunal) or names_a_tribunal(p)
            ]
            if at and pred.tense == "past":
                # "he was detained at the tribunal at The Hague": handed over to it
                return Act(
                    frame=frame,
                    suspects=tuple(suspects),
                    requesting=(tribunal,),
                    status="completed",
                    tribunal=True,
                    dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
                )
        held = [c for p in pp_phrases(clause, "in") for c in parties(ctx, p, tribunal)]
        if not suspects or not held:
            return None
        return Act(frame=frame, suspects=tuple(suspects), requested=tuple(held[:1]), status=None)
    if pred.negated or _custody_order(ctx, frame) or _in_general(clause) or _of_a_stretch(clause):
        return None
    obj = next((a.phrase for a in clause.args if a.role == "object"), None)
    if pred.passive and obj is not None and lemma not in REFUSAL_VERBS and _surrender_participle(obj):
        # "X was ordered extradited to India by Canada's justice minister"
        return Act(
            frame=frame,
            suspects=tuple(named_suspects(ctx, clause.subject)),
            requesting=tuple(c for p in pp_phrases(clause, "to") for c in parties(ctx, p, tribunal)),
            requested=tuple(c for p in pp_phrases(clause, "by") for c in holders(ctx, p, tribunal)),
            status="granted",
            strong=True,
            dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
        )
    # the appeal decided: the object, or the subject of a passive ("his appeal was thrown out")
    decided = clause.subject if pred.passive else obj
    if decided is not None and (
        the_defences_appeal(decided, clause) or (lemma in REFUSAL_VERBS and defence_appeal(ctx, decided))
    ):
        # "three judges refused the appeal", "dismissed his appeal", "upheld X's appeal"
        return _appeal_decided(ctx, frame, tribunal)
    if obj is not None and obj.head.lower() not in REQUEST_NOUNS and not named_suspects(ctx, obj):
        return None
    if signs_a_request(lemma, obj) or (obj is None and lemma in MAKING_VERBS):
        return None  # "signed an extradition request for X": the request's frame tells it
    if obj is not None and a_plea(obj):
        return None  # "refused him permission to appeal", "denied him bail": his plea, not a surrender
    if (
        obj is not None
        and obj.head.lower() in REQUEST_NOUNS
        and (someone_elses_request(obj) or any(by_the_defence(ctx, p) for p in pp_phrases(clause, "from")))
    ):
        return None  # "rejecting his request for bail": the suspect's own plea
    refusing = not _REFUSING.isdisjoint(pred.chain)  # "declined to grant the Russian request"
    if lemma in CARRYING_OUT_VERBS and not (
        refusing and obj is not None and obj.head.lower() in REQUEST_NOUNS
    ):
        return None  # "police executed the warrant": no decision ("refused to honour the request" is)
    status: str | None = "refused" if lemma in REFUSAL_VERBS or refusing else "granted"
    if status == "refused" and _pleaded_by_a_person(ctx, clause):
        # "X asked the appeal court to overturn an order sending him to India": a plea, the case is
        # contested before the court
        parent = ctx.parent(clause)
        told = clause.times or (parent.times if parent is not None else ())
        return Act(frame=frame, status="pending", dates=tuple(t for t in told if t.type == "DATE"))
    if pred.modal in ADVISING_MODALS:
        status = None  # "her lawyer said Bulgaria should reject any request": advice, no decision
    if lemma in OPEN_DECISION_VERBS:
        # "the court will rule on the request", "have 40 days to decide on it": still to come;
        # "a court ruled on Monday that ..." says not which way, only who decides
        status = "pending" if pred.tense == "future" or pred.modal or clause.kind == "infinitive" else None
    return Act(
        frame=frame,
        requested=tuple(holders(ctx, it_is_the_sayer(ctx, clause, ctx.doers(clause)), tribunal)),
        requesting=tuple(request_side(ctx, obj, tribunal)) if obj is not None else (),
        suspects=tuple(named_suspects(ctx, obj)),
        status=status,
        dates=tuple(
            t
            # "The request has been approved," the minister said on Tuesday: the report's day
            for t in clause.times
            or participle_times(ctx, clause)
            or after_times(ctx, clause)
            or reported_times(ctx, clause)
            or shared_subject_times(ctx, clause)
            if t.type in ("DATE", "TIME")
        ),
    )


_REFUSING: Final = lexicon.words("events", "chains refusing a decision")
"""Chains that turn a decision verb into a refusal ("declined to grant", "was unable to honour")."""


def _appeal_decided(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """ "On Tuesday the judges rejected his appeal", said right after a case: a court turning down
    the suspect's appeal lets the surrender stand (granted, that day); one upholding it stops the
    surrender (refused). Other verbs ("heard his appeal") decide nothing."""
    clause = frame.clause
    lemma = frame.lemma
    if lemma in REFUSAL_VERBS:
        status = "granted"
    elif lemma in APPEAL_WINNING_VERBS:
        status = "refused"
    else:
        return None
    if clause.predicate.modal is not None or clause.predicate.tense == "future":
        return None  # "the court will rule on his appeal", "could reject it": yet to come
    return Act(
        frame=frame,
        requested=tuple(holders(ctx, it_is_the_sayer(ctx, clause, ctx.doers(clause)), tribunal)),
        status=status,
        dates=tuple(
            t for t in clause.times or fronted_ruling_times(ctx, clause) if t.type in ("DATE", "TIME")
        ),
    )


_REFUSING_WORDS: Final = trigger_words(REFUSAL_VERBS)


def bare_refusals(ctx: EventContext, idx: int, tribunal: str | None) -> list[Act]:
    """ "The United States demanded that Afghanistan hand X over. Afghanistan refused." / "...
    refused to do so": a refusal with no object, by a state, in a sentence right after a case,
    decides the case's request."""
    if not ctx.layer.with_words(_REFUSING_WORDS) or idx not in ctx.layer.with_words(_REFUSING_WORDS):
        return []
    out: list[Act] = []
    for frame in ctx.frames(idx, REFUSAL_VERBS, ()):
        clause = frame.clause
        if clause.kind not in ("main", "coordinate") or any(a.role == "object" for a in clause.args):
            continue
        act = read_decision(ctx, frame, tribunal)
        if act is None or not act.requested or act.status != "refused":
            continue
        if not act.dates:
            # "refused to do so on Tuesday": the day told in its infinitive
            told = [
                t
                for c in ctx.layer.in_sentence(idx)
                if c.index == clause.index + 1 and (c.parent == clause.index or c.subject is None)
                for t in c.times
                if t.type == "DATE"
            ]
            act = attrs.evolve(act, dates=tuple(told))
        out.append(act)
    return out


def _custody_order(ctx: EventContext, frame: Frame) -> bool:
    """ "A judge ordered him held without bail": an order of custody, no decision on a surrender;
    so is "ordered that X, who is wanted in Y, be kept in detention (remain in custody)": the
    complement hangs on the order past a relative clause (lexicon "verbs of custody ordered")."""
    clause = frame.clause
    after = [
        c for c in ctx.layer.in_sentence(clause.sentence) if c.index > clause.index and c.kind != "relative"
    ]
    c = after[0] if after else None
    return (
        c is not None
        and c.kind in ("complement", "participle")
        and (c.predicate.passive or c.predicate.lemma in _STAYING)
        and (c.predicate.lemma in HELD_VERBS or c.predicate.lemma in _CUSTODY)
    )


_CUSTODY: Final = lexicon.words("events", "verbs of custody ordered")
_STAYING: Final = lexicon.words("events", "verbs of staying in custody")


def _of_a_stretch(clause: Clause) -> bool:
    """ "within the 40 days allowed under the treaty": a participle describing a length of time
    allows the time, not the surrender."""
    subject = clause.subject
    if clause.kind != "participle" or subject is None:
        return False
    words = subject.head.lower().split()
    return bool(words) and words[-1] in _UNITS


_UNITS: Final = lexicon.words("time", "time units")


def _in_general(clause: Clause) -> bool:
    """ "Courts take a year to rule on extradition requests": requests in general, in the plural
    with no determiner, are no one's case."""
    return any(
        a.role == "pp"
        and a.prep == "on"
        and a.phrase.head.lower() in REQUEST_NOUNS
        and a.phrase.head.lower().endswith("s")
        and a.phrase.words[:1] not in _DETERMINED
        for a in clause.args
    )


_DETERMINED: Final = frozenset({("the",), ("his",), ("her",), ("its",), ("their",), ("these",), ("both",)})


def _surrender_participle(phrase: Phrase) -> bool:
    """Is the phrase one past participle of a surrender verb ("ordered [extradited]")?"""
    if len(phrase.words) != 1:
        return False
    forms = W.verb_forms().get(phrase.words[0], ())
    return any(kind in ("ed", "pp") and lemma in SURRENDER_VERBS for lemma, kind in forms)


def _pleaded_by_a_person(ctx: EventContext, clause: Clause) -> bool:
    """Is the clause an infinitive a person asks for ("X asked the court to overturn ...")?"""
    parent = ctx.governing(clause)
    return (
        parent is not None and parent.predicate.lemma in REQUEST_VERBS and _one_sought(ctx, ctx.doers(parent))
    )


def _one_sought(ctx: EventContext, doers: Phrase | None) -> bool:
    """Is the phrase a person, a description of a suspect ("a businessman wanted in India") or the
    defence?"""
    if doers is None:
        return False
    head = doers.head.lower()
    return bool(ctx.persons(doers)) or head in SUSPECT_DESCRIPTIONS or by_the_defence(ctx, doers)
