"""The person a "he" or "she" stands for when every speaker so far is of the other sex: the one
person named since at a sentence's start (or right after a reporting verb) whose sex nothing tells
otherwise ("Karin X said ... Robbie Y's future at the club ... '...,' he said": Robbie Y)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.roles import PRONOUNS
from diplotext.model import Actor

from .resolver import Resolver
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS

__all__ = ["unsexed_person_before"]

REACH: Final = 400
"""How far back (characters) the person may be named."""


def unsexed_person_before(
    resolver: Resolver, position: int, gender: str, said: Callable[[int], bool], lo: int = 0
) -> Actor | None:
    """The one person named (not by a pronoun, not inside a quote) at a sentence start between
    ``lo`` and ``position``, within :data:`REACH` characters, whose names tell no other sex than
    ``gender``, or joined to a pronoun of ``gender`` there; ``None`` when there are two or none."""
    text = resolver.text
    named: dict[str, Actor] = {}
    joined: dict[str, Actor] = {}  # with a pronoun of ``gender`` in the window
    for s, e, actor in resolver.mentions_back(position, max(lo, position - REACH)):
        if actor.kind != "person" or said(s) or _pronoun_sexes(text, actor) - {gender}:
            continue  # "Davis ... He frequently ...": a man, whom no "she" stands for
        if resolver.broad_gender(actor.name, actor.id) not in (None, gender):
            continue
        word = text[s:e].lower()
        if PRONOUN_SEX.get(word) == gender:
            joined[actor.id] = actor
        elif word not in OBJECT_OR_SUBJECT_PRONOUNS and (
            _opens_sentence(text, s) or _SAID_BEFORE.search(text, max(0, s - 15), s)
        ):
            named[actor.id] = actor  # "X's future at the club ...", "..., said X", not "starring X"
    # one such person only: with two ("X's future ... Y has also been linked"), nobody
    for found in (joined, named):
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _pronoun_sexes(text: str, actor: Actor) -> set[str]:
    """The sexes the "he", "him", "his", "she", "her" joined to a person tell, anywhere."""
    return {sex for s, e in actor.mentions if (sex := PRONOUN_SEX.get(text[s:e].lower()))}


def _opens_sentence(text: str, pos: int) -> bool:
    """Does a sentence or a paragraph open at ``pos`` (the text before it blank, or ending with a
    sentence's end)?"""
    before = text[max(0, pos - 6) : pos]
    if not before.strip():
        return pos < 6 or "\n" in before or not text[:pos].strip()
    return before.rstrip()[-1:] in _SENTENCE_ENDS and before[-1:].isspace()


PRONOUN_SEX: Final = {word: sex for word, sex in PRONOUNS.items() if sex in ("m", "f")}
_SENTENCE_ENDS: Final = frozenset('.!?"”’')
_SAID_BEFORE: Final = regex.compile(
    r"(?<![\p{L}])(?:"
    + lexicon.alternation("speech", "reporting words right before a speaker's name")
    + r")\s+$"
)
"""A reporting verb right before a name: the name is who spoke ("..., said X, an analyst")."""
