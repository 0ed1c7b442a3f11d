"""News outlets as speakers: whether the article shows a name is a newspaper's ("the Harbour
Ledger" written next to "newspaper", or with a word of outlets' names: "Times", "Daily"), and the
outlet among the last speakers that "the paper said" stands for (words in ``speech.txt [heads for
a news outlet]``, ``[words in a news outlet's name]``, ``[modifiers of a news outlet]``)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name

from .naming import gender_of
from .speaker_history import History, Said

__all__ = ["OUTLET_HEADS", "is_outlet", "last_outlet"]

OUTLET_HEADS: Final = lexicon.words("speech", "heads for a news outlet")


def is_outlet(text: str, name: str) -> bool:
    """Does the article show ``name`` is a news outlet: a word of outlets' names in it ("Times",
    "Daily", "Shimbun"), or written next to "newspaper", "daily", "paper", "magazine"?"""
    if any(w.lower().strip(".") in _OUTLET_NAME_WORDS for w in name.split()):
        return True
    at = text.find(name)
    looks = 0
    while at >= 0 and looks < _OUTLET_LOOKS:
        looks += 1
        end = at + len(name)
        whole = (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
        if whole and (
            _OUTLET_AFTER.match(text, end, end + 60) is not None
            or _OUTLET_BEFORE.search(text, max(0, at - 30), at) is not None
        ):
            return True
        at = text.find(name, end)
    return False


_OUTLET_NAME_WORDS: Final = lexicon.words("speech", "words in a news outlet's name")
_OUTLET_WORDS: Final = "|".join(lexicon.longest_first(lexicon.words("speech", "heads for a news outlet")))
_OUTLET_MODIFIERS: Final = "|".join(
    lexicon.longest_first(lexicon.words("speech", "modifiers of a news outlet"))
)
_OUTLET_AFTER: Final = regex.compile(
    rf"['’]?s?\s+(?:[\p{{Ll}}\-]+ly\s+|(?:{_OUTLET_MODIFIERS})\s+){{0,2}}(?:{_OUTLET_WORDS})(?![\p{{L}}])"
)
"""After a name: "X newspaper", "X's business daily" (not "X told the newspaper")."""
_OUTLET_BEFORE: Final = regex.compile(rf"(?r)(?<![\p{{L}}])(?:{_OUTLET_WORDS})\s*,?\s+(?:the\s+)?$")
"""Before a name: "the daily X", "the newspaper, the X"."""
_OUTLET_LOOKS: Final = 20


def last_outlet(history: History) -> Said | None:
    """The latest of the last few speakers that is a named body (capitalised, not a person): whom
    "the paper" stands for ("according to the Harbour Ledger ... the paper said")."""
    for said in reversed(history.recent[-3:]):
        name = said.name
        if (
            not name
            or not name[:1].isupper()
            or said.mention is None
            or said.mention.kind not in ("name", "group")
        ):
            continue
        if not said.person:
            return said
        # a name read as a person's that has no given name, honorific or "he"/"she": "Harbour Ledger"
        if not is_given_name(name.split()[0]) and gender_of(name) is None and history.sex_of(name) is None:
            return said
    return None
