"""A body named by its city's people: "a Viennese court", "Parisian prosecutors", "the Muscovite
authorities". The demonym of a city (lexicon "demonyms of cities", each mapped to its city)
stands for the state of that city, read from the gazetteer, as "an Austrian court" would; only
before the noun of a body that acts for a state (lexicon "governing nouns": a court, the
authorities, prosecutors), never for a person ("a Viennese banker" is told where he lives).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.extradition.vocabulary import GOVERNING_NOUNS
from diplotext.syntax import Phrase

__all__ = ["city_demonym_state"]

_CITIES: Final = lexicon.mapping("events", "demonyms of cities")
_DEMONYM: Final = regex.compile(
    r"\b(?:" + "|".join(lexicon.longest_first(map(regex.escape, _CITIES))) + r")\b", regex.IGNORECASE
)
_BODIES: Final = GOVERNING_NOUNS | lexicon.words("events", "courts that order a release") | {"prosecutors"}


def city_demonym_state(text: str, phrase: Phrase) -> list[str]:
    """The state of the city whose demonym modifies ``phrase``, a body of a state; else none."""
    head = (phrase.head.lower().split() or [""])[-1]
    if head not in _BODIES:
        return []
    hs = phrase.head_span[0]
    for m in _DEMONYM.finditer(text, phrase.start, hs):
        if not m.group()[0].isupper():
            continue  # a city's people are written with a capital
        code = geo.city_country(_CITIES[m.group().lower()])
        if code:
            return [code]
    return []
