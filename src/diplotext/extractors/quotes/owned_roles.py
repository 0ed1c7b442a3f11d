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
    """The person named last before an owner's role ("the union's president", "Norvale's chief
    executive") with that role and the owner's words written before the name or in apposition after
    it ("Karen X, the union's president,", "union president Karen X", "Ann X, the chief executive of
    Norvale Corp,"), or ``None``."""
    if _OWNER.search(m.text, None, None, KEEP_GIL) is None:
        return None
    if not m.text[:1].isupper() and (
        DEFINITE_BEFORE.search(resolver.text, max(0, m.start - 5), m.start, KEEP_GIL) is None
    ):
        return None  # "a union's president": someone new
    role = person_role(m.text)
    words = owner_role_words(m.text)
    if role is None or role != head_noun(m.text) or not words:
        return None  # "the firm's staff": no one person
    named = introduced_as(resolver, history, role, m.start, words) or _holder_of(
        resolver, history, role, words, m.start
    )
    return Said(named, None, m, True) if named is not None else None


def _holder_of(
    resolver: Resolver, history: History, role: str, words: frozenset[str], pos: int
) -> str | None:
    """The person named last before ``pos``, outside anyone's direct words, with the role in
    apposition and its owner after "of", "at" or "for" ("Ann X, the chief executive of Norvale
    Corp,"), every one of ``words`` in the apposition."""
    text = resolver.text
    for n in reversed(resolver.names_before(pos)):
        if history.quoted(n.start):
            continue
        got = _ROLE_OF.match(text, n.end, min(pos, n.end + 120), KEEP_GIL)
        if got is None or got.group("head").lower() != role:
            continue
        said = frozenset(w.lower() for w in _LETTERS.findall(got.group(0), None, None, False, KEEP_GIL))
        if words <= said:
            return n.name
    return None


_OWNER: Final = regex.compile(r"^\p{L}[\p{L}\-]*['’]s\s")
"""An owner's word opening the description ("union's president", not "Ann's union president")."""
_ROLE_OF: Final = regex.compile(
    r",\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}?(?P<head>\p{L}+)\s+(?:of|at|for)\s+(?:the\s+)?[^,.;:()\"“”]{1,60}"
)
"""A role in apposition with its owner after a preposition (", the chief executive of Norvale Corp")."""
_LETTERS: Final = regex.compile(r"[\p{L}\-]+")
_POSSESSIVE_S: Final = regex.compile(r"['’]s$")
"""The possessive ending of an owner's word before a title ("the union's president")."""
