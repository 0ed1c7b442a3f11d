"""A capitalised job title in apposition between a name and its cue ("Wei X, Deputy Minister of
Agriculture, said", "Ann X, Minister of Immigration, Refugees and Citizenship, told reporters"): the
name speaks, not the title or the last field of its portfolio."""

from __future__ import annotations

from typing import Final

from .mentions import TITLE_WORDS, is_cap
from .naming import PERSON_TITLES

__all__ = ["title_apposition_start"]


def title_apposition_start(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of the comma opening a capitalised title set off by commas that ends with the
    comma at ``i`` ("X, Minister of Economy, Trade and Industry, said"), when a capitalised word (the
    name) stands before it; else ``None``."""
    k = i - 1
    while k > 0 and i - k <= _MAX_TOKENS:
        word = toks[k][2]
        if word == ",":
            if _title_opens(toks, k + 1, i) and is_cap(toks[k - 1][2]):
                return k
        elif not (is_cap(word) or word.lower() in _LINKS):
            return None
        k -= 1
    return None


def _title_opens(toks: list[tuple[int, int, str]], k: int, i: int) -> bool:
    """Does a capitalised title open at ``k`` ("Minister", "Deputy Minister", "Vice Minister")?"""
    if k >= i or not is_cap(toks[k][2]):
        return False
    first = toks[k][2].lower().rstrip(".")
    if first in PERSON_TITLES:
        return True
    return (
        first in TITLE_WORDS
        and k + 1 < i
        and is_cap(toks[k + 1][2])
        and toks[k + 1][2].lower() in PERSON_TITLES
    )


_LINKS: Final = frozenset({"of", "for", "to", "and", "the", "&"})
_MAX_TOKENS: Final = 16
