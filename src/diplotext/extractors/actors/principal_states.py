"""A person with no state of their own takes the state of the person they serve or are kin to, when
the article ties them by a possessive or an apposition: "Russian President X's spokesman Y", "X's
brother, Y", "Y, an adviser to Prime Minister X" (see ``actors.txt [staff words that take their
principal's state]`` and ``[blood kin who take a relative's state]``). Runs after coreference and
before the built-in list of known people, so the article's own tie wins over that list.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.entities import Entity, Tag
from diplotext.extractors.actors.tokens import Token

__all__ = ["principal_states"]

_STAFF: Final = lexicon.words("actors", "staff words that take their principal's state")
_KIN: Final = lexicon.words("actors", "blood kin who take a relative's state")
_SENT: Final = frozenset(("envoy", "emissary"))
"""Staff words whose "to" names whom they are sent to ("the envoy to President X"), not whom they serve."""
_LEADERS: Final = lexicon.words("actors", "leader roles")
_TO: Final = frozenset(("to", "for"))
_ROLE_REACH: Final = 8
"""Tokens from the comma to "to" or "for" at most: ", a deputy national security adviser to"."""
_ARTICLES: Final = frozenset(("a", "an", "the"))
_start: Final = operator.attrgetter("start")
_end: Final = operator.attrgetter("end")


def _tie_word(tokens: Sequence[Token], at: Sequence[Tag | None], k: int) -> tuple[int, bool] | None:
    """The first index of a staff role or a kin noun ending at ``k`` and whether it is kin, else
    ``None``."""
    tag = at[k]
    last = tokens[k].low
    if tag is not None and tag.kind == "role" and tag.end == k + 1:
        if last in _STAFF:
            return tag.start, False
        return (tag.start, True) if last in _KIN else None
    return (k, True) if tokens[k].is_lower and last in _KIN else None


def _government_office(owner: Entity) -> bool:
    """Does the principal hold a state's office ("president", "foreign minister"), not a body's
    ("secretary-general": the staff of a U.N. chief are of no state of the chief's)?"""
    return any(
        r in _LEADERS or r.endswith("minister") or (r.endswith("secretary") and "general" not in r)
        for r in owner.roles
    )


def _owner_before(
    tokens: Sequence[Token], at: Sequence[Tag | None], k: int, ends: dict[int, Entity]
) -> Entity | None:
    """ "X's spokesman[,] <name at k>": the entity X."""
    j = k - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    if j < 2:
        return None
    tie = _tie_word(tokens, at, j)
    if tie is None:
        return None
    first, kin = tie
    if first < 3 or tokens[first - 1].low != "s" or tokens[first - 2].text not in "'\u2019":
        return None
    word = tokens[first - 3]
    owner = ends.get(word.end) if word.sentence == tokens[k].sentence else None
    return owner if owner is not None and (kin or _government_office(owner)) else None


def _owner_after(
    tokens: Sequence[Token], at: Sequence[Tag | None], j: int, starts: dict[int, Entity]
) -> Entity | None:
    """ "<name ending before j>, an adviser to [Title] X": the entity X."""
    n = len(tokens)
    if j + 3 >= n or tokens[j].text != "," or tokens[j + 1].low not in _ARTICLES:
        return None
    k = j + 2
    while k < n and k < j + _ROLE_REACH and tokens[k].low not in _TO:
        k += 1
    tie = _tie_word(tokens, at, k - 1) if k < n and tokens[k].low in _TO else None
    if tie is None or tie[1] or (tokens[k].low == "to" and tokens[k - 1].low in _SENT):
        return None  # not "the envoy to President X", sent to X
    k += 1
    while k < n and at[k] is not None and at[k].kind in ("role", "demonym", "state"):  # type: ignore[union-attr]
        k = at[k].end  # type: ignore[union-attr]
    owner = starts.get(tokens[k].start) if k < n else None
    return owner if owner is not None and _government_office(owner) else None


def principal_states(people: list[Entity], tokens: Sequence[Token], at: Sequence[Tag | None]) -> None:
    """Give each person with no state the state of a principal or relative tied to them."""
    ends: dict[int, Entity] = {}
    starts: dict[int, Entity] = {}
    for ent in people:
        if ent.countries or ent.country:
            for s, e in ent.mentions:
                ends[e] = ent
                starts[s] = ent
    if not ends:
        return
    for ent in people:
        if ent.countries or ent.country:
            continue
        for s, e in ent.mentions:
            k = bisect.bisect_left(tokens, s, key=_start)
            j = bisect.bisect_left(tokens, e, key=_end) + 1
            if k >= len(tokens) or tokens[k].start != s:
                continue
            owner = _owner_before(tokens, at, k, ends) or _owner_after(tokens, at, j, starts)
            if owner is not None and owner is not ent:
                state = owner.countries[0] if owner.countries else owner.country
                if state is not None:
                    ent.countries.append(state)
                    break
