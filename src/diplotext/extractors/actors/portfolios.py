"""A portfolio the title lexicon does not know, read up to the given name that opens the holder's
name: "Minister for Information, Communications and the Arts Lee Kok Wah", "Minister of Prisoners'
Affairs Samir Abu Daka", "Director of Criminal Investigation Juma Rashidi". The fallback of
:func:`.titles._complement` when its listed portfolio words give out before a name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.tokens import Token

_LINKS: Final = lexicon.words("actors", "links inside a portfolio")
_PORTFOLIO_WORDS: Final = lexicon.words("titles", "complement words")
_PARTICLES: Final = lexicon.words("names", "arabic name particles")
_MIN_NAME: Final = 2
"""The holder's name after the portfolio: a given name and at least one more capitalised word."""


def _cap_word(tok: Token) -> bool:
    return tok.is_word and tok.is_cap


def _listed(tok: Token) -> bool:
    """Can ``tok`` follow a comma inside a list of portfolios ("Communications", "and")?"""
    return _cap_word(tok) or tok.low == "and"


def _name_at(tokens: Sequence[Token], at: Sequence[Tag | None], k: int) -> bool:
    """Does a name of two words or more that opens with a given name start at ``k``?"""
    if not names.is_given_name(tokens[k].text) or at[k] is not None:
        return False
    n = len(tokens)
    words = 0
    j = k
    while j < n and _cap_word(tokens[j]) and at[j] is None and tokens[j].sentence == tokens[k].sentence:
        words += 1
        j += 1
    return words >= _MIN_NAME


def portfolio_end(tokens: Sequence[Token], at: Sequence[Tag | None], start: int, limit: int) -> int | None:
    """The token where the holder's name starts, for a complement opening at ``start`` ("of",
    "for") of capitalised words, links ("and", "the"), commas inside the list and possessives, that
    reaches a given name opening a name of two words or more; else ``None``."""
    n = min(len(tokens), limit)
    sentence = tokens[start].sentence
    k = start + 1
    seen = 0  # capitalised portfolio words so far
    while k < n and tokens[k].sentence == sentence:
        t = tokens[k]
        if _cap_word(t):
            if seen and _name_at(tokens, at, k):
                before = tokens[k - 1]
                if (
                    t.low in _PARTICLES
                    and seen >= 2
                    and _cap_word(before)
                    and before.low not in _PORTFOLIO_WORDS
                    and at[k - 1] is None
                ):
                    return k - 1  # "Affairs Sufian Abu Zayda": "Abu" goes on a given name the lists miss
                return k
            if names.is_given_name(t.text) and at[k] is None:
                return None  # a name right after "of": "the wife of Ana Duro"
            seen += 1
        elif t.is_lower and t.low in _LINKS:
            pass
        elif t.text == "," and seen and k + 1 < n and _listed(tokens[k + 1]):
            pass  # "Information, Communications and the Arts"
        elif t.text in "'’" and seen:
            pass  # "Prisoners' Affairs"
        elif t.low == "s" and k > 0 and tokens[k - 1].text in "'’":
            pass
        else:
            return None
        k += 1
    return None
