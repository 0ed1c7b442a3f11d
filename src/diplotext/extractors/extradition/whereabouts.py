"""Where a suspect is, when no sentence says which state is asked to surrender him: held, living,
jailed or arrested "in X", arrested by "Austrian police" or "police in the Canadian city of X",
given himself up "to Norwegian police", sheltered ("sought asylum in Y"), "U.S.-based", or before a
state's own court. The state that holds him is the one asked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.act_sides import self_surrender
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.homeward import deciding_courts
from diplotext.extractors.extradition.refuge import based_in, refuge_states
from diplotext.extractors.extradition.vocabulary import (
    CONTEST_NOUNS,
    GOVERNING_NOUNS,
    HELD_VERBS,
    SUSPECT_DESCRIPTIONS,
)
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["TRIBUNAL_SEATS", "home_of_the_description", "unnamed_regime", "whereabouts"]

TRIBUNAL_SEATS: Final = {"ICTY": "NLD", "ICC": "NLD", "ICTR": "TZA"}
_ARRESTS: Final = frozenset(["arrest", "capture", "seize"])
_HANDOVERS: Final = lexicon.words("events", "surrender verbs placing the suspect")
"""Surrenders whose "at"/"in" place is where the suspect was held ("handed over to Sri Lankan
officers at Dubai airport")."""
_WHEREABOUTS: Final = frozenset(
    [
        "be",
        "live",
        "hold",
        "detain",
        "jail",
        "imprison",
        "hide",
        "remain",
        "stay",
        "reside",
        *_ARRESTS,
        *_HANDOVERS,
    ]
)


def whereabouts(
    ctx: EventContext, suspect: Actor, sentences: Iterable[int], asking: str | None, tribunal: str | None
) -> str | None:
    """Where the suspect is said to be (held, living, jailed, on probation "in X"), when no
    sentence says which state is asked: that state holds him."""
    seen: set[int] = set()
    skip = {asking, TRIBUNAL_SEATS.get(asking or "")}  # "held in The Hague": the tribunal's seat
    found: list[tuple[int, str]] = []
    for s, _ in suspect.mentions:
        idx = ctx.layer.sentence_at(s)
        if idx in seen or not ctx.layer.sentences:
            continue
        seen.add(idx)
        for clause in ctx.layer.in_sentence(idx):
            sheltering = [c for c in refuge_states(ctx, clause, suspect, tribunal) if c not in skip]
            found += [(1, c) for c in sheltering[:1]]  # "sought asylum in Y", "fled to Y"
            if self_surrender(ctx, clause) and suspect in ctx.persons(clause.subject):
                # "X surrendered to Norwegian police", "X turned himself in to police in Oslo"
                to = [a.phrase for a in clause.preps("to", "in")]
                found += [(1, c) for c in _held_by(ctx, to) if c not in skip][:1]
                continue
            if suspect in ctx.persons(clause.subject):
                # "X was brought to the United States after his arrest in South Africa"
                found += [(0, c) for c in _arrest_noun_states(ctx, clause, suspect) if c not in skip][:1]
                # "X waived his right to fight extradition at a hearing in Madrid"
                found += [(1, c) for c in _hearing_places(ctx, clause) if c not in skip][:1]
            if clause.predicate.lemma not in _WHEREABOUTS:
                continue
            phrases = [a.phrase for a in clause.preps("in", "at")] + _fronted_place(ctx, clause)
            if _arrested_by(ctx, clause, suspect) and clause.subject is not None:
                # "police in Spain arrested X", "police in the Canadian city of Calgary",
                # "Austrian police detained X": where the police are
                phrases += [p for prep, p in clause.subject.preps if prep == "in"]
                found += [(0, c) for c in _held_by(ctx, [clause.subject]) if c not in skip][:1]
            elif suspect not in ctx.persons(clause.subject) and not _apposed_description(
                ctx, clause, suspect
            ):
                continue
            for phrase in phrases:
                # "arrested at Amsterdam's airport", "on probation in Romania"
                for e in phrase.entities:
                    if (
                        e.kind in ("state", "place")
                        and e.code
                        and e.code not in skip
                        and e.place_kind != "demonym"
                    ):
                        # where he was arrested first, then where he is held
                        found.append((0 if clause.predicate.lemma in _ARRESTS else 1, e.code))
    if not found:
        # "The former general was arrested in Spain. He was handed to the tribunal", "the
        # extradition of a trader detained in X": an arrest or detention told of a description, in
        # or right before the case's own sentences
        for idx in sorted({i - k for i in sentences for k in (0, 1)} - seen):
            for clause in ctx.layer.in_sentence(idx) if idx >= 0 else ():
                pred = clause.predicate
                if (
                    pred.lemma not in HELD_VERBS  # passive: "a trader detained in X"
                    or not pred.passive
                    or ctx.persons(clause.subject) not in ([], [suspect])
                ):
                    continue
                for a in clause.preps("in"):
                    codes = [e.code for e in ctx.places(a.phrase) if e.code and e.code not in skip]
                    if codes:
                        return codes[0]
    found = found or [(2, c) for c in based_in(ctx, suspect) if c not in skip]  # "U.S.-based X"
    found = found or [(3, c) for c in deciding_courts(ctx, sorted(sentences)) if c not in skip]
    return min(found)[1] if found else None


def _hearing_places(ctx: EventContext, clause: Clause) -> list[str]:
    """ "at a hearing in Madrid", "before a court in Lisbon", "lost his appeal in British courts":
    the state of the place of a hearing or court the suspect's clause is told at."""
    args = clause.args
    out: list[str] = []
    # "after losing a last appeal in British courts": a contest fought in a state's courts
    contest = any(a.role == "object" and a.phrase.head.lower() in CONTEST_NOUNS for a in args)
    out += [
        e.code
        for a in args
        if contest
        and a.role == "pp"
        and a.prep == "in"
        and a.phrase.head.lower().removesuffix("s") in _HEARINGS
        for e in a.phrase.entities
        if e.kind in ("state", "place") and e.code
    ]
    for i, a in enumerate(args):
        # "at a hearing in Madrid", "at the High Court in London" (a named court's last word)
        head = a.phrase.head.lower().rsplit(maxsplit=1)[-1] if a.phrase.head else ""
        if a.role != "pp" or a.prep not in ("at", "before") or head not in _HEARINGS:
            continue
        places = [p for prep, p in a.phrase.preps if prep == "in"]
        places += [b.phrase for b in args if b.prep == "in" and b.after == i]
        out += [e.code for p in places for e in p.entities if e.kind in ("state", "place") and e.code]
    return out


_HEARINGS: Final = lexicon.words("events", "hearing nouns")


def _fronted_place(ctx: EventContext, clause: Clause) -> list[Phrase]:
    """ "In Cape Town, police said agents arrested X at the airport": the place that opens the
    sentence of the report an arrest is told in is where it was made."""
    parent = ctx.parent(clause)
    if clause.kind != "complement" or parent is None or parent is clause:
        return []
    start = ctx.layer.sentences[clause.sentence][0]
    return [a.phrase for a in parent.preps("in") if ctx.text[start : a.phrase.start].strip().lower() == "in"]


def _apposed_description(ctx: EventContext, clause: Clause, suspect: Actor) -> bool:
    """ "X, a Russian businessman held in Madrid", "X, a banker who lives in Vienna": a participle
    or relative of holding (passive, or living / hiding) whose subject is a description set right
    after the suspect's name (only a comma between them)."""
    subject = clause.subject
    if (
        clause.kind not in ("participle", "relative")
        or clause.predicate.lemma not in HELD_VERBS
        # "held", "detained"; and "who lives / hides in X" (active)
        or not (clause.predicate.passive or clause.predicate.lemma in ("live", "hide"))
        or subject is None
        or any(e.kind == "person" for e in subject.entities)
        or not _describes_someone(subject)
    ):
        return False
    return any(ctx.text[e : subject.start].strip() == "," for _, e in suspect.mentions if e <= subject.start)


def _describes_someone(subject: Phrase) -> bool:
    """A description that may stand for the suspect: a suspect noun ("a banker"), or any occupation
    told with "a"/"an" that is no body of a state ("X, a journalist living in Stockholm", "X, a lorry
    driver who lives in Oslo"; not "a court in Oslo")."""
    head = subject.head.lower()
    if head in SUSPECT_DESCRIPTIONS:
        return True
    return (
        subject.words[:1] in (("a",), ("an",))
        and head not in GOVERNING_NOUNS
        and not any(e.kind in ("state", "organization", "group") for e in subject.entities)
    )


def _arrest_noun_states(ctx: EventContext, clause: Clause, suspect: Actor) -> list[str]:
    """The states in the "in" phrase of an arrest noun the suspect owns ("after his arrest in
    Spain", "since X's capture in Peru"), in a clause he is the subject of."""
    out: list[str] = []
    args = clause.args
    for i, a in enumerate(args):
        p = a.phrase
        owner = p.possessor
        if p.head.lower() not in _ARRESTS or owner is None or owner.actor != suspect:
            continue
        places = [q for prep, q in p.preps if prep == "in"]
        # (or the "in" phrase the clause takes right after it)
        nxt = args[i + 1] if i + 1 < len(args) else None
        if nxt is not None and nxt.prep == "in" and ctx.text[p.end : nxt.phrase.start].strip() in ("", "in"):
            places.append(nxt.phrase)
        for q in places:
            out += [e.code for e in q.entities if e.kind in ("state", "place") and e.code]
    return out


def _held_by(ctx: EventContext, phrases: list[Phrase]) -> list[str]:
    """The states of bodies that hold someone: "Norwegian police", "police in Oslo", "the
    authorities in the Canadian city of Calgary" (a demonym on the police, or on a kind of place)."""
    out: list[str] = []
    for phrase in phrases:
        for p in (phrase, *(q for prep, q in phrase.preps if prep == "in")):
            head = p.head.lower()
            for e in p.entities:
                if e.kind not in ("state", "place") or not e.code:
                    continue
                if e.place_kind != "demonym" or head in _HOLDING_BODIES or head in _PLACE_NOUNS:
                    out.append(e.code)
    return out


_HOLDING_BODIES: Final = lexicon.words("events", "holding bodies")
_PLACE_NOUNS: Final = lexicon.words("events", "place nouns")


def _arrested_by(ctx: EventContext, clause: Clause, person: Actor) -> bool:
    """Is the clause an active arrest or detention of the person ("police in Spain arrested X")?"""
    pred = clause.predicate
    return (
        pred.lemma in ("arrest", "detain")
        and not pred.passive
        and not pred.negated
        and clause.subject is not None
        # "arrested two German men, A and B,": the names apposed to the object
        and any(person in ctx.persons(a.phrase) for a in clause.args if a.role in ("object", "apposition"))
    )


def unnamed_regime(
    ctx: EventContext, acts: Iterable[Act], asking: str | None, suspect_state: str | None
) -> str | None:
    """ "Britain froze aid to Sudan after the junta refused to hand over X": a body that names no
    state ("the junta", "the regime") refusing or handing over, in a sentence that names one state
    besides the asking one (and the suspect's), is that state's; in a sentence that names none, in
    a story with no dateline, the one such state the story names."""
    for act in acts:
        clause = act.frame.clause
        doers = clause.subject
        if act.frame.phrase is not None or doers is None or doers.entities:
            continue
        if doers.head.lower().split()[-1] not in GOVERNING_NOUNS:
            continue
        start, end = ctx.layer.sentences[clause.sentence]
        named = {
            e.code
            for e in ctx.layer.entities_in(start, end)
            if e.kind in ("state", "place") and e.code and e.code not in (asking, suspect_state)
        }
        if len(named) == 1:
            return named.pop()
        if not named and ctx.dateline_code is None:
            # "Washington attacked after the hardliners refused to hand over X": with no dateline,
            # the one other state the whole story names by name
            story = {
                e.code
                for e in ctx.layer.entities_in(0, len(ctx.text))
                if e.kind in ("state", "place")
                and e.code
                and e.code not in (asking, suspect_state)
                and e.place_kind != "demonym"  # "a Norwegian vehicle": no state the story is about
            }
            if len(story) == 1:
                return story.pop()
    return None


def home_of_the_description(ctx: EventContext, acts: Iterable[Act], asking: str | None) -> str | None:
    """ "A 29-year-old man from Leeds accused of X can be extradited to the US": the place the
    description standing for the suspect says they are from (other than the asking state) is the
    state that holds them."""
    for act in acts:
        for a in act.frame.clause.args:
            phrase = a.phrase
            if a.role not in ("subject", "object") or any(e.kind == "person" for e in phrase.entities):
                continue
            for prep, inner in phrase.preps:
                if prep != "from":
                    continue
                for e in ctx.places(inner):
                    if e.code and e.code != asking and e.place_kind in ("city", "seat", "country"):
                        return e.code
            # "the hearing of a Johannesburg businessman wanted in the US": a city before the noun
            # (a capital too, read as its state: "A Dublin man wanted in the US")
            for p in (phrase, *(inner for prep, inner in phrase.preps if prep == "of")):
                if p.head.lower() not in SUSPECT_DESCRIPTIONS:
                    continue
                for e in p.entities:
                    if (
                        e.kind in ("place", "state")
                        and e.place_kind == "city"
                        and e.code
                        and e.code != asking
                        and e.end <= p.head_span[0]
                    ):
                        return e.code
    return None
