"""Bounds of a speaker phrase before a cue set by commas and brackets, for
:func:`.phrases.phrase_before`: a comma or quotation mark that ends an apposition and the article or
person noun that opens one, a bracket after a name ("Ann Fell (R-Ohio), ..."), a short phrase that
opens its sentence, and a body's name spelt out before its acronym in brackets.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

from .mentions import is_cap, is_word
from .naming import can_speak_head

_ACRONYM: Final = regex.compile(r"\p{Lu}{2,6}")
_NAME_LINKS: Final = lexicon.words("speech", "words linking the words of a body's name")


def _apposition_stop(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does a comma or a quotation mark at ``k`` bound an apposition (not the comma of "4,000")?"""
    word = toks[k][2]
    if word == ",":
        return not (0 < k < len(toks) - 1 and toks[k - 1][2].isdigit() and toks[k + 1][2].isdigit())
    return word in {'"', "“", "”"}


def _apposition_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does an apposition about a person open at ``k``: an article, or a lower-case noun for
    someone ("a panel member", "the councillor for Ward 4", "spokeswoman for X")?"""
    if k >= len(toks):
        return False
    word = toks[k][2]
    return word in {"a", "an", "the", "one"} or (word.islower() and can_speak_head(word))


def _bracket_open(toks: list[tuple[int, int, str]], k: int) -> int:
    """Where a bracket closing right before the comma at ``k`` opens, when a capitalised word stands
    before it ("Ann Fell (R-Ohio), ..."); else ``k``."""
    if k < 3 or toks[k - 1][2] != ")":
        return k
    b = k - 2
    while b > 0 and toks[b][2] != "(" and k - b < 10:
        b -= 1
    return b if toks[b][2] == "(" and b > 0 and is_cap(toks[b - 1][2]) else k


def _opens_sentence(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does the short phrase before the comma at ``k`` open its sentence ("The watchdog, which
    advises ..., said"; not "..., with a focus on X, which ..., said the experts")?"""
    n = k - 1
    while n > 0 and k - n < 8 and is_word(toks[n - 1][2]):
        n -= 1
    if any(t[2].lower() in _AUXILIARIES for t in toks[n:k]):
        return False  # "Growth was fast, which ...": a clause, not a noun phrase
    if k - n < 8 and n > 1 and toks[n - 1][2] == "," and toks[n][2] in _CLAUSE_CONJUNCTIONS:
        return True  # "..., but Norland, which occupies the south, had insisted": a clause of its own
    return k - n < 8 and (n == 0 or toks[n - 1][2] in _SENTENCE_OPENING_MARKS)


_AUXILIARIES: Final = lexicon.words("speech", "auxiliaries and modals")
_SENTENCE_OPENING_MARKS: Final = frozenset('.!?"”“;')
_CLAUSE_CONJUNCTIONS: Final = lexicon.words("speech", "fronted conjunctions")


def _acronym_name_start(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int]:
    """Where the name spelt out before the bracket at ``k`` starts: its capitalised words and the
    links between them ("Bank for Reconstruction and Development"), back to a "the" at most; the
    first of those words (with the links) and the first capitalised one."""
    w = k - 1
    while w > 0 and k - w < 10 and (is_cap(toks[w - 1][2]) or toks[w - 1][2] in _NAME_LINKS):
        w -= 1
        if toks[w][2] == "the":
            break
    s = w
    while s < k - 1 and toks[s][2].islower():
        s += 1
    return w, s
