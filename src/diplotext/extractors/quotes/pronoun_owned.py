"""Someone's people owned by a pronoun: "her office said", "his spokesman said" after the article
named Senator X are "Senator X's office" and "X's spokesman" (the owner found as a "she" or "he"
at the same place would be), never X; the words stay as written when the pronoun finds no person
(see docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .article_names import person_name
from .mentions import Mention, head_noun
from .naming import PEOPLE_OF
from .resolver import Resolver
from .speaker_history import Said, pronoun_fits
from .speaker_titles import person_head

__all__ = ["pronoun_owned"]

_OWNED_WORDS: Final = regex.compile(r"(?:[\p{Ll}\-]+\s+){0,2}\p{Ll}+")
_OWNER_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?P<owner>[Hh]is|[Hh]er)\s+$")
_SEX: Final = {"his": "m", "her": "f"}
_SUBJECT: Final = {"m": "he", "f": "she"}


def pronoun_owned(resolver: Resolver, m: Mention, quoted: Callable[[int], bool]) -> Said | None:
    """``m`` is "his"/"her" before one of the people of someone ("her office", "his chief
    spokesman"): the owner the actors layer joined the pronoun to, else the person of that sex
    named last before it outside quotation marks (``quoted``), with the owned words; ``None`` for
    any other mention or when no person named in full is found."""
    if m.kind not in ("group", "description"):
        return None
    if _OWNED_WORDS.fullmatch(m.text, None, None, KEEP_GIL) is None or head_noun(m.text) not in PEOPLE_OF:
        return None
    text = resolver.text
    before = _OWNER_BEFORE.search(text, max(0, m.start - 6), m.start, KEEP_GIL)
    if before is None:
        return None
    at, end = before.span("owner")
    want = _SEX[before.group("owner").lower()]
    actor = resolver.actor_at(at, end)
    name: str | None
    if actor is not None and actor.kind == "person" and pronoun_fits(resolver, actor, _SUBJECT[want]):
        name = actor.name if " " in actor.name else resolver.full_name(actor.name, at)
    else:
        near = resolver.nearest_person(at, said=quoted)
        name = near if near is None or " " in near else resolver.full_name(near, at)
        if name is not None and resolver.gender(name, None) not in (None, want):
            return None  # "Ms X ... his office said": someone else's office
    if name is None or " " not in name or not (person_name(name) or _person_actor(resolver, name, at)):
        return None  # no person named in full ("advisers to X", "Smith")
    return Said(f"{name}'s {m.text}", None, m, person_head(m.text))


def _person_actor(resolver: Resolver, name: str, pos: int) -> bool:
    """Is ``name`` a person the actors layer knows, named before ``pos``?"""
    for s, e, actor in resolver.mentions_back(pos, max(0, pos - _BACK)):
        if actor.name == name or resolver.text[s:e] == name:
            return actor.kind == "person"
    return False


_BACK: Final = 4000
