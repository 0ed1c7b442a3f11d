"""A step the case has time left for: "The case will now be sent to the home secretary, who has two
months to decide whether to order his extradition", "He has 10 days to appeal". The step is told as
still open to someone, not taken: it leaves the status the decision before it gave (a grant stays a
grant), and opens no pending case of its own.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause

__all__ = ["time_left"]

_UNITS: Final = lexicon.words("time", "time units")
_WORD: Final = regex.compile(r"[\p{L}]+")
_UP: Final = 3
"""How many infinitives up the clause of time left may stand ("has two months to decide whether to order")."""


def time_left(ctx: EventContext, clause: Clause) -> bool:
    """Does the clause hang, through infinitives, on "have" + a length of time ("has two months to")?"""
    child = clause
    for _ in range(_UP):
        parent = ctx.parent(child)
        if parent is None or parent is child or child.kind != "infinitive":
            return False
        pred = parent.predicate
        if pred.lemma == "have" and not pred.negated:
            between = _WORD.findall(ctx.text, pred.end, child.start)
            if 1 <= len(between) <= 4 and between[-1].lower() in _UNITS:
                return True  # "has two months [to]", "has 10 days [to]"
        child = parent
    return False
