"""Adverbials between a speaker and its cue, which are no part of the speaker: adverbs in -ly after
an auxiliary, an adverb or a plural subject ("Jewish groups also widely condemned", "critics
bitterly complained"), set phrases ("have in fact said", "did not at any time mention") and time
phrases in "ago" ("The ministry less than two weeks ago said").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.lexicon import NUMBER_WORDS
from diplotext.syntax.words import AUXILIARIES, MODALS, NEGATIONS

__all__ = ["adverbial_length"]

_PHRASES: Final = lexicon.words("speech", "set phrases before a cue")
_PHRASE_MAX: Final = max(len(p.split()) for p in _PHRASES)
_QUANTITIES: Final = lexicon.words("speech", "quantities before ago")
_UNITS: Final = frozenset(u + s for u in lexicon.words("speech", "time units before ago") for s in ("", "s"))
_BEFORE_ADVERB: Final = (
    lexicon.words("speech", "words before a cue") | set(AUXILIARIES) | set(MODALS) | NEGATIONS
)


def _plural_noun(word: str) -> bool:
    """A lower-case plural noun ("groups", "critics"), not a possessive or a word in -ss."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and len(word) > 3


def adverbial_length(words: Sequence[str], i: int) -> int:
    """How many of the words ending at ``words[i]`` are an adverbial between a speaker and a cue
    (0 when none)."""
    word = words[i]
    low = word.lower()
    if word.islower() and low.endswith("ly") and len(low) > 4 and i > 0:
        before = words[i - 1]
        if before.lower() in _BEFORE_ADVERB or _plural_noun(before):
            return 1  # "groups also widely condemned", "critics bitterly complained"
    for n in range(min(_PHRASE_MAX, i + 1), 1, -1):
        if " ".join(words[i - n + 1 : i + 1]).lower() in _PHRASES:
            return n
    if low == "ago" and i > 0 and words[i - 1].lower() in _UNITS:
        k = i - 2
        while k >= 0 and (
            words[k].lower() in _QUANTITIES or words[k].isdigit() or words[k].lower() in NUMBER_WORDS
        ):
            k -= 1
        if k < i - 2:
            return i - k  # "less than two weeks ago"
    return 0
