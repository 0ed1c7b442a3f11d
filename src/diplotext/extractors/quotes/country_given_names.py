"""Given names that are also a country's name ("Jordan", "Chad", "Georgia", "Israel",
``speech.txt [country names that are also given names]``). The actors plugin reads "said Jordan
Lefko, an economist" as the state Jordan and the person Lefko; a person speaker known by that one
word takes its given name back ("Jordan Lefko") when the country word stands right before the
surname in the article, on the same line, and no preposition stands before it ("talks in Jordan
Lefko called ..." names nobody "Jordan Lefko"). A surname that is itself a given name or a title
word is left alone ("Jordan Abdullah", "Georgia President")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon, runtime
from diplotext.extractors.actors.names import is_first_name
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import PREPOSITIONS

from .mentions import TITLE_WORDS

__all__ = ["country_given_name"]

_GIVEN: Final = lexicon.words("speech", "country names that are also given names")
_GIVEN_ALT: Final = "|".join(sorted((w.capitalize() for w in _GIVEN), key=len, reverse=True))
_WORD_BEFORE: Final = regex.compile(r"([\p{L}]+)[ \t]+$")
_LOOK_BEFORE: Final = 30


def country_given_name(text: str, surname: str, position: int) -> str | None:
    """The name "Country Surname" the article writes for the one-word person name ``surname``
    (the one at or before ``position``, else the first), or ``None``."""
    if not _GIVEN or not surname[:1].isupper() or " " in surname:
        return None
    low = surname.lower()
    if low in TITLE_WORDS or is_first_name(low) or low in _GIVEN:
        return None
    pattern = regex.compile(rf"(?<![\p{{L}}\-.'’])({_GIVEN_ALT})[ \t]+{regex.escape(surname)}(?![\p{{L}}\-])")
    found: str | None = None
    for m in runtime.finditer(pattern, text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - _LOOK_BEFORE), m.start(), KEEP_GIL)
        if before is not None and before.group(1).lower() in PREPOSITIONS:
            continue  # "talks in Jordan Lefko called": the country, then the person
        if found is not None and m.start() > position:
            break
        found = f"{m.group(1)} {surname}"
    return found
