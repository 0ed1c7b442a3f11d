"""Lists inside a noun phrase, for :func:`.phrases.np_right`: after an entity, the next one listed
(", Ghana", "and Mali", ", and the Philippines", "and its State President X"), with the titles and
a state's name that may stand before a listed person, and whether a list of names goes on; and
whether a token is a demonym entity.
"""

from __future__ import annotations

from diplotext.syntax import words as W
from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Entity


def _demonym(tok: Token) -> bool:
    return tok.tag == "ENT" and tok.entity is not None and tok.entity.place_kind == "demonym"


def _list_continues(toks: list[Token], j: int, hi: int) -> int | None:
    """After an entity at ``j - 1``: the index of the next listed entity (", Ghana", "and Mali",
    ", and the Philippines", "and its State President X", ", Lao President Y"), or ``None``."""
    prev = toks[j - 1]
    if prev.tag != "ENT" or prev.entity is None:
        return None
    prev_entity: Entity = prev.entity
    k = j
    if k < hi and toks[k].tag == ",":
        k += 1
    if k < hi and toks[k].tag == "CONJ" and toks[k].low in ("and", "or"):
        k += 1
    elif (
        k < hi
        and toks[k].low == "as"
        and k + 2 < hi
        and toks[k + 1].low == "well"
        and toks[k + 2].low == "as"
    ):
        k += 3
    if k == j:
        return None
    person = prev_entity.kind == "person"
    if k < hi and toks[k].tag in ("DET", "POSS") and (toks[k].low == "the" or person):
        k += 1
    elif person and k + 1 < hi and toks[k].tag == "ENT" and toks[k].low in W.POSSESSIVES:
        k += 1  # "X and his brother Y": a resolved "his" before the next person's noun
    if person:
        # titles before the next name: "Lao President", "its State President", "Fiji Prime
        # Minister" (a state's name before a title), and "his brother", "fellow activist"
        start = k
        while k < hi and (
            toks[k].tag == "PROPN"
            or _demonym(toks[k])
            or _state_before_title(toks, k, hi)
            or (toks[k].tag == "NOUN" and k - start < 3)
        ):
            k += 1
    found = toks[k].entity if k < hi and toks[k].tag == "ENT" else None
    if found is None:
        return None
    ent: Entity = found
    after = toks[k + 1] if k + 1 < hi else None
    if ent.place_kind == "demonym":
        return None
    if {prev_entity.kind, ent.kind} <= {"state", "place"}:
        # "to Ankara, Turkish diplomats said": a place that starts a new phrase is no list item
        return None if after is not None and after.tag in ("NOUN", "PROPN", "GEN") else k
    if person and ent.kind == "person":
        # "with A, B said": a name before a verb is a new subject
        if after is not None and after.tag in ("VERB", "AUX", "MODAL", "NOUN"):
            return None
        if toks[j].tag == "," and toks[j + 1].tag != "CONJ" and not _list_goes_on(toks, k + 1, hi):
            # "talks with A, B, on a visit, pledged": a list joined by commas only ends in "and"
            return None
        return k
    return None


def _state_before_title(toks: list[Token], k: int, hi: int) -> bool:
    """Is the token at ``k`` a state's name used before a title ("Fiji Prime Minister X")?"""
    ent = toks[k].entity if toks[k].tag == "ENT" else None
    return (
        ent is not None
        and ent.kind in ("state", "place")
        and ent.place_kind == "country"
        and k + 1 < hi
        and toks[k + 1].tag == "PROPN"
    )


def _list_goes_on(toks: list[Token], k: int, hi: int) -> bool:
    """Does a list of names go on after ``k`` ("and C", ", C and D") within a few tokens?"""
    for x in range(k, min(hi, k + 16)):
        t = toks[x]
        if t.tag == "CONJ":
            return t.low in ("and", "or")
        if t.tag in ("VERB", "AUX", "MODAL", "REL", "THAT", "SUB", "END", "BRK", "Q", "TIME", "ADV") or (
            t.tag == "PREP" and t.low != "of"
        ):
            return False
    return False
