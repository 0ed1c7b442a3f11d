"""The sex an article tells of a person by its own words, when no honorific or given name does: a
role of one sex ("queen", "spokeswoman") or the pronoun that follows the person's name in its
sentence before anyone else is named ("X said her party ...", "X, who lost his seat, ..."); see
docs/quotes.md, "Speaker resolution"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.roles import role_gender
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS, PRONOUN_GENDERS

__all__ = ["role_sex", "told_sex"]


def role_sex(actor: Actor) -> str | None:
    """``m`` or ``f`` as a role of one sex the actors layer gave the person tells ("spokeswoman")."""
    return role_gender([r for r in actor.roles if r not in _UNSEXED_ROLES])


def told_sex(text: str, actor: Actor, others: Sequence[int]) -> str | None:
    """``m`` or ``f`` as the article tells it of ``actor``: its roles first, else the pronouns right
    after its named mentions (``others``: where other people's names start, sorted), when they
    all agree; ``None`` when nothing tells or they disagree."""
    by_role = role_sex(actor)
    if by_role is not None:
        return by_role
    seen: set[str] = set()
    for s, e in actor.mentions[:_MOST_MENTIONS]:
        if text[s:e].lower() in OBJECT_OR_SUBJECT_PRONOUNS:
            continue
        m = _OWN_PRONOUN.match(text, e, min(len(text), e + _REACH), KEEP_GIL)
        if m is None or any(e < o < m.end() for o in others):
            continue  # "X told Ana Y that she ...": the pronoun may be the other person's
        seen.add(PRONOUN_GENDERS[(m.group(1) or m.group(2)).lower()])
    return seen.pop() if len(seen) == 1 else None


_OWN_PRONOUN: Final = regex.compile(
    r"(?:,[^,.;:!?\"“”\n]{1,80},)?[ \t]+(?:\p{Ll}+ly[ \t]+)?"
    r"(?:(?:said|says|told[ \t]+\p{L}+|tells[ \t]+\p{L}+)[ \t]+(?:that[ \t]+)?(he|she)"
    r"|(?:\p{Ll}+[ \t]+){1,2}?(his))(?![\p{L}])"
)
"""A name's own pronoun: "X said (that) she ...", "X, the mayor, told reporters he ...", "X lost his
seat" (a subject pronoun after a cue, or "his" after one verb; "her" may be the object)."""
_UNSEXED_ROLES: Final = lexicon.words("speech", "roles that tell no sex of their holder")
_REACH: Final = 120
"""How far after a name its pronoun may stand."""
_MOST_MENTIONS: Final = 60
