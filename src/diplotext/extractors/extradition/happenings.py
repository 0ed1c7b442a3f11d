"""A surrender noun as the subject of a verb of happening: "the handover of X to Peru took place on
Monday", "X's extradition went ahead": told in the past, the surrender is done. The verbs and the
word after them are in ``data/lexicon/events.txt`` (section "happening predicates")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause

__all__ = ["happened"]

_HAPPENING: Final = lexicon.mapping("events", "happening predicates")
"""Verb lemma -> the word right after it that makes it a happening ("take" -> "place")."""
_NEXT_WORD: Final = regex.compile(r"\s+(\w+)")


def happened(ctx: EventContext, clause: Clause) -> bool:
    """Does the clause's verb say its subject happened ("took place", "went ahead", "has taken
    place"), told as done (past or perfect, not negated, no modal)?"""
    pred = clause.predicate
    after = _HAPPENING.get(pred.lemma)
    if after is None or pred.negated or pred.modal or pred.passive:
        return False
    if not (pred.tense == "past" or pred.aspect.startswith("perfect")):
        return False
    found = _NEXT_WORD.match(ctx.text, pred.head[1])
    return found is not None and found.group(1).lower() == after
