"""Surnames written another way than in the full name the article gave: a particle a sentence start
capitalised ("Hamid al-Rashid ... Al-Rashid said"), a title word ("Jason King ... King says"; see
docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

from .article_names import person_name
from .mentions import TITLE_WORDS
from .resolver import Resolver

__all__ = ["after_the", "capitalised_particle", "title_surname"]


def after_the(text: str, position: int) -> bool:
    """Does "the" stand right before ``position`` ("the King": a title, no surname)?"""
    return text[max(0, position - 4) : position].lower() == "the "


def title_surname(resolver: Resolver, word: str, position: int) -> str | None:
    """The fullest person name the article ends with ``word``, a title word ("Jason King" for
    "King says"), the last one named at or before ``position`` (else the first); ``None`` when none."""
    low = word.lower()
    if low not in TITLE_WORDS:
        return None
    hits = [
        n
        for n in resolver.names_before(len(resolver.text))
        if n.name.split()[-1].lower() == low and len(n.tokens) > 1 and person_name(n.name) is not None
    ]
    if not hits:
        return None
    longest = max(len(n.tokens) for n in hits)
    hits = [n for n in hits if len(n.tokens) == longest]
    before = [n for n in hits if n.start <= position]
    return (before[-1] if before else hits[0]).name


def capitalised_particle(resolver: Resolver, mention: str, position: int) -> Actor | None:
    """The person mentioned last before ``position`` whose name of two words or more holds the
    one-word ``mention`` with its particle in lower case ("Al-Rashid" in "Hamid al-Rashid")."""
    if " " in mention or _CAPITAL_PARTICLE.match(mention, None, None, KEEP_GIL) is None:
        return None
    low = mention.lower()
    for _, _, actor in resolver.mentions_back(position, 0):
        names = actor.name.split()
        if actor.kind == "person" and len(names) > 1 and any(w.lower() == low for w in names):
            return actor
    return None


_CAPITAL_PARTICLE: Final = regex.compile(
    r"(?:" + lexicon.alternation("speech", "name particles before a hyphen") + r")-\p{Lu}"
)
"""A surname whose particle a sentence start capitalised ("Al-Rashid", "El-Baz")."""
