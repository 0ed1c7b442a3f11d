"""Whom a visitor met, told by what the visitor said to them: "X told Chinese President Y during
a visit to Beijing that ..." — an official of the host state told something in person (not by
telephone or letter) in a sentence of the visit is met."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.cases import Case
from diplotext.model import Actor

__all__ = ["told_in_person"]

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
