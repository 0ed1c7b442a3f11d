"""Someone's people owned by a pronoun: "her office said", "his spokesman said" after the article
named Senator X are "Senator X's office" and "X's spokesman" (the owner found as a "she" or "he"
at the same place would be), never X; the words stay as written when the pronoun finds no person
(see docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex

from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import PREPOSITIONS

from .article_names import person_name
from .mentions import Mention, head_noun
from .naming import PEOPLE_OF
from .resolver import Resolver
from .speaker_history import Said, pronoun_fits
from .speaker_titles import person_head
from .subject_position import opens_sentence

__all__ = ["pronoun_owned"]

_OWNED_WORDS: Final = regex.compile(r"(?:[\p{Ll}\-]+\s+){0,2}\p{Ll}+")
_OWNER_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?P<owner>[Hh]is|[Hh]er)\s+$")
_SEX: Final = {"his": "m", "her": "f"}
_SUBJECT: Final = {"m": "he", "f": "she"}


def pronoun_owned(resolver: Resolver, m: Mention, quoted: Callable[[int], bool]) -> Said | None:
    """``m`` is "his"/"her" before one of the people of someone ("her office", "his chief
    spokesman"): the owner the actors layer joined the pronoun to, else the person named last
    before it outside quotation marks (``quoted``), of no other sex, when that person opens a
    sentence as its subject; with the owned words. ``None`` for any other mention or when no
    person named in full is found (the words then stay as written)."""
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
    name: str | None = None
    if actor is not None and actor.kind == "person" and pronoun_fits(resolver, actor, _SUBJECT[want]):
        named = [(s, e) for s, e in actor.mentions if e <= at and not text[s:e].islower()]
        if " " in actor.name and named and _subject(text, *named[-1]):
            others = resolver.people_between(named[-1][1], at)
            if any(not quoted(pos) and i != actor.id for i, pos in others):
                return None  # "X faces charges, while Y was told ..., his father said": unsure
            name = actor.name
    if name is None:
        near = resolver.nearest_person(at, said=quoted)
        found = text.rfind(near, 0, at) if near is not None else -1
        if near is not None and " " in near and found >= 0 and _subject(text, found, found + len(near)):
            name = near
        own = resolver.actor_at(found, found + len(near)) if name is not None and near is not None else None
        others = resolver.people_between(found + len(near or ""), at) if name is not None else []
        if any(not quoted(pos) and (own is None or i != own.id) for i, pos in others):
            return None  # another person named since ("Y, an adviser, ... advisers to Mr. X say"): unsure
        if name is not None and resolver.gender(name, None) not in (None, want):
            return None  # "Ms X ... his office said": someone else's office
    if name is None or " " not in name or not (person_name(name) or _person_actor(resolver, name, at)):
        return None  # no person named in full ("advisers to X", "Smith")
    return Said(f"{name}'s {m.text}", None, m, person_head(m.text))


def _subject(text: str, s: int, e: int) -> bool:
    """Does the name at ``s``-``e`` open its sentence as its subject (not as an owner: "X's
    arrest warrant")? "The manager of Y, X, has died, his family said" is X's family, not Y's."""
    if text.startswith(("'s", "’s"), e):
        return False
    if opens_sentence(text, s, e):
        return True
    lead = _DESCRIBED_LEAD.search(text, max(0, s - 60), s, KEEP_GIL)
    return lead is not None and not any(w in PREPOSITIONS for w in lead.group(1).split())


_DESCRIBED_LEAD: Final = regex.compile(
    r"(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:The|A|An)\s+((?:[\p{Ll}\-]+\s+){1,3})$"
)
"""A sentence opening with a description right before the name: "The businessman X"."""


def _person_actor(resolver: Resolver, name: str, pos: int) -> bool:
    """Is ``name`` a person the actors layer knows, named before ``pos``?"""
    for s, e, actor in resolver.mentions_back(pos, max(0, pos - _BACK)):
        if actor.name == name or resolver.text[s:e] == name:
            return actor.kind == "person"
    return False


_BACK: Final = 4000
