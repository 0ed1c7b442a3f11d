"""A body named in apposition right after a description of it ("The farmers' union, the Grain
Growers Federation, said ..."; "said the employers' group, the Federation of Small Traders (FST)"):
the speaker is the body the name gives, not the description."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import is_given_name

from .mentions import NOT_NAME_OR_ARTICLE, Mention, head_noun
from .naming import BODY_HEADS
from .resolver import Resolver
from .speaker_history import Said

__all__ = ["appositive_body"]

_HEADS: Final = (
    BODY_HEADS
    | lexicon.words("speech", "body nouns before a name")
    | lexicon.words("speech", "firm nouns before a name")
)
_LINKS: Final = lexicon.alternation("actors", "place name connectors")
_WORD: Final = r"\p{Lu}[\p{L}\d&'’\-]*"
_APPOSITION: Final = regex.compile(
    rf",[ \t]+(?:the[ \t]+)?(?P<name>{_WORD}(?:[ \t]+(?:(?:for|on|{_LINKS})[ \t]+)*{_WORD}){{0,7}})"
    r"(?:[ \t]+\([\p{Lu}\d&\-]{2,12}\))?(?=[ \t]*(?:,|\.(?:\s|$)|$))"
)
"""After a body's description: a comma, the body's name (an acronym in brackets after it) and the end
of the apposition."""


def appositive_body(resolver: Resolver, m: Mention) -> Said | None:
    """The body named in apposition right after a description of a body ending at ``m``, or ``None``."""
    if m.kind not in ("group", "description") or head_noun(m.text) not in _HEADS:
        return None
    after = _APPOSITION.match(resolver.text, m.end)
    if after is None:
        return None
    s, e = after.span("name")
    name = after.group("name")
    actor = resolver.actor_at(s, e)
    if actor is not None:
        if actor.kind not in ("organization", "group"):
            return None  # "the party, Ambassador X, warned": a person, a state or a place
        return Said(actor.name, actor.id, m, False)
    first = name.split()[0]
    if (
        is_given_name(first)
        or first.lower() in NOT_NAME_OR_ARTICLE
        or geo.country_code(name) is not None
        or geo.city_country(name) is not None
    ):
        return None
    return Said(name, None, m, False)
