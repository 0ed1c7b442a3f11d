"""A surrender escaped: "X avoided extradition to Russia on Monday when a court ruled ...", "X
escaped extradition after judges found the charges political". Told once in the simple past, the
surrender did not happen: it was refused. "has avoided extradition for ten years", "is trying to
avoid extradition", "avoided extradition by fleeing to Brazil" leave the case open.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause

__all__ = ["escaped"]

_ESCAPING: Final = lexicon.words("events", "verbs of a surrender escaped")


def escaped(ctx: EventContext, clause: Clause) -> bool:
    """Is the clause a surrender escaped once and for all (simple past, no duration, no means)?"""
    pred = clause.predicate
    if pred.lemma not in _ESCAPING or pred.negated or pred.modal or pred.chain:
        return False
    if pred.tense != "past" or pred.aspect != "simple" or not pred.finite:
        return False
    if any(a.role == "pp" and a.prep in ("for", "by", "since") for a in clause.args):
        return False  # "avoided extradition for a decade", "by a ruse"
    return not any(
        c.parent == clause.index
        and (
            (c.marker or "").lower() in _MEANS
            or _WORD_BEFORE.search(ctx.text[max(0, c.start - 12) : c.start]) is not None
        )
        for c in ctx.layer.in_sentence(clause.sentence)
    )  # "avoided extradition by fleeing to Brazil"


_MEANS: Final = frozenset(["by", "for", "until"])
_WORD_BEFORE: Final = regex.compile(r"\b(?i:by|until)\s*\Z")
