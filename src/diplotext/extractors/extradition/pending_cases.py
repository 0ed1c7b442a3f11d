"""A case told as pending in a sentence after it: "India sent a request in February, and he was
arrested in April. His case is pending before Westminster Magistrates' Court." The suspect's own
case ("his case", "their extradition proceedings"), said to be pending or still pending, is before
the court: the surrender is pending. Only a case a possessive gives its owner is read: it names the
suspect, so it joins his case whatever the tense ("a separate fraud case", "the case" are none)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.vocabulary import SURRENDER_NOUNS
from diplotext.model import Actor
from diplotext.syntax import Phrase
from diplotext.syntax import words as W

__all__ = ["case_pending"]

_CASES: Final = lexicon.words("events", "cases told pending")
_PENDING: Final = regex.compile(r"[ \t]+(?:still[ \t]+)?pending\b")
_PENDING_WORD: Final = ("pending",)
"""What :data:`_PENDING` must find in the sentence (after its verb, with only blanks and "still"
between: no sentence ends there)."""


def _whose_case(phrase: Phrase | None) -> Actor | None:
    """Whose own case the phrase is ("his case", "their extradition proceedings": the person the
    possessive stands for), no other ("a separate fraud case", "the case"); else ``None``."""
    if phrase is None or phrase.head.lower() not in _CASES or any(not e.pronoun for e in phrase.entities):
        return None
    words = [w.lower() for w in phrase.words]
    owner = phrase.possessor
    if owner is None or owner.kind != "person" or not words or words[0] not in W.POSSESSIVES:
        return None
    return owner.actor if len(words) == 2 or (len(words) == 3 and words[1] in SURRENDER_NOUNS) else None


def case_pending(ctx: EventContext, idx: int) -> list[Act]:
    """The pending act of sentence ``idx`` when it says the suspect's case is (still) pending."""
    out: list[Act] = []
    if not ctx.layer.may_hold(idx, _PENDING_WORD):
        return out  # no "pending" in the sentence: nothing to read, no parse (its places are read)
    for clause in ctx.layer.in_sentence(idx):
        pred = clause.predicate
        if pred.lemma != "be" or pred.negated or pred.modal or pred.tense == "future":
            continue
        whose = _whose_case(clause.subject)
        if whose is None or _PENDING.match(ctx.text, pred.head[1]) is None:
            continue
        frame = Frame(lemma=pred.lemma, clause=clause, trigger=pred.head)
        dates = tuple(t for t in clause.times if t.type == "DATE")
        out.append(Act(frame=frame, suspects=(whose,), status="pending", dates=dates))
    return out
