"""A place's government speaking by the place's kind ("the province said", "the city said"): the
province, city or county the article named just before, written with that kind ("Brava Province",
"the City of Dunmore") or opening a sentence as its subject ("Ontario said on Monday ...") when the
gazetteer knows it as a place of that kind."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.syntax.words import FUNCTION_WORDS

from .resolver import Resolver

__all__ = ["PLACE_GOVERNMENT_HEADS", "place_government"]

PLACE_GOVERNMENT_HEADS: Final = lexicon.words("speech", "place kinds that speak for their government")
_WINDOW: Final = 1500
_NAME: Final = r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"
_SUBJECT_WINDOW: Final = 400
_OPENING: Final = regex.compile(
    rf"(?:^|(?<=[.!?][\"”’]?\s+)|(?<=\n))({_NAME})[ \t]+\p{{Ll}}", regex.MULTILINE
)
"""A name opening a sentence before a lower-case word: its subject ("Ontario said on Monday")."""


def place_government(resolver: Resolver, head: str, pos: int) -> str | None:
    """The place "the province" / "the city" stands for, named before ``pos``, or ``None``."""
    kind = head.capitalize()
    pattern = regex.compile(
        rf"(?<![\p{{L}}])(?:{kind}[ \t]+of[ \t]+{_NAME}|{_NAME}[ \t]+{kind})(?![\p{{L}}])"
    )
    text = resolver.text
    found = None
    for m in pattern.finditer(text, max(0, pos - _WINDOW), pos):
        found = m.group(0)
    if found is not None:
        words = found.split()
        while words and (words[0].lower() in FUNCTION_WORDS or words[0].endswith(("'s", "’s"))):
            words = words[1:]  # "In Brava Province", "The City of Dunmore", "Norland's Brava Province"
        return " ".join(words) if len(words) > 1 else None
    for m in _OPENING.finditer(text, max(0, pos - _SUBJECT_WINDOW), pos):
        name = m.group(1)
        known = geo.city_country(name) is not None if head == "city" else name in geo.subdivision_names()
        if known and head != "county":
            found = name
    return found
