"""The state of a royal named by a ruling house: "His Highness the Amir Sheikh X bin Y Al Thani"
holds the title of Qatar's house even where no state is named. A person with a royal title
(`actors.txt [royal titles]`) whose name ends with a ruling house's family name (`[ruling house
names]`, "Al-Thani" too) is of that house's state (issue 9, twenty-sixth session, helper
visits40)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from diplotext import lexicon
from diplotext.model import Actor

__all__ = ["ruling_house_state"]

_HOUSES: Final = {
    tuple(row[0].lower().split()): row[1]
    for row in lexicon.rows("actors", "ruling house names")
    if len(row) == 2
}
_ROYAL: Final = lexicon.words("actors", "royal titles")


def ruling_house_state(actor: Actor, roles: Iterable[str]) -> str | None:
    """The state of the ruling house the royal's name ends with, else ``None``."""
    if not actor.name or _ROYAL.isdisjoint(r.lower() for r in roles):
        return None
    words = tuple(actor.name.lower().replace("-", " ").split())
    for house, code in _HOUSES.items():
        if len(words) > len(house) and words[-len(house) :] == house:
            return code
    return None
