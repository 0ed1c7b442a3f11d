"""Where the state of a titled name comes from: the states of a plural or "respective" title
("the foreign ministers of A and B"), a remit ("minister for Asian affairs"), "of" and a state after
a titled name, and a body named in lower case before a role ("the Chilean government's envoy").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.tokens import Token

_ROYAL: Final = lexicon.words("actors", "royal titles")
_CITY_RULERS: Final = lexicon.words("actors", "titles of the ruler of a city")


def _is_name_token(tok: Token) -> bool:
    if not tok.is_word:
        return False
    if tok.is_cap:
        return True
    return "-" in tok.text and bool(names.ARABIC_PREFIX.match(tok.text))


def _is_state(tag: Tag | None) -> bool:
    return tag is not None and tag.kind in ("state", "seat")


def _respective_title(
    tokens: Sequence[Token], at: list[Tag | None], i: int, sentence: int
) -> tuple[str, str] | None:
    """ "The presidents of Kenya and Uganda, A and B, visited Juba": the role of the plural noun,
    and the state of the same place in its list, for the name at ``i``."""
    k = i - 1
    names_before = 0
    while k >= 0 and tokens[k].sentence == sentence:
        tok = tokens[k]
        if tok.text == "," and k >= 1 and at[k - 1] is not None and at[k - 1].kind == "state":  # type: ignore[union-attr]
            break
        if tok.text == "," and k >= 1 and tokens[k - 1].is_lower and tokens[k - 1].low.endswith("s"):
            break  # "the Indian and Zambian premiers, A and B"
        if tok.low in ("and", ","):
            k -= 1
            continue
        if not (tok.is_cap and at[k] is None):
            return None
        while k >= 0 and tokens[k].is_cap and at[k] is None:
            k -= 1
        names_before += 1
    else:
        return None
    if names_before == 0:
        j = i
        while j < len(tokens) and tokens[j].is_cap and at[j] is None:
            j += 1
        listed = j + 1 < len(tokens) and (
            tokens[j].low == "and" or (tokens[j].text == "," and tokens[j + 1].is_cap and at[j + 1] is None)
        )
        if not listed:
            return None  # one name only: an apposition, not a list
    if tokens[k - 1].is_lower:
        return _demonyms_before_plural(tokens, at, k - 1, names_before)
    states: list[str] = []
    k -= 1
    while k >= 0 and tokens[k].sentence == sentence:
        tag = at[k]
        if tag is not None and tag.kind == "state" and tag.code:
            states.insert(0, tag.code)
            k = tag.start - 1
            continue
        if tokens[k].low in ("and", ",", "the"):
            k -= 1
            continue
        break
    if k < 1 or tokens[k].low != "of" or len(states) < 2 or names_before >= len(states):
        return None
    plural = tokens[k - 1].low
    if not plural.endswith("s"):
        return None
    for key in ((tokens[k - 2].low, plural[:-1]) if k >= 2 else (), (plural[:-1],)):
        role = roles.ROLES.get(tuple(key)) if key else None
        if role is not None:
            return role, states[names_before]
    return None


def _demonyms_before_plural(
    tokens: Sequence[Token], at: list[Tag | None], k: int, names_before: int
) -> tuple[str, str] | None:
    """ "the Indian and Zambian premiers, A and B": the role of the plural noun at ``k`` and the
    state of the demonym of the same place in its list, for the name after ``names_before`` names."""
    plural = tokens[k].low
    role = None
    start = k
    for width in (2, 1):
        key = (*(t.low for t in tokens[k - width + 1 : k]), plural[:-1]) if k - width + 1 >= 0 else ()
        if key and tuple(key) in roles.ROLES:
            role, start = roles.ROLES[tuple(key)], k - width + 1
            break
    if role is None:
        return None
    states: list[str] = []
    j = start - 1
    while j >= 0 and tokens[j].sentence == tokens[k].sentence:
        tag = at[j]
        if tag is not None and tag.kind in ("demonym", "state") and tag.code:
            states.insert(0, tag.code)
            j = tag.start - 1
            continue
        if tokens[j].low in ("and", ","):
            j -= 1
            continue
        break
    if len(states) < 2 or names_before >= len(states):
        return None
    return role, states[names_before]


_LIST_REACH: Final = 14
"""How far back (tokens) a plural title may stand before a later name of its list."""


def _plural_title_before(tokens: Sequence[Token], at: list[Tag | None], k: int, sentence: int) -> str | None:
    """ "Presidents A of Ukraine and B of Russia", "Foreign Ministers A, B and C": the role of a
    plural title that opens the list a name at ``k + 1`` ends, when only names, states and list
    words stand between."""
    for x in range(k - 1, max(-1, k - _LIST_REACH), -1):
        tok = tokens[x]
        if tok.sentence != sentence:
            return None
        tag = at[x]
        if tag is not None and tag.kind == "role" and tag.code:
            key = tuple(t.low for t in tokens[tag.start : tag.end])
            return tag.code if key in roles.PLURAL_ROLES and tag.end < k else None
        if tag is not None and tag.kind in ("state", "demonym"):
            continue
        if tok.low in ("and", ",", "of", "the") or (tok.is_cap and tag is None):
            continue
        return None
    return None


_REMIT_HEADS: Final = lexicon.words("actors", "remit heads")


_REMIT_REACH: Final = 6


def _before_remit(tokens: Sequence[Token], k: int, sentence: int) -> int | None:
    """ "envoy for Middle East affairs": when ``k`` ends such a remit, the index of the word before
    its "for" (the role), else ``None``."""
    if k < 0 or tokens[k].low not in _REMIT_HEADS:
        return None
    for x in range(k - 1, max(-1, k - _REMIT_REACH), -1):
        if tokens[x].sentence != sentence:
            return None
        if tokens[x].low == "for":
            return x - 1 if x >= 1 else None
    return None


def _of_state(tokens: Sequence[Token], at: list[Tag | None], j: int, titled: bool) -> str | None:
    """ "President X of Pakistan": the state after a titled name; "King X and Queen Y of Norway":
    a royal couple's, after the second name."""
    if titled and j + 2 < len(tokens) and tokens[j].low == "and":
        tag = at[j + 1]
        if tag is not None and tag.kind == "role" and tag.start == j + 1 and tag.code in _ROYAL:
            k = tag.end
            while k < len(tokens) and _is_name_token(tokens[k]) and at[k] is None:
                k += 1
            if k > tag.end:
                return _of_state(tokens, at, k, True)
        return None
    if not titled or j + 1 >= len(tokens) or tokens[j].low != "of" or not _adjacent(tokens, j - 1, j):
        return None
    k = j + 2 if tokens[j + 1].low == "the" and j + 2 < len(tokens) else j + 1  # "of the Netherlands"
    tag = at[k]
    return tag.code if tag is not None and tag.kind == "state" and tag.start == k else None


_OF_HOPS = 2


_BODY_WORDS = 3


def _state_of_body(tokens: Sequence[Token], at: list[Tag | None], k: int) -> str | None:
    """The state (or demonym) that opens the "of" phrase at ``k`` after a role, or the next "of"
    phrase after up to three words ("of general staff of the Chinese army"), else ``None``."""
    n = len(tokens)
    for _ in range(_OF_HOPS):
        if k + 1 >= n or tokens[k].low != "of":
            return None
        q = k + 2 if tokens[k + 1].low == "the" and k + 2 < n else k + 1
        tag = at[q]
        if tag is not None and tag.kind == "state" and tag.start == q:
            return tag.code
        if tag is not None and tag.kind == "demonym" and tag.start == q and q > k + 1:
            return tag.code  # "of the Chinese army": a demonym after "the"
        k = q
        while (
            k < n
            and k - q < _BODY_WORDS
            and tokens[k].is_word
            and tokens[k].low != "of"
            and (at[k] is None or at[k].kind == "role")  # type: ignore[union-attr]
        ):
            k += 1
    return None


_BODY_NOUNS: Final = lexicon.words("actors", "organisation heads") | lexicon.words("actors", "ministry words")


def _body_state(tokens: Sequence[Token], at: list[Tag | None], k: int) -> str | None:
    """The state of a body named in lower case ending at ``k`` ("Chilean government", "Chilean
    foreign ministry"): the demonym or state right before its words."""
    stop = max(-1, k - 3)
    while k > stop and tokens[k].is_lower and tokens[k].low in _BODY_NOUNS:
        k -= 1
    tag = at[k] if k >= 0 else None
    if tag is None or tag.kind not in ("demonym", "state") or tag.end != k + 1:
        return None
    return tag.code


def _from_state(tokens: Sequence[Token], at: list[Tag | None], k: int) -> str | None:
    """The state named by "from" right after a role in an apposition (", a lawmaker from Slovenia",
    ", the foreign minister from the Netherlands"), else ``None``."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].low != "from" or not _adjacent(tokens, k - 1, k):
        return None
    q = k + 2 if tokens[k + 1].low == "the" and k + 2 < n else k + 1
    tag = at[q]
    if tag is None or tag.kind != "state" or tag.start != q:
        return None
    after = tokens[tag.end] if tag.end < n else None
    if after is not None and after.sentence == tokens[k].sentence and (after.is_cap or after.low == "to"):
        return None  # "from Slovenia Airlines", "from Slovenia to Austria": a journey or a body
    return tag.code


def ruled_city_state(tokens: Sequence[Token], at: list[Tag | None], k: int, role: str | None) -> str | None:
    """The state of the city that opens the "of" phrase at ``k`` after the title of a city's ruler
    (", Crown Prince of Abu Dhabi", ", Ruler of Dubai"): a ruling house of one of a federation's
    cities stands for that state; else ``None`` (a mayor or governor of a city does not)."""
    if role not in _CITY_RULERS or k + 1 >= len(tokens) or tokens[k].low != "of":
        return None
    tag = at[k + 1]
    if tag is not None and tag.kind in ("city", "capital") and tag.start == k + 1:
        return tag.code
    return None
