"""Capitalised runs that the words around them decide on: a portfolio's adjective and abstract
noun after a title ("the Minister of Culture and Islamic Guidance"), no person; the name a
delegation is "led by" ("a delegation of Thai lawmakers led by X Y"), a person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names
from diplotext.extractors.actors.tokens import Token

__all__ = ["in_a_portfolio", "leads_a_delegation", "portfolio_words"]

_ABSTRACT_ENDINGS: Final = tuple(lexicon.words("actors", "noun endings"))
_ABSTRACT_MIN: Final = 8
"""Shortest abstract noun (letters) read as no surname: "Guidance", not "Vance" or "Pence"."""


def _abstract_noun(tok: Token) -> bool:
    """Is a lone capitalised word an abstract noun ("Guidance", "Development"), no surname?"""
    low = tok.low
    return len(low) >= _ABSTRACT_MIN and low.endswith(_ABSTRACT_ENDINGS) and not names.is_first_name(tok.text)


def portfolio_words(words: Sequence[Token]) -> bool:
    """Are the words of a run a portfolio's ("Guidance", "Rural Development"): an abstract noun
    last, capitalised adjectives before it?"""
    return (
        len(words) <= 3
        and _abstract_noun(words[-1])
        and all(w.low.endswith(_ADJECTIVE_ENDS) and not names.is_first_name(w.text) for w in words[:-1])
    )


def in_a_portfolio(tokens: Sequence[Token], i: int) -> bool:
    """Does the run at ``i`` close a title's portfolio ("Minister of Culture and Islamic ___",
    "Ministry for Rural ___"): "of", "for" or "and" before it (capitalised adjectives between), a
    title word a few tokens before that?"""
    k = i - 1
    while k >= 0 and i - k <= 2 and tokens[k].is_cap and tokens[k].low.endswith(_ADJECTIVE_ENDS):
        k -= 1
    if k < 1 or tokens[k].low not in ("of", "for", "and"):
        return False
    return any(tokens[x].low in _PORTFOLIO_TITLES for x in range(max(0, k - 6), k))


_ADJECTIVE_ENDS: Final = tuple(lexicon.words("actors", "adjective endings in a portfolio"))
_PORTFOLIO_TITLES: Final = lexicon.words("actors", "title words before a portfolio")


def leads_a_delegation(tokens: Sequence[Token], i: int) -> bool:
    """Is the run at ``i`` the one a delegation is "led by" or "headed by" ("a delegation of Thai
    lawmakers led by X Y"): only a person leads one."""
    if i < 3 or tokens[i - 1].low != "by" or tokens[i - 2].low not in ("led", "headed"):
        return False
    return any(tokens[k].low in _DELEGATION_NOUNS for k in range(max(0, i - 9), i - 2))


_DELEGATION_NOUNS: Final = lexicon.words("actors", "delegation nouns")
