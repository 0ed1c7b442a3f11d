"""Grounds told by the suspect's citizenship: "Brazil said it would not extradite X because he
is a Brazilian citizen", "refused, as she holds Spanish nationality". A reason clause that makes
the suspect a citizen or national gives the grounds "does not extradite its own nationals"
(:func:`.attributes.grounds` reads it with the other grounds of a refusal)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

__all__ = ["CITIZEN_REASON"]

_SP = r"[ \t]+"
CITIZEN_REASON: Final = regex.compile(
    r"\b(?:"
    + lexicon.alternation("events", "conjunctions giving a reason", _SP)
    + r")[ \t]+(?:the[ \t]+[\w-]+|\p{Lu}[\w-]+|"
    + lexicon.alternation("events", "subjects of a reason of citizenship", _SP)
    + r")[ \t]+(?:"
    + lexicon.alternation("events", "words of holding a citizenship", _SP)
    + r")[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:"
    + lexicon.alternation("events", "nouns of a person's citizenship", _SP)
    + r")\b",
    regex.IGNORECASE,
)
"""A reason clause making the suspect a citizen or national of some state."""
