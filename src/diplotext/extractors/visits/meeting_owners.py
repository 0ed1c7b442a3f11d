"""Whose meeting a meeting phrase is, and when it is, apart from the clause's subject: "a meeting
between A and B" is A's and B's, not that of whoever arranged it; "her talk with Y" is hers, though
the clause is about its topic; "where talks with Y are planned" is the talks of the one visitor
whose trip the sentence tells. A meeting is placed by the trip it is held during and dated
against the trip's own days. A meeting told as still to come ("will hold talks with Y", "was
expected to brief Y") is no part of a trip told as done.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, compare_to, date_value
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, TRIP_NOUNS
from diplotext.model import Actor
from diplotext.patterns import lazy, word_trie
from diplotext.syntax import Clause, Phrase

__all__ = ["between_parties", "clause_at", "gone_by", "phrase_owner", "teller_of", "to_come", "trip_sentence"]

_SCHEDULING: Final = lexicon.words("events", "scheduling words")
_GATHERINGS: Final = MEET_NOUNS | {"conference", "forum", "session", "ceremony"}
_AHEAD: Final = lexicon.words("events", "modalities of a meeting to come")
_NOUN_BEFORE: Final = lazy(r"\b(?:" + word_trie(sorted(MEET_NOUNS)) + r")[ \t]+\Z", regex.IGNORECASE)
"""A meeting noun right before a time, which dates that meeting ("to brief X on his talks last
month"), not the clause."""


def between_parties(ctx: EventContext, frame: Frame) -> list[Actor]:
    """The persons of a meeting phrase's "between" ("arranged a meeting between A and B"): two or
    more, who meet each other whoever the clause's subject is."""
    if frame.phrase is None:
        return []
    people = [p for prep, ph in frame.phrases() if prep == "between" for p in ctx.persons(ph)]
    return people if len({p.id for p in people}) >= 2 else []


def climbs(clause: Clause) -> bool:
    """Are a meeting phrase's people, when its clause has none, those of the clause this one hangs
    on: a relative or a participle's, or a reported clause's whose subject is itself a meeting
    ("X said the meeting was like Monday's talks with Y": the talks are X's)?"""
    if clause.kind in ("relative", "participle"):
        return True
    subject = clause.subject
    return clause.kind == "complement" and subject is not None and subject.head.lower() in MEET_NOUNS


def phrase_owner(frame: Frame) -> list[Actor]:
    """The person who owns a meeting phrase ("her bilateral talk with Y", "X's talks with Y")."""
    phrase = frame.phrase
    if phrase is None:
        return []
    owners = phrase.possessors or ((phrase.possessor,) if phrase.possessor is not None else ())
    return [e.actor for e in owners if e.kind == "person" and e.actor is not None]


def teller_of(ctx: EventContext, sentence: int, cases: list[Case]) -> list[Actor]:
    """The one visitor whose trip the sentence tells ("will travel to Seoul, where talks with Y are
    planned"), if one."""
    span = ctx.layer.sentences[sentence]
    found = {c.visitor.id: c.visitor for c in cases if span in c.evidence}
    return list(found.values()) if len(found) == 1 else []


def trip_sentence(ctx: EventContext, sentence: int, case: Case) -> bool:
    """Does the case's evidence hold the sentence?"""
    return ctx.layer.sentences[sentence] in case.evidence


def trip_destinations(ctx: EventContext, frame: Frame) -> set[str]:
    """The states a meeting is placed in by the trip it is held during ("a meeting between A and
    B during B's planned trip to Warsaw"): those of the trip's "to" phrase."""
    found: set[str] = set()
    during = False
    for prep, p in [*frame.phrases(), *((a.prep, a.phrase) for a in frame.clause.args if a.role == "pp")]:
        if prep == "during":
            during = p.head.lower() in TRIP_NOUNS
            targets = [q for pp, q in p.preps if pp == "to"] if during else []
        elif during and prep == "to":
            targets = [p]
        else:
            during = False
            continue
        found |= {e.code for q in targets for e in ctx.places(q) if e.code}
    return found


def dateline_case(ctx: EventContext, cases: list[Case]) -> Case | None:
    """The one case, not a trip still to come, in the state of the story's dateline ("BEIJING -
    X held talks with the leaders of A and B on the sidelines of the summit"), if one."""
    if not ctx.article.dateline or ctx.dateline_code is None:
        return None
    found = [
        c
        for c in cases
        if c.host == ctx.dateline_code and c.uses and not all(u.trip.status == "planned" for u in c.uses)
    ]
    return found[0] if len(found) == 1 else None


def gone_by(case: Case) -> bool:
    """Is every frame of the case a visit told as done?"""
    return bool(case.uses) and all(u.trip.status in ("completed", "ended") for u in case.uses)


def to_come(ctx: EventContext, clause: Clause, nominal: bool = False) -> bool:
    """Is the clause told of a time to come, itself or, for a participle or an infinitive, the
    clause it hangs on ("will include a meeting co-chaired by X"; "was expected to brief X"; not
    "would discuss decisions made during their meeting in September", dated before publication)?
    A date right after a meeting noun dates that meeting ("to brief X on his talks last month"):
    it tells for a ``nominal`` frame only."""
    for t in clause.times:
        if (
            t.type == "DATE"
            and compare_to(t.value, ctx.published) == -1
            and (nominal or not _NOUN_BEFORE.search(ctx.text, max(0, t.start - 40), t.start))
        ):
            return False
    for _ in range(3):
        pred = clause.predicate
        if pred.tense == "future" or pred.modal in ("will", "would", "shall"):
            return True
        if not _AHEAD.isdisjoint(pred.chain):
            return True  # "was expected to brief X", "agreed to meet X"
        parent = ctx.parent(clause)
        if clause.kind not in ("participle", "infinitive") or parent is None or parent is clause:
            return False
        if clause.kind == "infinitive" and parent.predicate.lemma in _SCHEDULING:
            return True  # "he was expected, aides said, to brief X"
        clause = parent
    return False


def clause_at(ctx: EventContext, sentence: int, offset: int) -> Clause | None:
    """The narrowest clause of the sentence that holds the offset."""
    best: Clause | None = None
    for c in ctx.layer.in_sentence(sentence):
        if c.start <= offset < c.end and (best is None or c.end - c.start < best.end - best.start):
            best = c
    return best


def names_gathering(phrase: Phrase | None) -> bool:
    """Is the phrase a meeting, or part of one ("the sidelines of a summit")?"""
    while phrase is not None:
        if phrase.head.lower() in _GATHERINGS:
            return True
        phrase = next((p for prep, p in phrase.preps if prep == "of"), None)
    return False


def before_trip(frame: Frame, case: Case) -> bool:
    """Is the meeting dated before every date the case's own frames give (a meeting on Monday,
    a trip that began on Wednesday)?"""
    met = [date_value(t.value) for t in frame.clause.times if t.type in ("DATE", "TIME")]
    own = [date_value(t.value) for u in case.uses if u.own for t in u.trip.dates]
    days = [d for d in met if d is not None and d[2] is not None]
    starts = [d for d in own if d is not None and d[2] is not None]
    return bool(days and starts) and max(days) < min(starts)
