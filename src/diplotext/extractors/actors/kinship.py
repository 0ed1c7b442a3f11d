"""People the article names only to place someone else: a relative named after a kin noun ("Karim
X, the son of Nabil X", "whose father Tomas X", "X's husband, former governor Tom X", "his wife,
Ann X") or a dead person ("the late prime minister Nabil
X", "Nabil X, the late president"). Of two people sharing a family name, a lone "X" later is the
other one (see :meth:`.coref._Index.match_single`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.tokens import Token

_KIN: Final = lexicon.words("actors", "kin nouns before a relative's name")
_OWNERS: Final = lexicon.words("actors", "owners before a kin noun")
_DEAD: Final = lexicon.words("actors", "words marking a dead person")
_REACH: Final = 6
"""How many words may stand between a kin noun and the name ("son of the late prime minister")."""


def _title_word(tok: Token) -> bool:
    return tok.is_word and (tok.is_cap or tok.low in ("the", "late", "former") or tok.is_lower)


def relative_or_dead(tokens: Sequence[Token], first: int, last: int) -> tuple[bool, bool]:
    """For a full name at tokens ``first``..``last`` (inclusive): is it introduced as someone's
    relative (a kin noun and "of" before it, or "whose"/"his"/"her" and a kin noun right before
    it), and is it introduced as dead ("late" in the title before it, or ", the late" after it)?"""
    sentence = tokens[first].sentence
    relative = dead = False
    k = first - 1
    steps = 0
    nearest = first  # where the title words before the name begin
    while k >= 0 and steps < _REACH and tokens[k].sentence == sentence:
        if tokens[k].text == "," and nearest == first and k >= 1 and tokens[k - 1].low in _KIN:
            nearest = k  # "his wife, Laura X", "X's husband, former governor Tom X"
            k -= 1
            continue
        if not _title_word(tokens[k]):
            break
        low = tokens[k].low
        if low in _DEAD:
            dead = True
        if low in _KIN:
            before = tokens[k - 1].low if k > 0 and tokens[k - 1].sentence == sentence else ""
            # a possessive name owns the kin noun too: "Hale's wife Ann Hale"
            owned = before in _OWNERS or (before == "s" and k >= 2 and tokens[k - 2].text in ("'", "’"))
            relative = tokens[k + 1].low == "of" or ((k + 1 == first or k + 1 == nearest) and owned)
            break
        k -= 1
        steps += 1
    after = last + 1
    if after + 2 < len(tokens) and tokens[after].text == "," and tokens[after + 1].low == "the":
        dead = dead or tokens[after + 2].low in _DEAD
    return relative, dead
