"""A trip told as an invitation someone holds (issue 9, twenty-fourth session, helper visits37):
"received an invitation to visit X" is an invitation, so a trip to come (``planned``), not a trip
made; one the guest "has yet to accept" or "has not taken up" ("an invitation to visit X, which
he has yet to accept", "has not yet accepted an invitation to visit X") is no trip at all."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.patterns import lazy, word_trie
from diplotext.syntax import Clause

__all__ = ["invitation_held", "unaccepted"]

_INVITATIONS: Final = lexicon.words("events", "invitation nouns")
_ACCEPTING: Final = sorted(lexicon.words("events", "forms of taking up an invitation"), key=len, reverse=True)
_NOT_YET: Final = sorted(lexicon.words("events", "words before an act not yet done"), key=len, reverse=True)
_PENDING: Final = lazy(
    r"(?:" + word_trie(_NOT_YET) + r")[ \t]+(?:" + word_trie(_ACCEPTING) + r")\b",
    regex.IGNORECASE,
)


def invitation_held(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip an infinitive on an invitation noun its parent clause holds ("received an
    invitation to visit X", "has an offer to visit X")?"""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent is clause:
        return False
    return any(a.role == "object" and a.phrase.head.lower() in _INVITATIONS for a in parent.args)


def unaccepted(ctx: EventContext, clause: Clause) -> bool:
    """Is the trip an infinitive on an invitation its sentence says is not taken up yet ("has yet to
    accept an invitation to visit X", "an invitation to visit X he has yet to accept")?"""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or parent is clause:
        return False
    if not any(a.phrase.head.lower() in _INVITATIONS for a in parent.args):
        return False
    start, end = ctx.layer.sentences[clause.sentence]
    return _PENDING.search(ctx.text, start, end) is not None
