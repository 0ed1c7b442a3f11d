"""The sex an article tells of a person by its own words, when no honorific or given name does: a
role of one sex ("queen", "spokeswoman") or the pronoun that follows the person's name in its
sentence before anyone else is named ("X said her party ...", "X, who lost his seat, ..."); see
docs/quotes.md, "Speaker resolution"."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.roles import role_gender
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS, PRONOUN_GENDERS

__all__ = ["ToldSex", "description_role_sex", "role_sex", "told_sex"]


def role_sex(actor: Actor) -> str | None:
    """``m`` or ``f`` as a role of one sex the actors layer gave the person tells ("spokeswoman")."""
    return role_gender([r for r in actor.roles if r not in _UNSEXED_ROLES])


def description_role_sex(description: str | None) -> str | None:
    """``m`` or ``f`` as the head of a description a speaker was left as tells ("spokesman for the
    finance committee", "a spokeswoman"), by the role before any "for", "of", "at" or "with";
    ``None`` for a name or a head of either sex."""
    if not description or not description[:1].islower():
        return None
    head = _BODY_AFTER.split(description, 1)[0].split()
    if not head or head[-1].lower() in _UNSEXED_ROLES:
        return None
    return role_gender([head[-1].lower()])


def told_sex(text: str, actor: Actor, other_named: Callable[[int, int], bool]) -> str | None:
    """``m`` or ``f`` as the article tells it of ``actor``: its roles first, else the pronouns right
    after its named mentions (``other_named(lo, hi)``: is another person named between?), when they
    all agree; ``None`` when nothing tells or they disagree."""
    by_role = role_sex(actor)
    if by_role is not None:
        return by_role
    seen: set[str] = set()
    for s, e in actor.mentions[:_MOST_MENTIONS]:
        if text[s:e].lower() in OBJECT_OR_SUBJECT_PRONOUNS:
            continue
        m = _OWN_PRONOUN.match(text, e, min(len(text), e + _REACH), KEEP_GIL)
        if m is None or other_named(e, m.end()):
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
_BODY_AFTER: Final = regex.compile(r"\s(?:for|of|at|with)\s")
"""Where the body a described person is one of begins ("spokesman *for* the committee")."""
_UNSEXED_ROLES: Final = lexicon.words("speech", "roles that tell no sex of their holder")
_REACH: Final = 120
"""How far after a name its pronoun may stand."""
_MOST_MENTIONS: Final = 60


class ToldSex:
    """:func:`told_sex` of each person of one article, read on first use; ``mentions`` are the
    actors' mentions sorted by start, ``starts`` their starts."""

    def __init__(self, text: str, mentions: Sequence[tuple[int, int, Actor]], starts: Sequence[int]) -> None:
        self._text = text
        self._mentions = mentions
        self._starts = starts
        self._known: dict[str, str | None] = {}

    def of(self, actor: Actor) -> str | None:
        if actor.id not in self._known:
            self._known[actor.id] = told_sex(self._text, actor, lambda lo, hi: self._other(actor, lo, hi))
        return self._known[actor.id]

    def _other(self, actor: Actor, lo: int, hi: int) -> bool:
        """Is a person other than ``actor`` mentioned starting after ``lo`` and before ``hi``?"""
        k = bisect.bisect_right(self._starts, lo)
        while k < len(self._mentions) and self._mentions[k][0] < hi:
            other = self._mentions[k][2]
            if other.kind == "person" and other.id != actor.id:
                return True
            k += 1
        return False
