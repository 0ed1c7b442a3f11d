"""One suspect told by two forms of his name that the actor layer left apart: "Abu Hamza al-Masri" and
later "Abu Hamza"; "Joaquin Guzman" and "Mr Guzman Loera" (his two surnames). A case whose suspect's
name is the other's cut short, or is surnames only sharing one with the other's, is that case.

A first name of its own ("Miguel Rodriguez Orejuela" beside "Gilberto Rodriguez Orejuela") keeps two
brothers apart.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any, Final, Protocol

import regex

from diplotext.extractors.actors.names import is_given_name
from diplotext.model import Actor

__all__ = ["join_name_forms", "same_suspect"]

_WORD: Final = regex.compile(r"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*")


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(name)]


def _given(words: Iterable[str]) -> set[str]:
    return {w for w in words if is_given_name(w.title())}


def same_suspect(fuller: Actor, other: Actor) -> bool:
    """Is ``other`` a shorter form of ``fuller``'s name ("Abu Hamza" of "Abu Hamza al-Masri"), or his
    surnames alone, one of them shared ("Guzman Loera" of "Joaquin Guzman")?"""
    a, b = _words(fuller.name), _words(other.name)
    if not a or not b or len(b) > len(a) or a == b:
        return False
    if set(b) <= set(a) and len(b) >= 2:
        return True  # "Abu Hamza" of "Abu Hamza al-Masri" (a lone word may be anyone's surname)
    if len(b) < 2 or _given(b) or not _given(a[:1]):
        return False
    # "Guzman Loera": no given name of its own, the other's surname among its words
    surnames = set(a[1:]) - _given(a[1:])
    return bool(surnames & set(b)) and b[0] in surnames


class _Case(Protocol):
    suspect: Actor
    order: int
    acts: list[Any]
    sentences: set[int]


def join_name_forms(cases: MutableMapping[str, Any]) -> None:
    """Join each case whose suspect is told by a shorter form of another's name into that case (the
    fuller name stays, and the earlier mention orders the case)."""
    ordered: list[_Case] = sorted(cases.values(), key=lambda c: (-len(c.suspect.name), c.order))
    for case in ordered:
        if case.suspect.id not in cases:
            continue
        for other in ordered:
            if (
                other is case
                or other.suspect.id not in cases
                or not same_suspect(case.suspect, other.suspect)
            ):
                continue
            case.acts.extend(other.acts)
            case.sentences |= other.sentences
            case.order = min(case.order, other.order)
            del cases[other.suspect.id]
