"""Bodies named by a field and a state's name ("Forestry Iceland", "Ports Uruguay", "Air Norvia"):
the actors plugin reads the state alone, so "The agency said" after "Ports Uruguay closed ..."
and "Forestry Iceland approved ... The department said" are resolved here, to the body named last.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.syntax.words import PREPOSITIONS

from .bare_names import is_place
from .mentions import NOT_NAME_OR_ARTICLE
from .naming import PERSON_TITLES

__all__ = ["field_body_before", "is_field_body"]

_WORD: Final = regex.compile(r"(?<![\p{L}\-'’.])\p{Lu}[\p{L}\-]*(?![\p{L}\-'’])")
_WINDOW: Final = 700
_NOT_FIELD: Final = (
    lexicon.words("names", "never name words")
    | lexicon.words("speech", "words that are no subject name")
    | lexicon.words("speech", "words before a state's name in a region's name")
    | NOT_NAME_OR_ARTICLE
    | PREPOSITIONS
    | PERSON_TITLES
    | {w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES)}
    | {w.rstrip(".") for w in lexicon.mapping("actors", "honorifics")}
)
"""Capitalised words that open a sentence, a region ("Western Iceland", "Latin America") or a
person's title ("Prime Minister"), not a body's field."""


def _field_word(word: str) -> bool:
    low = word.lower()
    return (
        low not in _NOT_FIELD
        and geo.demonym_code(word) is None
        and geo.country_code(word) is None
        and not word.isupper()
    )


def is_field_body(words: Sequence[str]) -> bool:
    """Are ``words`` one or two field words and a state's name ("Ports Uruguay")?"""
    return (
        1 < len(words) <= 3
        and geo.country_code(words[-1]) is not None
        and not is_place(" ".join(words))  # "Inner Mongolia", "New Zealand"
        and all(_field_word(w) for w in words[:-1])
    )


def field_body_before(text: str, pos: int) -> str | None:
    """The body named by a field and a state last before ``pos`` (within a few sentences)."""
    lo = max(0, pos - _WINDOW)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, pos)]
    for k in range(len(words) - 1, 0, -1):
        if geo.country_code(words[k][2]) is None:
            continue
        j = k
        while j > 0 and k - j < 2 and text[words[j - 1][1] : words[j][0]] in (" ", "\t"):
            if not _field_word(words[j - 1][2]):
                break
            j -= 1
        if j < k and is_field_body([w for _, _, w in words[j : k + 1]]):
            return text[words[j][0] : words[k][1]]
    return None
