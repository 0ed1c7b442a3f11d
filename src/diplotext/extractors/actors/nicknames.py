"""A nickname in quotation marks inside a person's name: "Joaquin "El Chapo" Guzman", "James
'Whitey' Bulger". The run of the name goes on over the quoted words, which are no part of the name
itself: the person is "Joaquin Guzman", and a later "Guzman" is the same man.

Only after a known given name and before a capitalised word right after the closing mark, with at
most :data:`NICKNAME_MAX_WORDS` capitalised words inside, so a quoted title or slogan between two
names ("Obama "Yes We Can" Speech") is not taken for one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.tokens import Token

__all__ = ["NICKNAME_MAX_WORDS", "nickname_end", "nickname_tokens", "without_nickname"]

NICKNAME_MAX_WORDS: Final = 3

_OPENING: Final = frozenset(['"', "\u201c", "\u2018", "'", "`", "\u00ab"])
_CLOSING: Final = frozenset(['"', "\u201d", "\u2019", "'", "\u00bb"])


def _touching(tokens: Sequence[Token], i: int, j: int) -> bool:
    a, b = tokens[i], tokens[j]
    return a.sentence == b.sentence and 0 <= b.start - a.end <= 1


def _marks(tokens: Sequence[Token], k: int, marks: frozenset[str]) -> int:
    """How many quotation marks of ``marks`` start at token ``k`` (two for "``" or "''"), else 0."""
    n = len(tokens)
    if k >= n or tokens[k].text not in marks:
        return 0
    if k + 1 < n and tokens[k + 1].text == tokens[k].text and tokens[k + 1].start == tokens[k].end:
        return 2
    return 1


def nickname_end(
    tokens: Sequence[Token], at: Sequence[Tag | None], taken: Sequence[bool], i: int, j: int
) -> int | None:
    """The index of the surname after a quoted nickname that opens at token ``j`` of a name run
    that started at ``i`` ("Joaquin [" El Chapo "] Guzman"), else ``None``."""
    if not names.is_given_name(tokens[i].text) or not tokens[j - 1].is_word:
        return None
    opening = _marks(tokens, j, _OPENING)
    if not opening:
        return None
    k = j + opening
    words = 0
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_cap and _touching(tokens, k - 1, k):
        words += 1
        k += 1
    if not 0 < words <= NICKNAME_MAX_WORDS:
        return None
    closing = _marks(tokens, k, _CLOSING)
    if not closing or tokens[k].start != tokens[k - 1].end:
        return None  # the closing mark sits right after the nickname's last word
    m = k + closing
    if m >= len(tokens) or not _touching(tokens, m - 1, m):
        return None
    surname = tokens[m]
    if not (surname.is_word and surname.is_cap) or at[m] is not None or taken[m]:
        return None
    return m


def nickname_tokens(tokens: Sequence[Token], i: int, j: int) -> frozenset[int]:
    """The tokens of a run ``i..j`` that are a quoted nickname inside it (the marks and the words
    between them)."""
    inside: set[int] = set()
    k = i + 1
    while k < j:
        opening = _marks(tokens, k, _OPENING)
        if opening and tokens[k - 1].is_word:
            m = k + opening
            while m < j and tokens[m].is_word:
                m += 1
            closing = _marks(tokens, m, _CLOSING)
            if closing and m > k + opening:
                inside.update(range(k, m + closing))
                k = m + closing
                continue
        k += 1
    return frozenset(inside)


def without_nickname(
    text: str, tokens: Sequence[Token], nickname: frozenset[int], span: tuple[int, int]
) -> str:
    """The text of ``span`` with the nickname tokens (:func:`nickname_tokens`) cut out: "Joaquin Guzman"."""
    if not nickname:
        return text[span[0] : span[1]]
    first, last = min(nickname), max(nickname)
    return f"{text[span[0] : tokens[first].start].rstrip()} {text[tokens[last].end : span[1]].lstrip()}"
