"""A request told right after an arrest abroad: "X, accused by French investigators of running a
smuggling ring, was arrested in Tangier in June. France filed an extradition request the same
month." The request names no one; the person the sentence before says was arrested in another
state is the one asked for, and that state is asked.
"""

from __future__ import annotations

from typing import Final

import attrs

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.arrests import read_arrest_request
from diplotext.extractors.extradition.sides import holders
from diplotext.extractors.extradition.vocabulary import MAKING_VERBS, REQUEST_NOUNS, WITHDRAWING_VERBS
from diplotext.syntax import Clause, Phrase

__all__ = ["request_after_arrest"]

_MAKING: Final = MAKING_VERBS - WITHDRAWING_VERBS
_SURRENDER_WORDS: Final = frozenset(["extradition", "surrender"])


def _a_surrender_request(obj: Phrase) -> bool:
    """Is the object a request for a surrender that names no one ("an extradition request", "a
    request for his extradition"), not one for another person ("a request for Y's extradition")?"""
    if obj.head.lower() not in REQUEST_NOUNS:
        return False
    if any(e.kind == "person" and not e.pronoun for e in obj.all_entities()):
        return False
    words = {w.lower() for w in obj.words}
    words.update(w.lower() for _, p in obj.preps for w in p.words)
    return not words.isdisjoint(_SURRENDER_WORDS)


def _request_made(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The states that make a surrender request in a main clause ("France filed an extradition
    request"), else none."""
    pred = clause.predicate
    if clause.kind != "main" or pred.negated or pred.modal or pred.lemma not in _MAKING:
        return []
    if not any(a.role == "object" and _a_surrender_request(a.phrase) for a in clause.args):
        return []
    after = clause.subject.end if clause.subject is not None else clause.start
    if any(e.kind == "person" and not e.pronoun for e in ctx.layer.entities_in(after, clause.end)):
        return []  # "filed an extradition request for Y": someone else's
    return holders(ctx, clause.subject, tribunal)


def request_after_arrest(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """The act of an arrest in one state of a named person when the next sentence tells another
    state's request for a surrender: that state asks, the state of the arrest is asked."""
    act = read_arrest_request(ctx, frame, tribunal, asking_needed=False)
    nxt = frame.sentence + 1
    if act is None or len(act.suspects) != 1 or nxt >= len(ctx.layer.sentences):
        return None
    for clause in ctx.layer.in_sentence(nxt):
        asking = [c for c in _request_made(ctx, clause, tribunal) if c not in act.requested]
        if len(asking) == 1:
            return attrs.evolve(act, requesting=tuple(asking))
    return None
