"""A description named in a later sentence by its own noun: "Peru has asked Spain to extradite a
businessman accused of bribery. The businessman, X, was detained in Madrid last month." The name
set in apposition to "the" and the description's head noun (a few words may stand between: "The
Peruvian businessman, X,") opening a sentence is the one the description stands for, as a name
opening the sentence is."""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["named_by_its_noun"]

_REPEAT: Final = regex.compile(r"[ \t\"“]*(?i:the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>[\w-]+)[ \t]*,[ \t]*")


def named_by_its_noun(text: str, sentence_start: int, name_start: int, head: str) -> bool:
    """Does the sentence open with "The <head>, " right before the name at ``name_start``?"""
    m = _REPEAT.fullmatch(text, sentence_start, name_start)
    return m is not None and m.group("noun").lower() == head.lower()
