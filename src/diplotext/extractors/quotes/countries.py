"""Countries, capitals and nationalities inside speaker phrases, read from :mod:`diplotext.geo`
(pycountry and the news layer), with the rules that tell a descriptor from a name that holds one.

- A country, capital or nationality before a name is a descriptor to strip ("Chilean President
  X", "Iran Foreign Minister X", "Polish envoy X") when a title, a lower-case role word or a known
  given name follows it; a nationality also before a two-word name of no common words ("Kenyan Ode
  Barasa"). Before any other capitalised word it is part of a name ("Ghana Evening Ledger", "Air
  Malawi", "Canadian Heritage Fund", "Franco Bellini"). A regional adjective ("Asian", "African")
  is a descriptor only before a title ("Central Asian Affairs Secretary X").
- A run of capitalised words holding a country is no person's name ("Air Malawi", "Bank of
  Canada"), unless the country word is the surname after a given name ("Sara Jordan"); a capital
  only keeps a run it opens from being a name ("London Mayor", "Beijing Evening News"), not one it
  ends ("Ravi Amman": a surname); a region is no country ("Acme North America").
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import fold, is_first_name, is_non_name
from diplotext.patterns import KEEP_GIL

__all__ = ["descriptor_length", "is_nationality", "is_place_name", "name_blocked_by_place", "place_kind"]

_KINDS: Final = frozenset({"state", "demonym", "capital", "region"})
_ORG_WORDS: Final = lexicon.words("speech", "organisation words")
_REGIONAL: Final = regex.compile(r"^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$")
"""Adjectives of a region, continent or nation that geo names no state for ("Asian", "European",
"Scottish")."""
_ADJECTIVE: Final = regex.compile(
    r"(?:" + lexicon.alternation("places", "adjective endings in organisation names") + r")$"
)
"""Endings of the adjectives that open an organisation's name ("Medical", "Public", "National")."""


@functools.cache
def _places() -> tuple[dict[str, str], frozenset[str]]:
    """Folded form -> ``"state"``, ``"demonym"``, ``"capital"`` or ``"region"``; and the exact
    abbreviations ("US", "U.S.")."""
    places, abbreviations = geo.gazetteer()
    kinds = {k: kind for k, (kind, _) in places.items() if kind in _KINDS}
    return kinds, frozenset(abbreviations)


@functools.lru_cache(maxsize=8192)
def place_kind(word: str) -> str | None:
    """``"state"``, ``"demonym"``, ``"capital"`` or ``"region"`` for a capitalised word or phrase
    that names one ("Iran", "U.S.", "South Korean", "Polish", "Moscow", "North America"). Kept per
    word: the name resolver asks it of every word of every run of capitalised words."""
    if not word[:1].isupper() or len(word) > 40:
        return None
    kinds, abbreviations = _places()
    if word in abbreviations or word.rstrip(".") in abbreviations:
        return "state"
    return kinds.get(fold(word))


def is_nationality(word: str) -> bool:
    """A demonym ("Polish", "Chileans"); lower-case forms count ("polish")."""
    return geo.demonym_code(word[:1].upper() + word[1:]) is not None


def _common(word: str) -> bool:
    """A word that opens or fills an organisation's name rather than a person's."""
    low = word.lower()
    return (
        low in _ORG_WORDS
        or is_non_name(word)
        or (_ADJECTIVE.search(low, None, None, KEEP_GIL) is not None and not is_first_name(word))
    )


def descriptor_length(words: list[str], title_words: frozenset[str]) -> int:
    """How many of the first words (one or two) are a country, capital or nationality describing
    the name after it, 0 if none (see the module's rules)."""
    for n in (2, 1):
        if len(words) <= n:
            continue
        kind = place_kind(" ".join(words[:n]))
        if kind is None and n == 1 and _REGIONAL.match(words[0], None, None, KEEP_GIL):
            kind = "regional"
        if kind is None or kind == "region":
            continue
        after = words[n]
        if after.islower() or after.lower().rstrip(".") in title_words or after.lower() in title_words:
            return n
        if kind == "regional":
            return 0
        if is_first_name(after) and place_kind(after) is None:
            return n
        if kind == "demonym" and len(words) == n + 2 and not any(_common(w) for w in words[n:]):
            return n  # "Kenyan Ode Barasa"
        return 0
    return 0


def name_blocked_by_place(words: list[str]) -> bool:
    """Does a country or capital keep this run of capitalised words (titles stripped) from being a
    person's name? See the module's rules."""
    k = 0
    while k < len(words):
        kind = place_kind(f"{words[k]} {words[k + 1]}") if k + 1 < len(words) else None
        size = 2
        if kind is None:
            kind, size = place_kind(words[k]), 1
        if kind is None or kind in ("demonym", "region") or (kind == "capital" and k > 0):
            k += size
            continue
        if kind == "state" and k + size == len(words) and k > 0 and is_first_name(words[0]):
            k += size
            continue  # "Sara Jordan": a surname
        return True
    return False


@functools.cache
def _subdivisions() -> frozenset[str]:
    """Folded names of the provinces and states pycountry knows ("ohio", "cornwall"); read by
    :mod:`diplotext.geo` from pycountry's file (building pycountry's 5,000 objects costs more)."""
    return frozenset(fold(name) for name in geo.subdivision_names())


def is_place_name(name: str) -> bool:
    """Is ``name`` a country, a city or a province or state ("Ohio", "Cornwall", "Nebraska")?"""
    name = name.strip().rstrip(".")
    if not name[:1].isupper():
        return False
    kind = place_kind(name)
    if kind in ("state", "capital"):
        return True
    return geo.city_country(name) is not None or fold(name) in _subdivisions()
