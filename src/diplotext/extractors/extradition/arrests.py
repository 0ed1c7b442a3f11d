"""Arrests that make a case without a word of surrender: "police arrested X in Milan at the request
of the United States", "X, who is wanted in Brazil for murder, was arrested in Paraguay"; and the
journey that ends a known case: "X was flown to the United States on Friday"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.counted_back import counted_back
from diplotext.extractors.extradition.homeward import sent_home
from diplotext.extractors.extradition.people import described_suspect, named_suspects, pp_phrases
from diplotext.extractors.extradition.purposes import hung_on
from diplotext.extractors.extradition.sides import holders, home_country, parties, request_side
from diplotext.extractors.extradition.sought_arrests import arrest_seekers
from diplotext.extractors.extradition.vocabulary import WANTING_VERBS
from diplotext.extractors.extradition.warrants import warrant_issuers
from diplotext.model import TemporalExpression
from diplotext.syntax import Clause

__all__ = [
    "ARREST_VERBS",
    "ARRIVAL_VERBS",
    "FOR_ANOTHER_STATE",
    "TRANSPORT_VERBS",
    "arrival_after_surrender",
    "arrival_of_the_surrendered",
    "read_arrest_request",
    "read_transport",
    "read_wanted_arrest",
]


ARREST_VERBS: Final = frozenset(["arrest", "detain"])
TRANSPORT_VERBS: Final = lexicon.words("events", "transport verbs")
ARRIVAL_VERBS: Final = lexicon.words("events", "arrival verbs")
_WANTING: Final = WANTING_VERBS | {"indict"}
"""Said of someone arrested abroad ("who is wanted in Brazil", "sought by Peru", "indicted by the
tribunal"): the state that wants him asks for his surrender."""


FOR_ANOTHER_STATE: Final = lexicon.words("events", "nouns of an arrest made for another state")
_AT_PLACES: Final = lexicon.words("events", "airport nouns")
_ON_BEHALF: Final = regex.compile(r"\bbehalf[ \t]+of[ \t]+\Z", regex.IGNORECASE)


def read_arrest_request(
    ctx: EventContext, frame: Frame, tribunal: str | None, *, asking_needed: bool = True
) -> Act | None:
    """ "Italian police arrested X in Milan at the request of the United States": an arrest made
    at a state's request; the state where it was made is asked to surrender him."""
    clause = frame.clause
    pred = clause.predicate
    if pred.negated or pred.modal or not (pred.tense == "past" or pred.aspect.startswith("perfect")):
        return None
    asking = [
        c
        for p in pp_phrases(clause, "at", "on")
        if p.head.lower() in FOR_ANOTHER_STATE
        # "at the request of Chile", "at Chile's request"
        for c in [
            *(x for prep, q in p.preps if prep == "of" for x in parties(ctx, q, tribunal)),
            *request_side(ctx, p, tribunal),
        ]
    ]
    if not asking:
        # "arrested X on Tuesday on behalf of Indian authorities": the "of" phrase left alone
        asking = [
            c
            for p in pp_phrases(clause, "of")
            if _ON_BEHALF.search(ctx.text, max(0, p.start - 12), p.start)
            for c in parties(ctx, p, tribunal)
        ]
    if not asking:
        asking = warrant_issuers(ctx, clause, tribunal)
    if not asking and asking_needed:
        return None
    if pred.passive:
        # "A flamboyant tycoon, wanted in India, was arrested ... X was released on bail": the one named next
        suspects = (
            named_suspects(ctx, clause.subject)
            or counted_back(ctx, clause.subject)  # "Both men were arrested ... on warrants"
            or described_suspect(ctx, clause.subject, clause)
        )
        doers = next((a.phrase for a in clause.args if a.role == "agent"), None)
    else:
        objects = [a.phrase for a in clause.args if a.role == "object"]
        suspects = [s for p in objects for s in named_suspects(ctx, p)]
        if not suspects and objects:
            # "police arrested a former army officer at the request of Argentina. X, 71, ...":
            # the one arrested, described here and named next
            suspects = described_suspect(ctx, objects[0], clause)
        doers = clause.subject
    held = (
        [c for p in pp_phrases(clause, "in") for c in parties(ctx, p, tribunal)]
        or holders(ctx, doers, tribunal)
        # "was detained at Tbilisi airport": the place's state
        or [
            c
            for p in pp_phrases(clause, "at")
            if p.head.lower() in _AT_PLACES
            for c in parties(ctx, p, tribunal)
        ]
    )
    asking = [c for c in asking if c != held[0]] if held else asking  # "on a Spanish warrant" in Spain
    # "X, who fled to Portugal, was detained on Monday at Brazil's request": an arrest made at a
    # state's request names the state asked elsewhere when not here (where he fled, is held ...)
    if not suspects or (not held and not asking_needed) or (asking_needed and not asking):
        return None
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(asking),
        requested=tuple(held[:1]),
        status="requested",
        strong=True,
        dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
    )


def read_wanted_arrest(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """ "X, who is wanted in Brazil for murder, was arrested in Paraguay", "Police arrested X. He is
    wanted in Norway": an arrest in one state of someone the sentence (or the main clause of the
    next or of the one before) says another state wants."""
    act = read_arrest_request(ctx, frame, tribunal, asking_needed=False)
    if act is None:
        return None
    wanted: list[str] = []
    here = frame.clause.sentence
    # "X ... was arrested in Paraguay", and "Police arrested X on Friday. He is wanted in Norway"
    after = (
        [c for c in ctx.layer.in_sentence(here + 1) if c.kind == "main"]
        if here + 1 < len(ctx.layer.sentences)
        else []
    )
    # "X is wanted in Brazil on fraud charges. He was arrested in Lisbon in January": the main
    # clause of the sentence before, too
    before = [c for c in ctx.layer.in_sentence(here - 1) if c.kind == "main"] if here > 0 else []
    for c in [*before, *ctx.layer.in_sentence(here), *after]:
        pred = c.predicate
        if pred.lemma not in _WANTING or pred.negated or c.subject is None:
            continue  # "wanted in Brazil", "sought by Peru", "indicted by the war crimes tribunal"
        if not (pred.passive or c.kind in ("participle", "relative")):
            continue
        # "police arrested X, sought by Peru": a participle set off after the object is said of
        # the person named just before it, not of the subject it borrows
        borrowed = c.kind == "participle" and c.subject_from is not None
        about = [] if borrowed else ctx.persons(c.subject)
        if not about and c.sentence == here and c.subject.end <= frame.clause.start + 200:
            at = c.start if borrowed else c.subject.start
            near = ctx.layer.entities_in(max(0, at - 80), at)
            about = [e.actor for e in near if e.kind == "person" and e.actor is not None][-1:]
        if not set(about) & set(act.suspects):
            continue
        by = [a.phrase for a in c.args if a.role in ("pp", "agent") and a.prep in ("in", "by")]
        found = [x for p in by for x in parties(ctx, p, tribunal)]
        found = found or [x for a in c.preps("at") for x in home_country(c, a.phrase)]  # "wanted at home"
        if pred.lemma == "indict":
            found = [
                x for x in found if x == tribunal
            ]  # a tribunal's indictment asks for him; a state's court's not
        wanted += found
    wanted = [w for w in wanted if w not in act.requested]
    # "X was arrested in Madrid. A court in Quito had issued a warrant for his arrest"
    wanted = wanted or arrest_seekers(ctx, frame.clause, act.suspects, act.requested, tribunal)
    if not wanted:
        return None
    return attrs.evolve(act, requesting=tuple(wanted[:1]))


def read_transport(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """ "X was flown to the United States on Friday", "Turkey deported X to Sweden": a person taken
    to a state (past, not negated). It joins the case of a suspect who has one; it makes none."""
    clause = frame.clause
    pred = clause.predicate
    # "X waived extradition and will be flown to Sweden": a journey to come, coordinated with what
    # he did, names the state he goes to (granted, not yet done)
    ahead = clause.kind == "coordinate" and pred.passive and pred.tense == "future" and not pred.negated
    if not ahead and (
        pred.negated
        or pred.modal
        or not (pred.tense == "past" or pred.aspect.startswith("perfect"))
        or pred.chain
    ):
        return None
    arrival = pred.lemma in ARRIVAL_VERBS
    if arrival and pred.passive:
        return None
    # "X arrived at Manchester Airport on Monday escorted by officers": where he arrived
    to = [
        c
        for p in pp_phrases(clause, *(("in", "at") if arrival else ("to", "into")))
        for c in parties(ctx, p, tribunal)
    ]
    if arrival:
        # "A fugitive banker landed in Rome on Monday ... X, 55, was extradited": a description
        # stands for the one named near it
        suspects = (
            named_suspects(ctx, clause.subject)
            or counted_back(ctx, clause.subject)  # "Both men were arrested ... on warrants"
            or described_suspect(ctx, clause.subject, clause)
        )
        return (
            Act(
                frame=frame,
                suspects=tuple(suspects),
                requesting=tuple(to[:1]),
                status="completed",
                dates=_days(clause),
            )
            if to and suspects
            else None
        )
    if pred.passive:
        # "A man accused of the bombing was flown to Chile to stand trial. The suspect, X, ...": a
        # description stands for the one named after it
        suspects = (
            named_suspects(ctx, clause.subject)
            or counted_back(ctx, clause.subject)  # "Both men were arrested ... on warrants"
            or described_suspect(ctx, clause.subject, clause)
        )
        handing: list[str] = []
    else:  # "Turkey on Monday deported X to Sweden"
        suspects = [
            s
            for a in clause.args
            if a.role == "object"
            for p in clause.named(a)
            for s in named_suspects(ctx, p)
        ]
        handing = holders(ctx, clause.subject, tribunal)
    if not to and suspects and pred.passive and sent_home(clause):
        # "A Japanese man wanted over phone scams was flown home": to the state he is of
        home = parties(ctx, clause.subject, tribunal) or [c for s in suspects[:1] if (c := ctx.state_of(s))]
        to = home[:1]
    if not to or not suspects:
        return None
    # "was flown from Tanzania to Kigali": the state he was taken from
    handing += [c for p in pp_phrases(clause, "from") for c in parties(ctx, p, tribunal)]
    return Act(
        frame=frame,
        suspects=tuple(suspects),
        requesting=tuple(to[:1]),
        requested=tuple(dict.fromkeys(c for c in handing if c not in to[:1])),
        status="granted" if ahead else "completed",
        dates=() if ahead else _days(clause),
    )


def arrival_of_the_surrendered(arrival: Act, acts: Sequence[Act]) -> bool:
    """ "A fugitive banker landed in Rome on Monday. X was extradited after a court approved ...":
    an arrival told in the sentence before or after a completed surrender with no destination, in
    a state no act of the case surrenders him from."""
    state = arrival.requesting[0] if arrival.requesting else None
    near = {arrival.frame.sentence + k for k in (-1, 0, 1)}
    return (
        state is not None
        and all(state not in act.requested for act in acts)
        and any(
            act.status == "completed" and not act.requesting and act.frame.sentence in near for act in acts
        )
    )


def _days(clause: Clause) -> tuple[TemporalExpression, ...]:
    return tuple(t for t in clause.times if t.type in ("DATE", "TIME"))


def arrival_after_surrender(ctx: EventContext, arrival: Act, acts: Sequence[Act]) -> bool:
    """ "X arrived in Sweden after being extradited from Austria", "landed in Stockholm after his
    extradition from Austria": an arrival whose own clause tells the surrender (a clause hanging on
    it or a noun in it) that names no other destination and no surrender from where he arrived."""
    clause = arrival.frame.clause
    state = arrival.requesting[0] if arrival.requesting else None
    return state is not None and any(
        act.frame.sentence == arrival.frame.sentence
        and act.status == "completed"
        and not act.requesting
        and state not in act.requested
        and (act.frame.clause is clause or hung_on(ctx, act.frame.clause) is clause)
        for act in acts
    )
