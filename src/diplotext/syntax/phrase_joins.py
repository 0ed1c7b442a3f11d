"""Tokens that join words into one noun phrase: demonyms sharing a head noun ("the Spanish and
Italian ministers"), a hyphen between two place names ("a British-Iranian aid worker", "the US-China
talks"), a time after a resolved possessive ("during his two-day visit")."""

from __future__ import annotations

from typing import Final

from diplotext.syntax import words as W
from diplotext.syntax.tokens import Token

__all__ = ["after_a_possessive", "demonyms_sharing_a_head", "hyphen_joins_places"]


def _demonym(tok: Token) -> bool:
    return tok.tag == "ENT" and tok.entity is not None and tok.entity.place_kind == "demonym"


def demonyms_sharing_a_head(toks: list[Token], j: int, hi: int) -> int | None:
    """After a demonym at ``j - 1``: the index of the noun that it and the demonyms listed after it
    share ("the Spanish and Italian ministers", "his Spanish, Portuguese and Italian counterparts"),
    or ``None`` when no such list and noun follow."""
    k = j
    joined = False
    while k < hi:
        if toks[k].tag == ",":
            k += 1
        if k < hi and toks[k].tag == "CONJ" and toks[k].low in ("and", "or"):
            k += 1
            joined = True
        if k >= hi or not _demonym(toks[k]) or k == j:
            return None
        k += 1
        if joined:
            break
    return k if joined and k < hi and toks[k].tag in ("NOUN", "PROPN") else None


def after_a_possessive(toks: list[Token], j: int, k: int) -> bool:
    """Is the token before ``j`` (inside the phrase begun at ``k``) a possessive read as a person
    ("his", "her", "their" resolved to someone), whose noun is still to come?"""
    prev = toks[j - 1] if j > k else None
    return prev is not None and prev.tag == "ENT" and prev.low in W.POSSESSIVES


def hyphen_joins_places(toks: list[Token], j: int, hi: int) -> bool:
    """Does a bare hyphen at ``j`` join the place name before it to another after it ("a
    British-Iranian aid worker", "the US-China talks"), the two one modifier of the noun after?"""
    if j + 1 >= hi or toks[j].tag != "SYM" or toks[j].text not in ("-", "\u2013"):
        return False
    before, after = toks[j - 1].entity, toks[j + 1].entity
    return (
        toks[j - 1].tag == "ENT"
        and toks[j + 1].tag == "ENT"
        and before is not None
        and after is not None
        and before.place_kind in _JOINED_PLACE_KINDS
        and after.place_kind in _JOINED_PLACE_KINDS
    )


_JOINED_PLACE_KINDS: Final = frozenset(["demonym", "country"])
