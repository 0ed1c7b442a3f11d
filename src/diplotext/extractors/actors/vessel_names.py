"""A ship's name after its vessel noun is no person: "the tanker Grace X was seized", "the aircraft
carrier Abraham Y sailed", "the Liberian-flagged vessel Anna Z" (``names.txt [vessel nouns before
a ship's name]``). Only a lower-case noun right before the run counts, so "ship captain X" (a
title before the name) and "the tanker's captain, X" stay persons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.tokens import Token

__all__ = ["names_a_vessel"]

_VESSELS: Final = lexicon.words("names", "vessel nouns before a ship's name")


def names_a_vessel(tokens: Sequence[Token], i: int) -> bool:
    """Does a vessel noun stand right before the capitalised run opening at ``i``?"""
    if i < 1:
        return False
    prev = tokens[i - 1]
    return prev.is_lower and prev.low in _VESSELS and prev.sentence == tokens[i].sentence
