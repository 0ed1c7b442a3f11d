"""A speaker phrase whose head noun comes first and a place or a thing after a preposition ("The
company behind the spill in northern Alberta says", "the residents from the east end of Harbour
said"): the speaker is the head noun, not the name that ends the phrase."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name

from .naming import DOCUMENT_HEADS, can_speak_head

__all__ = ["head_before_modifier"]

_PREPOSITIONS: Final = lexicon.words("speech", "prepositions after a speaker's head noun")
_DETERMINERS: Final = lexicon.words("speech", "determiners opening a speaker's head noun")
_LINKS_BEFORE_NAME: Final = frozenset({"a", "an", "the"})
_MAX_HEAD: Final = 6


def head_before_modifier(toks: list[tuple[int, int, str]]) -> int | None:
    """The number of tokens up to the head noun when ``toks`` is a determiner, words, a noun that
    can speak (not a document, which speaks for its issuer), then a preposition of place or
    position and words ending in a name that is no person's; else None. Not when the name comes
    right after the preposition ("a spokesman at the Harbour Authority": that phrase is read whole)."""
    if len(toks) < 4 or toks[0][2].lower() not in _DETERMINERS:
        return None
    for k in range(2, min(len(toks) - 1, _MAX_HEAD + 1)):
        word = toks[k][2]
        if not word.isalpha() and "-" not in word:
            return None
        if word not in _PREPOSITIONS:
            continue
        head = toks[k - 1][2]
        rest = toks[k + 1 :]
        if not head.islower() or not can_speak_head(head) or _document(head):
            return None  # "a statement from his office": the issuer speaks (issuers.py)
        while rest and rest[0][2] in _LINKS_BEFORE_NAME:
            rest = rest[1:]
        if not rest or rest[0][2][:1].isupper():
            return None  # "a spokesman at the Harbour Authority", "the company in Alberta"
        if any(is_given_name(t[2]) for t in rest if t[2][:1].isupper()):
            return None  # "the reporters in the room Ada Lind": a person may be the subject
        return k
    return None


def _document(head: str) -> bool:
    return head in DOCUMENT_HEADS or (head.endswith("s") and head[:-1] in DOCUMENT_HEADS)
