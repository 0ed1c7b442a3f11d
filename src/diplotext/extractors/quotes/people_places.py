"""People before a place in a speaker phrase: a "who" clause after "farmers in the valley",
"officials from Peru" or "Democrats on the board" hangs on the people, not on the place
(:mod:`.phrases`)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name

from .countries import is_place_name
from .naming import PERSON_TITLES, can_speak_head

__all__ = ["PLACE_PREPOSITIONS", "people_before", "people_from_place", "plural_people"]


def people_before(toks: list[tuple[int, int, str]], k: int, last: int) -> bool:
    """Does a plural noun for people and a preposition of place stand before ``k`` (the determiner or
    the name after the preposition), and the noun phrase from ``k`` name no person ("farmers in the
    valley", "farmers in Alberta", "Democrats on the committee"; not "aides to the minister")? A "who"
    clause after it hangs on the people."""
    if k < 2 or toks[k - 1][2] not in PLACE_PREPOSITIONS:
        return False
    noun, head = toks[k - 2][2], toks[last][2]
    if (head.islower() and head in PERSON_TITLES) or is_given_name(toks[k][2]):
        return False  # "aides to the minister", "friends of Ann Ryan"
    people = noun.lower() if noun.islower() else noun[:1].lower() + noun[1:]
    return plural_people(people) and (can_speak_head(people) or not noun.islower())


def people_from_place(text: str, toks: list[tuple[int, int, str]], k: int, first: int, last: int) -> bool:
    """Is the phrase after the preposition at ``k`` a place, and the word before it a plural noun for
    people ("officials from Peru", "farmers in Alberta"), so that a "who" clause hangs on them?"""
    if (
        k < 1
        or toks[k][2] not in PLACE_PREPOSITIONS
        or not is_place_name(text[toks[first][0] : toks[last][1]])
    ):
        return False
    noun = toks[k - 1][2]
    return noun.islower() and noun.endswith("s") and can_speak_head(noun)


PLACE_PREPOSITIONS: Final = lexicon.words("speech", "prepositions before a place of people")


def plural_people(word: str) -> bool:
    """A plural noun ("officials", "firefighters") or a collective one ("police", "staff")."""
    return (word.endswith("s") and not word.endswith("ss")) or word in _COLLECTIVE_PEOPLE


_COLLECTIVE_PEOPLE: Final = lexicon.words("speech", "collective nouns of people")
