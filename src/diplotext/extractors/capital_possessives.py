"""A capital's (or seat's) possessive before a title names the state of the one who holds it:
"Berlin's top diplomat in Ankara for talks", "Kremlin's envoy" — the capital stands for its
government, so the title's holder is of that state, not of the state the story is told from."""

from __future__ import annotations

from diplotext import geo
from diplotext.syntax import place_kind

__all__ = ["possessive_capital"]


def possessive_capital(word: str) -> str | None:
    """The state whose capital or seat ``word`` is the possessive of ("Berlin's" -> ``"DEU"``);
    ``None`` for any other word (a city that is no capital: "Sydney's")."""
    if word[-2:] not in ("'s", "’s"):
        return None
    stem = word[:-2]
    got = place_kind(stem)
    if got is None:
        return None
    code, kind = got
    if kind == "seat" or (kind == "city" and stem in geo.capital_spellings(code)):
        return code
    return None
