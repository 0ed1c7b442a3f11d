"""Whom a visitor met, told by what the visitor said to them: "X told Chinese President Y during
a visit to Beijing that ..." — an official of the host state told something in person (not by
telephone or letter) in a sentence of the visit is met."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.cases import Case
from diplotext.extractors.visits.vocabulary import MEET_NOUNS, REPORTING_VERBS
from diplotext.model import Actor

__all__ = ["their_talks", "told_in_person"]

_TELLING: Final = lexicon.words("events", "telling verbs")
_REMOTE: Final = lexicon.words("events", "remote means")


def told_in_person(
    ctx: EventContext, sentences: Iterable[int], by_visitor: dict[str, list[Case]]
) -> Iterator[tuple[Case, Actor]]:
    """(case, person) for each official of the case's host state whom its visitor tells something
    in the given sentences."""
    for idx in sorted(set(sentences)):
        for frame in ctx.frames(idx, _TELLING, ()):
            clause = frame.clause
            if clause.predicate.negated or frame.phrase is not None:
                continue
            words = ctx.text[clause.start : clause.end].lower().replace("-", " ").split()
            if not _REMOTE.isdisjoint(words):
                continue  # "told X by telephone"
            told = [p for a in clause.args if a.role == "object" for p in ctx.persons(a.phrase)]
            for speaker in ctx.persons(ctx.doers(clause)):
                for case in by_visitor.get(speaker.id, []):
                    for person in told:
                        if (
                            person.id != speaker.id
                            and ctx.official(person)
                            and ctx.state_of(person) == case.host
                        ):
                            yield case, person


def their_talks(
    ctx: EventContext, sentences: Iterable[int], by_visitor: dict[str, list[Case]]
) -> Iterator[tuple[Case, Actor]]:
    """(case, person) for an official of the case's host state who says "their talks" (their
    meeting, their discussions) were something: the talks of the speaker and the visitor
    ("Russian foreign minister X said their talks had been positive")."""
    cases = [c for cs in by_visitor.values() for c in cs]
    for idx in sorted(set(sentences)):
        if not ctx.layer.may_hold(idx, MEET_NOUNS):
            continue  # no meeting noun to head "their talks": the sentence's parse is spared
        for clause in ctx.layer.in_sentence(idx):
            subject = clause.subject
            if (
                clause.kind != "complement"
                or subject is None
                or subject.words[:1] != ("their",)
                or subject.head.lower() not in MEET_NOUNS
            ):
                continue
            parent = ctx.parent(clause)
            if parent is None or parent is clause or parent.predicate.lemma not in REPORTING_VERBS:
                continue
            for speaker in ctx.persons(parent.subject):
                state = ctx.state_of(speaker)
                if not ctx.official(speaker) or state is None:
                    continue
                hosted = [c for c in cases if c.host == state and c.visitor.id != speaker.id]
                if len(hosted) == 1:
                    yield hosted[0], speaker
