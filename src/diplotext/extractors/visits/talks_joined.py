"""Whom a visitor met by joining their talks: a sentence right after the one that tells a
visitor's meeting says an official of the host state was there too ("Foreign Minister Y also
took part in the talks", "The talks were also attended by Y", "Also present at the meeting was
Y", "Y was also present", "They were joined by Y"). That official met the visitor."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import MEET_NOUNS
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["joined_talks"]

_JOIN: Final = lexicon.words("events", "verbs of joining a meeting")
_BEING_THERE: Final = lexicon.words("events", "words of being at a meeting")
_DEFINITE: Final = lexicon.words("events", "determiners of a meeting told again")


def joined_talks(ctx: EventContext, cases: Iterable[Case]) -> Iterator[tuple[Case, Actor]]:
    """(case, official) for each official of a case's host state a sentence after the case's
    meeting puts at that meeting."""
    told: dict[int, list[Case]] = {}
    for case in cases:
        if not case.met:
            continue  # no meeting of the visitor told
        for idx in {u.trip.frame.sentence for u in case.uses}:
            told.setdefault(idx + 1, []).append(case)
    for idx, near in sorted(told.items()):
        if idx >= len(ctx.layer.sentences) or not ctx.layer.may_hold(idx, _BEING_THERE | MEET_NOUNS):
            continue
        for clause in ctx.layer.in_sentence(idx):
            for person in _joiners(ctx, clause):
                code = ctx.state_of(person)
                fits = {c.visitor.id: c for c in near if c.host == code and c.visitor.id != person.id}
                if code is not None and ctx.official(person) and len(fits) == 1:
                    yield next(iter(fits.values())), person


def _joiners(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The persons a clause puts at the meeting told before: the subject of "attended the talks",
    "took part in the talks", "was also present"; the agent of "the talks were attended by"; the
    complement of "present at the meeting was"."""
    pred = clause.predicate
    if pred.negated or pred.lemma not in _JOIN or clause.kind not in ("main", "coordinate"):
        return []
    objects = [a.phrase for a in clause.args if a.role == "object"]
    pps = [a.phrase for a in clause.args if a.role == "pp"]
    if pred.lemma == "be":
        # "Y was also present" / "Also present at the meeting was Y"
        if not any(p.head.lower() in _BEING_THERE for p in objects) and not (
            _present_before(ctx, clause) and any(_meeting(p) for p in pps)
        ):
            return []
        return ctx.persons(clause.subject) + [a for p in objects for a in ctx.persons(p)]
    if pred.passive:
        # "they were joined by Y": whoever is joined, at the meeting told before
        if pred.lemma != "join" and (clause.subject is None or not _meeting(clause.subject)):
            return []
        return [a for x in clause.args if x.role == "agent" for a in ctx.persons(x.phrase)]
    if pred.lemma == "take" and not any(p.head.lower() in _BEING_THERE for p in objects):
        return []
    if not any(_meeting(p) for p in objects + pps):
        return []
    return ctx.persons(clause.subject)


def _present_before(ctx: EventContext, clause: Clause) -> bool:
    """Does the clause say "present" before its verb ("Also present at the meeting was")?"""
    start = ctx.layer.sentences[clause.sentence][0]
    return not _BEING_THERE.isdisjoint(ctx.text[start : clause.predicate.start].lower().split())


def _meeting(phrase: Phrase) -> bool:
    """Is the phrase the meeting told before ("the talks", "the meeting")?"""
    return phrase.head.lower() in MEET_NOUNS and bool(_DEFINITE.intersection(phrase.words[:1]))
