"""A person speaker's name as a reader would write it: without the role words, the office's place
or portfolio written before the given name ("Sheriff Tomas Wendt", "Minority Whip Rolf Danbury",
"Governor of Utah Ada Lind" read as "Utah Ada Lind"), and without a place after it ("Chancellor Ada
Lind of Austria"). A name that opens with a word no list knows is kept whole ("Arjunder Kumar X"): only
a known role word, a place or an adverb is cut.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import is_given_name

from .fragments import is_adverb, leading_fragment
from .mentions import TITLE_WORDS
from .naming import PERSON_TITLES, can_speak_head

__all__ = ["bare_name", "full_person_name", "is_place", "role_word"]

_ROLE_WORDS: Final = lexicon.words("speech", "role words before a name")
_REGNAL: Final = lexicon.words("titles", "regnal titles")
_ACTOR_ROLES: Final = frozenset(
    k for k in lexicon.mapping("actors", "role phrases") if " " not in k and not k.endswith(".")
)
_PORTFOLIO: Final = lexicon.words("titles", "complement words")
_PARTICLES: Final = lexicon.words("names", "name particles") | {"of"}
_NAME_SUFFIXES: Final = lexicon.words("speech", "letters after a name")


@cache
def role_word(word: str) -> bool:
    """Can ``word`` (as written) stand before a person's name as (part of) a role, an office's
    place or portfolio: "Sheriff", "Coun.", "Whip", "Vermont", "Treasury"?"""
    low = word.lower()
    bare = low.rstrip(".")
    if low in TITLE_WORDS or bare in TITLE_WORDS or bare in _ROLE_WORDS or bare in _ACTOR_ROLES:
        return True
    if bare in PERSON_TITLES or bare in _PORTFOLIO or is_adverb(bare):
        return True
    if word[:1].isupper() and not is_given_name(word) and is_place(word):
        return True
    return "-" not in bare and can_speak_head(bare)


def is_place(word: str) -> bool:
    """A country, a city or a region pycountry or the gazetteer knows ("Vermont", "New York")."""
    return (
        geo.country_code(word) is not None
        or word in geo.subdivision_names()
        or geo.city_country(word) is not None
    )


def _name_word(word: str) -> bool:
    return (word[:1].isupper() and not word.endswith(("'s", "’s", "'", "’"))) or word in _PARTICLES


def bare_name(name: str) -> str:
    """``name`` without the role words before its given name and a place after it, when what is
    left is a given name and at least one more word; else ``name`` unchanged."""
    words = name.split()
    if len(words) < 3 or any(not _name_word(w) for w in words[1:]):
        return name  # "Prime Minister X's spokesman" is no person's name
    if len(words) >= 5 and words[-2] == "of" and is_place(words[-1]):
        words = words[:-2]  # "President Ada Lind of Austria"
    if len(words) >= 3 and words[-1].lower().rstrip(".") in _NAME_SUFFIXES:
        words = words[:-1]  # "Ada Lind QC"
    cut = 0
    for k in range(len(words) - 2, 0, -1):
        if is_given_name(words[k]) and role_word(words[k - 1]):
            cut = k
            break
    if cut == 0 and len(words) >= 3 and leading_fragment(words[0]) and is_given_name(words[1]):
        cut = 1  # "Maybe Ada Lind"
    if cut and words[cut - 1].lower().rstrip(".") in _REGNAL:
        return name  # "King Abdul Aziz", "Queen Ada II": the title is part of the name
    if any(w.lower().rstrip(".") in TITLE_WORDS for w in words[cut:]):
        return name  # "Glasgow Kelvin MP": a seat and its member, no given name
    if cut == 0 and len(words) == len(name.split()):
        return name
    return " ".join(words[cut:])


def full_person_name(full: str | None) -> str | None:
    """A fuller name found for a one-word person speaker, when it can be a person's: not a place,
    not opened by a role, a firm noun or a clause opener ("Supplier X", "If X"), not "So I"."""
    if full is None:
        return None
    words = full.split()
    first = words[0]
    if is_place(full) or words[-1] == "I" or leading_fragment(first):
        return None
    if first.lower() in _FIRM_NOUNS or (role_word(first) and not is_given_name(first)):
        return None
    return full


_FIRM_NOUNS: Final = lexicon.words("speech", "firm nouns before a name")
