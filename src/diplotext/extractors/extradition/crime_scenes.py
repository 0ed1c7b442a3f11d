"""The state where the crime a suspect is described by was done asks for him: "A suspect in the
murder of a Quito taxi driver was detained in Bogota, and police sent a request for his
extradition". When nothing else in the story names the state that asks, the place
named inside "a suspect in <the crime>" (a city or state, by name: not a demonym, which may be the
victim's nationality) gives it, when it is not the state asked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.eventkit import EventContext

__all__ = ["crime_scene_state"]

_DESCRIBED: Final = regex.compile(
    r"\b(?i:suspects?)[ \t]+in[ \t]+(?:the|an?)[ \t]+"
    r"(?P<crime>(?:(?!\b(?:" + lexicon.alternation("events", "words ending a described crime") + r")\b)"
    r"[^,;:.()\"\n]){3,90})"
)
_CRIMES: Final = lexicon.words("events", "crimes a suspect is described by")
_CAPITALISED: Final = regex.compile(r"\b\p{Lu}[\p{Ll}'-]+\b")


def crime_scene_state(ctx: EventContext, sentences: Iterable[int], asked: str | None) -> str | None:
    """The one state the crimes the case's sentences describe a suspect by were done in, when it
    is not ``asked``; else ``None``."""
    found: set[str] = set()
    for idx in sorted(sentences):
        start, end = ctx.layer.sentences[idx]
        for m in _DESCRIBED.finditer(ctx.text, start, end):
            words = m.group("crime").lower().split()
            if not any(w in _CRIMES for w in words[:3]):
                continue  # "a suspect in the case", "a suspect in custody"
            found |= _places(ctx, *m.span("crime"))
    found.discard(asked or "")
    return found.pop() if len(found) == 1 else None


def _places(ctx: EventContext, start: int, end: int) -> set[str]:
    """The states a crime's phrase names by a place: its entities, else a capitalised word the
    world-city layer knows (and no namesake of a person or a thing)."""
    named = {
        e.code
        for e in ctx.layer.entities_in(start, end)
        if e.kind in ("state", "place") and e.code and e.place_kind != "demonym"
    }
    if named:
        return named
    out: set[str] = set()
    for m in _CAPITALISED.finditer(ctx.text, start, end):
        city = geo.world_city(m.group())
        if city is not None and not city.namesake:
            out.add(city.code)
    return out
