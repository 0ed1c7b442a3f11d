"""A title before a surname that is also a place: "Foreign Affairs Secretary Roberto Lima ...
Secretary Lima will also call on X". The tagger reads the lone "Lima" as the city; after a title,
when someone named in full in the article has that surname, it is that person (issue 9,
twenty-sixth session, helper visits40)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Entity, Tag, tagged
from diplotext.extractors.actors.tokens import Token

__all__ = ["titled_place_surnames"]

_PLACE_KINDS: Final = frozenset(["city", "capital", "state"])


def titled_place_surnames(people: list[Entity], tokens: Sequence[Token], at: list[Tag | None]) -> None:
    """Make a place name right after a role title a mention of the one person named in full with
    that surname, and drop its place tag."""
    by_last: dict[str, list[Entity]] = {}
    for ent in people:
        for form in ent.forms:
            if len(form) >= 2:
                key = names.skeleton(form[-1])
                if ent not in by_last.setdefault(key, []):
                    by_last[key].append(ent)
    if not by_last:
        return
    n = len(tokens)
    for i, tag in list(tagged(at)):
        if tag.start != i or tag.kind != "role" or tag.end >= n:
            continue
        place = at[tag.end]
        if (
            place is None
            or place.kind not in _PLACE_KINDS
            or place.start != tag.end
            or place.end != tag.end + 1
        ):
            continue
        tok = tokens[tag.end]
        nxt = tokens[tag.end + 1] if tag.end + 1 < n else None
        if nxt is not None and nxt.is_cap and nxt.sentence == tok.sentence:
            continue  # "President Lima Barros": a longer name, read elsewhere
        owners = by_last.get(names.skeleton(tok.text), [])
        if len(owners) != 1 or tokens[tag.start].sentence != tok.sentence:
            continue
        owner = owners[0]
        span = (tok.start, tok.end)
        if span not in owner.mentions:
            owner.mentions.append(span)
            owner.mentions.sort()
        at[tag.end] = None
