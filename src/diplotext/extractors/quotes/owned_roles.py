"""Speakers described by an owner's role ("the union's president said", "the company's chief
executive added"): the person the article introduced with that role of that owner (see
docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .mentions import Mention, head_noun
from .resolver import Resolver
from .speaker_history import DEFINITE_BEFORE, History, Said
from .speaker_roles import introduced_as, person_role

__all__ = ["owned_role_holder", "owner_role_words"]


def owner_role_words(text: str) -> frozenset[str]:
    """The words of a description before its head, lower case, an owner's word without its "'s"
    ("union's president" -> {"union"}, "company's chief executive" -> {"company", "chief"})."""
    return frozenset(_POSSESSIVE_S.sub("", w) for w in text.lower().split()[:-1] if w != "the")


def owned_role_holder(resolver: Resolver, history: History, m: Mention) -> Said | None:
    """The person named last before a definite owner's role ("the union's president") with that
    role and the owner's words written before the name or in apposition after it ("Karen X, the
    union's president,", "union president Karen X"), or ``None``."""
    if _OWNER.search(m.text, None, None, KEEP_GIL) is None:
        return None
    if DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is None:
        return None
    role = person_role(m.text)
    words = owner_role_words(m.text)
    if role is None or role != head_noun(m.text) or not words:
        return None  # "the firm's staff": no one person
    named = introduced_as(resolver, history, role, m.start, words)
    return Said(named, None, m, True) if named is not None else None


_OWNER: Final = regex.compile(r"^\p{L}[\p{L}\-]*['’]s\s")
"""An owner's word opening the description ("union's president", not "Ann's union president")."""
_POSSESSIVE_S: Final = regex.compile(r"['’]s$")
"""The possessive ending of an owner's word before a title ("the union's president")."""
