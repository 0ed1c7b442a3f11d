"""Common-word surnames after a given name: "Kate Green", "Lisa Hall", "Nora May" are persons
although "Green", "Hall" and "May" are never names on their own (a party, a building, a month).

The pair is a name when the run of capitalised words is exactly the given name and the surname, so
"Green Party", "Kate Green Foundation" and "King Street" stay what they are; a building word
("Hall", "Street", "Park") also needs no place word before the given name ("at Albert Hall",
"the Victoria Park"). See ``names.txt [common-word surnames after a given name]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.tokens import Token

__all__ = ["common_surname_after_given", "common_surnames", "later_surname", "title_as_surname"]

_WORD_SURNAMES: Final = lexicon.words("names", "common-word surnames after a given name")
_BUILDING_SURNAMES: Final = lexicon.words("names", "building words that are also surnames after a given name")
_MONTHS: Final = lexicon.words("time", "month names")
_BEFORE_MONTH: Final = lexicon.words("names", "words before a month that is no surname")
_TITLE_SURNAMES: Final = lexicon.words("names", "titles that are also surnames after a given name")
_BEFORE_BUILDING: Final = lexicon.words("names", "words before a building named for a person")


def common_surname_after_given(
    tokens: Sequence[Token], at: Sequence[Tag | None], start: int, k: int, j: int
) -> bool:
    """Is the never-name word at ``k`` the surname of a two-word run opening with a given name of
    either list, with nothing capitalised after it ("Kate Green, the ...", "Lisa Hall said")?"""
    if k != start + 1 or j != k + 1:
        return False
    word = tokens[k]
    if not word.text[1:].islower() or not names.is_given_name(tokens[start].text):
        return False
    building = word.low in _BUILDING_SURNAMES
    if not building and word.low not in _WORD_SURNAMES:
        return False
    if j < len(tokens) and tokens[j].is_cap and tokens[j].sentence == word.sentence:
        return False  # "Kate Green Foundation", "John King Street"
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.is_cap and before.sentence == word.sentence and at[start - 1] is None:
        return False  # "the Royal Albert Hall", not "MP Lisa Hall"
    # a building word after a place word is a place: "at Albert Hall", "the Victoria Park"
    return not (building and start > 0 and tokens[start - 1].low in _BEFORE_BUILDING)


def common_surnames(tokens: Sequence[Token], runs: Sequence[tuple[int, int]]) -> set[str]:
    """The common-word surnames that end the two-word names of ``runs`` ("green" of "Kate Green")."""
    return {
        tokens[b - 1].low
        for a, b in runs
        if b == a + 2 and names.is_non_name(tokens[b - 1].text) and names.is_given_name(tokens[a].text)
    }


def _month_as_surname(tokens: Sequence[Token], i: int) -> bool:
    """Is a lone month's name a later surname ("May said"), not the month ("since May", "May 5")?"""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.sentence != tokens[i].sentence or not nxt.is_lower:
        return False
    return i == 0 or tokens[i - 1].low not in _BEFORE_MONTH


def later_surname(tokens: Sequence[Token], i: int, surnames: set[str]) -> bool:
    """Is the lone capitalised word at ``i`` the common-word surname of a name found earlier in the
    text ("Green said", after "Kate Green"), with nothing capitalised after it ("Green Party")?"""
    word = tokens[i]
    if word.low not in surnames or not word.text[1:].islower():
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.is_cap and nxt.sentence == word.sentence:
        return False
    if word.low in _MONTHS and not _month_as_surname(tokens, i):
        return False
    return not (i > 0 and tokens[i - 1].low in _BEFORE_BUILDING)  # "the Green vote"


def title_as_surname(tokens: Sequence[Token], i: int, given_free: bool, earlier: set[str]) -> bool:
    """Is the one-word title at ``i`` the surname after a given name (``given_free``: the word
    before it is untagged) with nothing capitalised and no "of" after it ("Lisa King said", "Tom
    Major, the envoy"), not a title ("Major General", "King of Jordan")? Or, alone, the surname of
    such a name found earlier (in ``earlier``, which this adds to): "King said", not "the King"."""
    word = tokens[i]
    if word.low not in _TITLE_SURNAMES or not word.text[1:].islower():
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.sentence == word.sentence and (nxt.is_cap or nxt.low == "of"):
        return False
    prev = tokens[i - 1] if i >= 1 else None
    if word.low in earlier:
        return prev is None or prev.low not in _BEFORE_BUILDING
    if (
        prev is None
        or not given_free
        or prev.sentence != word.sentence
        or prev.end + 1 != word.start
        or not names.is_given_name(prev.text)
    ):
        return False
    earlier.add(word.low)
    return True
