"""What follows a cue: the source after "according to", and whether the words after a cue are an
inverted speaker ('"...," said he.', ", said a statement issued on Monday") or what was said
("said he always uses ...", "X, who was arrested, said the talks went well").
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.lexicon import longest_first
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import ClauseLayer
from diplotext.text import SENTENCE_OPENERS

from .subjects import can_speak

__all__ = ["according_phrase", "after_quote", "complement_after", "ends_phrase", "pronoun_subject"]

_OPENERS: Final = (
    "(?:" + "|".join(w.capitalize() for w in longest_first(SENTENCE_OPENERS) if w.isalpha()) + ")"
)
"""Closed-class words that open a sentence: after "the U.S." they are no part of the source."""
_WORD: Final = (
    r"[^\s,;:.()\"“”]+(?:\.[^\s,;:.()\"“”]+)*"
    r"(?:\.(?=\s+\p{Ll})|(?<=\.\p{Lu})\.(?=\s+\p{Lu})(?!\s+" + _OPENERS + r"(?!\p{L})))?"
)
"""A word of the source, dotted initials and all ("F.D.A. filings", "the B.C. Coroners Service")."""
_ACCORDING_NP: Final = regex.compile(
    rf"\s*((?:\p{{Lu}}\p{{L}}{{0,4}}\.(?=\s+\p{{Lu}})|{_WORD}|\.(?=\S))(?:\s+(?!(?:who|which|that|between|when|as|and\s+(?:the|a)\s|on|in\s+(?:a|an|the|its|his|her)\s)\b)"
    rf"(?:{_WORD}|\.(?=\S))){{0,7}})"
)
"""The source after "according to" (a title abbreviation opening it: "according to Sgt. X")."""


def according_phrase(text: str, pos: int, end: int) -> Span | None:
    """The source after "according to", up to a comma, a clause or eight words."""
    m = _ACCORDING_NP.match(text, pos, min(end, pos + 160), KEEP_GIL)
    if m is None:
        return None
    return m.span(1)


_SUBJECT_PRONOUN: Final = regex.compile(r"(?:he|she|they|we|it|i)\s+(?=\p{L})", regex.IGNORECASE)


def pronoun_subject(text: str, start: int, end: int) -> bool:
    """Do the words after a cue open with a pronoun and go on ("said he always uses ...")? Then
    they are the reported clause: an inverted pronoun speaker ends its phrase ('..., said he.')."""
    return _SUBJECT_PRONOUN.match(text, start, end, KEEP_GIL) is not None


def after_quote(lead: str) -> bool:
    """Does the cue follow a quotation (or nothing) in its stretch: '"...," said ...'?"""
    stripped = lead.rstrip(", ")
    return not stripped or stripped[-1] in _CLOSING_QUOTES


def complement_after(layer: ClauseLayer | None, cue_start: int, start: int, end: int) -> bool:
    """Are the words after a cue what was said ("X, who was arrested, said the talks went well"),
    not an inverted speaker (", said a statement issued on Monday")? So when the clause layer gives
    the cue a subject before it that can speak and a finite clause's verb stands in ``[start, end)``."""
    if layer is None or not layer.sentences:
        return False
    clauses = layer.in_sentence(layer.sentence_at(start))
    own = next((c for c in clauses if c.predicate.start <= cue_start < c.predicate.end), None)
    if own is None or own.subject is None or own.subject.start > cue_start or not can_speak(own.subject):
        return False
    return any(start < c.predicate.start < end and c.kind not in _NOT_FINITE for c in clauses)


_CLOSING_QUOTES: Final = frozenset("\"”'’")
_NOT_FINITE: Final = frozenset({"participle", "infinitive", "relative"})
"""Clauses that can sit inside a speaker phrase: "said a statement released on Monday"."""


def ends_phrase(text: str, pos: int, end: int) -> bool:
    """Does only punctuation (or the end) follow ``pos``?"""
    i = pos
    while i < end and text[i].isspace():
        i += 1
    return i >= end or text[i] in ",.;:!?)"
