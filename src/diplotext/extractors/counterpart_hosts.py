"""A person told with a counterpart of their own: "talks between Foreign Minister X and her Indian
counterpart", "X and his visiting counterpart". X is the one the counterpart meets, so "the
visiting minister" of the story is never X (issue 9, twenty-sixth session, helper visits40)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

__all__ = ["has_a_counterpart"]

_NOUNS: Final = lexicon.alternation("events", "nouns of a counterpart", r"[ \t]+")
_OWN_COUNTERPART: Final = regex.compile(
    rf"[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,2}}(?i:{_NOUNS})\b"
)
"""Right after a mention: " and her Indian counterpart"."""
_REACH: Final = 60


def has_a_counterpart(text: str, actor: Actor) -> bool:
    """Is a mention of the person followed by "and his/her ... counterpart"?"""
    return any(
        _OWN_COUNTERPART.match(text, e, min(len(text), e + _REACH), KEEP_GIL) is not None
        for _, e in actor.mentions
    )
