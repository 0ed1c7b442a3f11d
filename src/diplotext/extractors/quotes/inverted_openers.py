"""What may open an inverted speaker phrase after a cue besides a capitalised word or a determiner:
a possessive and a noun for someone who speaks ('"...," said his father, X', 'said her lawyer'),
and a title with its portfolio or place before a name, whose "of" and "and" end no phrase ('said
Minister of Finance X', 'tweeted Mayor of Dunmore X')."""

from __future__ import annotations

from typing import Final

from diplotext.syntax.words import PREPOSITIONS

from .mentions import TITLE_WORDS, is_cap, is_word
from .naming import DOCUMENT_HEADS, can_speak_head

__all__ = ["owned_speaker", "title_of_end"]


_TITLE_LINKS: Final = frozenset({"of", "to"})


def title_of_end(toks: list[tuple[int, int, str]]) -> int:
    """Where the stop words of a phrase after a cue begin to count: after the portfolio or place of
    a title written before a name ("said Minister of Finance Bill X", "tweeted Mayor of Dunmore
    Sam X", "Speaker of the House Nan X", "Minister of Environment and Climate Change Ann X": a
    capitalised title, "of", then capitalised words up to a name of two of them), else 1."""
    # a rank may stand before the title ("Vice Minister of Commerce X"), "to" for "of"
    # ("Secretary to the Treasury X", "Ambassador to Ruritania X")
    o = next((o for o in (1, 2) if o < len(toks) and toks[o][2] in _TITLE_LINKS), 0)
    if len(toks) < o + 4 or not o or any(t[2].lower() not in TITLE_WORDS for t in toks[:o]):
        return 1
    j = o + 1 + (toks[o + 1][2] == "the")
    caps = 0
    while j < len(toks) and (
        (is_cap(toks[j][2]) and is_word(toks[j][2]))
        or (toks[j][2] == "and" and caps and j + 1 < len(toks) and is_cap(toks[j + 1][2]))
    ):
        caps += toks[j][2] != "and"
        j += 1
    closed = j == len(toks) or not is_word(toks[j][2]) or toks[j][2].islower()
    return j if caps >= 3 and closed else 1


def owned_speaker(toks: list[tuple[int, int, str]]) -> bool:
    """Do the words after a cue open with a possessive and a noun for someone who speaks ('"...,"
    said his father', 'said her lawyer, X', 'said their coach')?"""
    if len(toks) < 2 or toks[0][2] not in _OWNERS:
        return False
    for _, _, tok in toks[1:4]:  # "said his longtime lawyer", "said her younger sister"
        word = tok.rstrip(".")
        if not word.islower() or word in PREPOSITIONS:
            return False  # not "denounced her record as secretary of state"
        if can_speak_head(word):
            return word not in DOCUMENT_HEADS
    return False


_OWNERS: Final = frozenset({"his", "her", "their"})
