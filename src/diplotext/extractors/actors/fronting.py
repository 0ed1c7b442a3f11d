"""A person named inside a phrase fronted before the clause ("After talks with X, Y said he ...",
"And, while on the subject of X, Y dismissed him"): X is not the clause's subject, whom a later
pronoun most likely means (see :func:`.coref.pronouns`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.tokens import Token

_FRONTING: Final = lexicon.words("actors", "words opening a fronted phrase")
_CONJUNCTIONS: Final = lexicon.words("speech", "fronted conjunctions")


def fronted_phrase_end(tokens: Sequence[Token], k: int) -> int:
    """The offset of the comma closing the fronted phrase the word at ``k`` stands in, when its
    sentence opens with such a phrase ("During", "After", "While", after a "But" or "And," maybe)
    and no comma comes before ``k``; else -1."""
    sentence = tokens[k].sentence
    j = k
    while j > 0 and tokens[j - 1].sentence == sentence:
        j -= 1
    if tokens[j].low in _CONJUNCTIONS:
        j += 1
        if j < k and tokens[j].text == ",":
            j += 1
    if j >= k or tokens[j].low not in _FRONTING:
        return -1
    if any(t.text in ",;:" for t in tokens[j:k]):
        return -1
    n = len(tokens)
    for m in range(k + 1, n):
        tok = tokens[m]
        if tok.sentence != sentence or tok.text in ";:":
            return -1
        if tok.text == ",":
            return tok.start
    return -1
