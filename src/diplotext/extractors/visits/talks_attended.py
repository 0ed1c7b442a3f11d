"""Those who attended a visitor's talks met the visitor: "The talks were also attended by
Defence Minister X", "Defence Minister X also attended the meeting", told of talks held on a
visit (in the sentence or the two before), by an official of the host state."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.vocabulary import MEET_NOUNS
from diplotext.model import Actor

__all__ = ["attendees"]

_ATTENDING: Final = lexicon.words("events", "verbs of attending talks")
_WORDS: Final = frozenset(w for v in _ATTENDING for w in (v, v + "s", v + "ed"))


def attendees(ctx: EventContext) -> Iterator[tuple[int, Actor]]:
    """``(sentence, person)`` for each official said to have attended talks or a meeting there:
    the agent of a passive whose subject is the talks, or the subject of an active whose object
    is (never under a negation)."""
    for idx in ctx.layer.with_words(_WORDS):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            if pred.lemma not in _ATTENDING or pred.negated or pred.tense == "future" or pred.modal:
                continue
            if pred.passive:
                talks = clause.subject
                people = [p for a in clause.args if a.role == "agent" for p in ctx.persons(a.phrase)]
            else:
                talks = next((a.phrase for a in clause.args if a.role == "object"), None)
                people = list(ctx.persons(clause.subject)) if clause.subject is not None else []
            if talks is None or talks.head.lower() not in MEET_NOUNS or ctx.persons(talks):
                continue
            for person in people:
                if ctx.official(person):
                    yield idx, person
