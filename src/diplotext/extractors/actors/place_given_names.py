"""A state or city that is a given name, opening a person's name: "U.S. envoy Georgia X", "The
visitor, Israel Y, arrived", "Jordan Z, a British diplomat,", "Florence W said". Both given-name
lists leave places out, so without this the place was tagged and the person was lost or cut to the
surname. The words are those of ``names.txt [places that are also given names]``.

The place word is a given name when a surname-like word follows it (capitalised, no place, title,
organisation or never-name word) and either a title or an honorific stands right before it (a
second surname may follow), or the pair, with nothing capitalised after it, is set off as a name:
not after a preposition, an article or a conjunction, and followed by a comma, a bracket or a verb
said of a person.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.organizations import ORG_FIRST
from diplotext.extractors.actors.tokens import Token

__all__ = ["place_as_given_name"]

_PLACE_GIVEN: Final = lexicon.words("names", "places that are also given names")
_PREPOSITIONS: Final = lexicon.words("grammar", "prepositions")
_PLACE_KINDS: Final = frozenset(("state", "capital", "seat", "city"))
_NOT_BEFORE: Final = lexicon.words("names", "words before a place that is no given name")


def _next_to(a: Token, b: Token) -> bool:
    return a.sentence == b.sentence and 0 <= b.start - a.end <= 1


def _surname_like(tok: Token, place_first: Set[str]) -> bool:
    return (
        tok.is_word
        and tok.is_cap
        and not tok.initial
        and tok.text[1:].islower()
        and tok.low not in place_first
        and tok.low not in roles.ROLE_FIRST
        and tok.low not in ORG_FIRST
        and tok.low not in roles.HONORIFICS
        and not names.is_non_name(tok.text)
    )


def place_as_given_name(
    tokens: Sequence[Token], at: Sequence[Tag | None], place: Tag, place_first: Set[str]
) -> bool:
    """Is the one-word place ``place`` the given name of the person named with the word after it?"""
    i = place.start
    n = len(tokens)
    if place.end != i + 1 or i + 1 >= n or tokens[i].low not in _PLACE_GIVEN:
        return False
    word, surname = tokens[i], tokens[i + 1]
    if not _next_to(word, surname) or not _surname_like(surname, place_first):
        return False
    third = tokens[i + 2] if i + 2 < n and tokens[i + 2].sentence == word.sentence else None
    before = at[i - 1] if i >= 1 else None
    if before is not None and before.kind in ("role", "honorific") and _next_to(tokens[i - 1], word):
        # "envoy Georgia X", "Ms. Florence Y", "Foreign Minister Trinidad X Y" (a second surname)
        return (
            third is None
            or not third.is_cap
            or (_next_to(surname, third) and _surname_like(third, place_first))
        )
    if third is not None and third.is_cap:
        return False  # "Jordan Valley Authority", "Israel Defense Forces"
    prev = tokens[i - 1] if i >= 1 and tokens[i - 1].sentence == word.sentence else None
    if prev is not None and (prev.low in _PREPOSITIONS or prev.low in _NOT_BEFORE or prev.is_cap):
        return False  # "in Jordan", "the India Y", "Greater Houston"
    listed = at[i - 2] if i >= 2 else None
    if prev is not None and prev.text == "," and listed is not None and listed.kind in _PLACE_KINDS:
        return False  # "France, Israel ...": a list of places
    return third is not None and (third.text in (",", "(") or third.low in roles.PERSON_VERBS)
