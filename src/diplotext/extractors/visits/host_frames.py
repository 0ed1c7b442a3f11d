"""Host frames and "visiting" participles: "Putin hosted/received/welcomed X" (X is the visitor,
the subject's state the host) and "X, visiting Y, said" (a participle of the trip told in passing)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.visits.groups import delegation_leaders, pair_named_before
from diplotext.extractors.visits.joint_subjects import joint_subject_visitor
from diplotext.extractors.visits.parties import own_clause_persons, party_states
from diplotext.extractors.visits.status import tense_status
from diplotext.extractors.visits.trip_context import (
    conjunct_times,
    host_of,
    posted,
)
from diplotext.extractors.visits.trip_record import Trip
from diplotext.extractors.visits.trip_starts import start_times
from diplotext.extractors.visits.trip_times import dated
from diplotext.extractors.visits.vocabulary import HOST_VERBS
from diplotext.model import Actor
from diplotext.syntax import Clause, Entity, Phrase
from diplotext.syntax import words as W

__all__ = ["read_host", "read_visiting"]


_HOSTED_MEALS: Final = lexicon.words("events", "hosted meals")
_HONOUR: Final = lexicon.words("events", "honour words")


def _honoured(ctx: EventContext, clause: Clause, meal: Phrase) -> list[Actor]:
    """The guests of a banquet a host gives: "for X", "in honour of X" (after the meal or in the
    clause)."""
    phrases = [p for prep, p in meal.preps if prep == "for"] + [
        a.phrase for a in clause.args if a.role == "pp" and a.prep == "for"
    ]
    for honour in [p for prep, p in meal.preps if prep == "in"] + [
        a.phrase for a in clause.args if a.role == "pp" and a.prep == "in"
    ]:
        if honour.head.lower() in _HONOUR:
            phrases += [p for prep, p in honour.preps if prep == "of"]
    return [p for phrase in phrases for p in ctx.persons(phrase) if ctx.official(p)]


def read_host(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "Putin hosted/received/welcomed X": X is the visitor, the subject's state the host."""
    clause = frame.clause
    pred = clause.predicate
    if pred.negated:
        return None
    if pred.passive:
        # "X was welcomed by Y", "The couple were welcomed by Y"
        visitors = ctx.persons(clause.subject) or pair_named_before(ctx, clause.subject)
        agent = next((a.phrase for a in clause.args if a.role == "agent"), None)
        host_side = agent
        obj = None
    elif frame.lemma == "play":
        # "Doha played host on Monday to X": only with "host" as its object, the visitor after "to"
        obj = None
        if not any(a.role == "object" and a.phrase.head.lower() == "host" for a in clause.args):
            return None
        visitors = [p for a in clause.preps("to") for p in ctx.persons(a.phrase)]
        host_side = clause.subject
    else:
        obj = next((a.phrase for a in clause.args if a.role == "object"), None)
        visitors = ctx.persons(obj) or (delegation_leaders(ctx, obj, clause.sentence) if obj else [])
        if not visitors and obj is not None and obj.head.lower() in _HOSTED_MEALS:
            visitors = _honoured(ctx, clause, obj)  # "hosted a state banquet in honour of X"
        host_side = clause.subject
    if not visitors:
        return None
    # "hosted a delegation led by X in Cairo on Sunday": the participle on the object carries the
    # reception's place and time
    args = list(clause.args)
    times = list(start_times(ctx, clause))  # "will welcome X for a visit starting April 20"
    if not pred.passive and obj is not None and not ctx.persons(obj):
        for c in ctx.layer.in_sentence(clause.sentence):
            if c.kind == "participle" and c.subject is not None and c.subject.start == obj.start:
                args += [a for a in c.args if a.role == "pp" and a.prep != "by"]
                times += c.times
    host_persons = ctx.persons(host_side)
    # "was received by Turkish Ambassador X": an envoy lives where posted; his state is no host
    hosts = host_of(ctx, [p for p in host_persons if not posted(ctx, p)], officials_only=True)
    # "was greeted at the airport by his two daughters": received by no state's official, a visit
    # only where the "by" phrase or a place names a state
    unofficial = (
        not hosts and (bool(host_persons) or pred.passive) and not any(ctx.official(p) for p in host_persons)
    )
    if not hosts and host_side is not None:
        hosts = [e for e in ctx.places(host_side) if e.place_kind != "demonym" or len(host_side.words) == 1]
    if not hosts:
        for a in args:
            if a.role == "pp" and a.prep in ("in", "at", "to"):
                hosts = ctx.places(a.phrase)
                if hosts:
                    break
    if not hosts and unofficial:
        return None
    codes = {h.code for h in hosts if h.place_kind not in ("city", "seat")}
    for a in args if codes and len(hosts) == len(codes) else ():
        # "received X in Amman", "will welcome X to Kigali": the city of the host's state
        if a.role == "pp" and a.prep in ("in", "at", "to"):
            hosts += [
                e
                for e in ctx.places(a.phrase)
                if e.place_kind in ("city", "seat") and e.code in codes and e not in hosts
            ]
    status = tense_status(ctx, clause, arrival=False)
    if status != "cancelled" and any(
        c.parent == clause.index and c.kind == "infinitive" for c in ctx.layer.in_sentence(clause.sentence)
    ):
        status = "planned"  # "X welcomes Y to come for a visit": an invitation, not a reception
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        hosts=tuple(hosts),
        here=not hosts,
        status=status,
        dates=tuple(dated(ctx, tuple(times))),
        host_persons=tuple(host_persons),
    )


def read_visiting(ctx: EventContext, frame: Frame) -> Trip | None:
    """ "told visiting Hungarian Prime Minister X": the person after "visiting" is the visitor,
    the host a place of the sentence, the state of the clause's subject, or the dateline's;
    "Visiting Russian Prime Minister X warned Slovakia": the subject the participle opens."""
    clause = frame.clause
    obj = next((a.phrase for a in clause.args if a.role == "object"), None)
    subject = clause.subject
    if obj is None and clause.kind == "participle" and subject is not None and ctx.parent(clause) is not None:
        obj = (
            subject if subject.start >= frame.trigger[1] else None
        )  # "Visiting X said": it opens the subject
    owners: list[Actor] = []
    if obj is None and subject is not None and subject.words[-1:] and subject.words[-1] in W.POSSESSIVES:
        # "A and his visiting counterpart B witnessed ...": read as a participle whose subject ends
        # in "his", the phrase after it opens the next clause's subject; A is the host
        obj = next(
            (
                c.subject
                for c in ctx.layer.in_sentence(clause.sentence)
                if c.subject is not None and 0 <= c.subject.start - frame.trigger[1] <= 2
            ),
            None,
        )
        owners = ctx.persons(subject)
    home: Clause | None = None
    if obj is None:
        joint = joint_subject_visitor(ctx, frame)  # "A and visiting B agreed": A the host
        if joint is None:
            return None
        obj, owners, home = joint
    visitors = ctx.persons(obj)
    if not visitors or (ctx.places(obj) and not any(e.kind == "person" for e in obj.entities)):
        return None
    parent = home or ctx.parent(clause) or clause
    host_persons = [p for p in owners or ctx.persons(parent.subject) if p not in visitors]
    if not any(ctx.official(p) for p in host_persons):
        # "talks between X and visiting Y": the other party named in the clause
        host_persons = [
            p
            for a in parent.args
            if a.role in ("pp", "object")
            for p in ctx.persons(a.phrase)
            if p not in visitors
        ] or own_clause_persons(ctx, parent, visitors)
    hosts: list[Entity] = []
    # "welcomed his visiting counterpart X to Abuja": the "to" phrase of a reception is its place
    preps = (
        ("in", "at", "to") if parent is not clause and parent.predicate.lemma in HOST_VERBS else ("in", "at")
    )
    for c in (clause, parent):
        for a in c.args:
            if a.role == "pp" and a.prep in preps and not hosts:
                hosts.extend(ctx.places_and_cities(a.phrase))  # "in Bangkok capital"
    if not hosts:
        hosts = host_of(ctx, host_persons, officials_only=True)
    if not hosts and ctx.dateline_code is None:
        hosts = party_states(ctx, (parent,), visitors)  # "Beijing told visiting X", "warned Slovakia"
    return Trip(
        frame=frame,
        visitors=tuple(visitors),
        visitor_phrase=obj,
        hosts=tuple(hosts),
        here=not hosts,
        status="ongoing",
        dates=tuple(dated(ctx, clause.times) or dated(ctx, conjunct_times(ctx, parent))),
        host_persons=tuple(host_persons),
    )
