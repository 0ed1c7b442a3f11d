"""Tagging tokens: the longest match at each capitalised token of organisations, places (states,
demonyms, capitals, seats, cities), roles and honorifics, and states and demonyms inside hyphenated
words ("UK-Russia"); with the token helpers the later stages share (is a pair of tokens one phrase,
the character span of a run of tokens).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from diplotext import geo, lexicon
from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.common_surnames import title_as_surname
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.organizations import (
    ORG_FIRST,
    ORG_MAX_TOKENS,
    ORG_PREFIXES,
    ORGS,
    ORGS_EXACT,
)
from diplotext.extractors.actors.place_given_names import place_as_given_name
from diplotext.extractors.actors.tokens import Token, TokenIndex
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL

PLACE_MAX_TOKENS: Final = 5


_ROLE_ABBREVIATIONS: Final = lexicon.words("actors", "role abbreviations")


_PLACE_CONNECTORS: Final = lexicon.words("actors", "place name connectors")


@functools.cache
def _place_prefixes() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """The gazetteer's folded forms, and every run of their first words (split at spaces), each also
    without the "'s" closing its last word ("people" of "people's republic of china"): the parts
    :func:`_match_place` has joined so far (ASCII) that are none of these neither name a place nor
    grow into one, by more words or by a possessive's "'s"."""
    places, _ = geo.gazetteer()
    out: set[str] = set()
    for key in places:
        words = key.split(" ")
        for m in range(1, len(words) + 1):
            head = " ".join(words[:m])
            out.add(head)
            while head.endswith("'s"):
                head = head[:-2]
                out.add(head)
    return places, frozenset(out)


@functools.cache
def _place_first() -> frozenset[str]:
    places, _ = geo.gazetteer()
    # "people's republic of china" opens with the token "people"
    return frozenset(k.split()[0].split("'")[0] for k in places) | {"saint", "st"}


def _span(tokens: Sequence[Token], i: int, j: int) -> Span:
    return tokens[i].start, tokens[j - 1].end


def _adjacent(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Are tokens i..j-1 one phrase (same sentence, separated by single spaces or nothing)?"""
    a, b = tokens[i], tokens[j]
    return a.sentence == b.sentence and 0 <= b.start - a.end <= 1


def _match_org(tokens: Sequence[Token], i: int) -> Tag | None:
    tok = tokens[i]
    entry = ORGS_EXACT.get(tok.text)
    best: Tag | None = None
    if entry is not None:
        best = Tag("org", i, i + 1, entry.country, entry.key, entry.name)
    if not (tok.is_cap or tok.low.startswith("al")) or tok.low not in ORG_FIRST:
        return best
    key: tuple[str, ...] = ()
    n = len(tokens)
    for j in range(i, min(n, i + ORG_MAX_TOKENS)):
        if j > i and not _adjacent(tokens, j - 1, j):
            break
        key = (*key, tokens[j].low)
        if key not in ORG_PREFIXES:
            break  # no organisation's name starts with these words
        entry = ORGS.get(key)
        if entry is not None:
            best = Tag("org", i, j + 1, entry.country, entry.key, entry.name)
    return best


def _match_place(tokens: Sequence[Token], i: int, places: dict[str, tuple[str, str]]) -> Tag | None:
    tok = tokens[i]
    if not tok.is_cap:
        return None
    best: Tag | None = None
    parts: list[str] = []
    n = len(tokens)
    j = i
    words = 0
    gazetteer, prefixes = _place_prefixes()
    gated = places is gazetteer
    while j < n and words < PLACE_MAX_TOKENS:
        t = tokens[j]
        if j > i and not _adjacent(tokens, j - 1, j):
            break
        if t.text == ".":
            if parts and parts[-1] == "st":  # "St. Petersburg"
                j += 1
                continue
            break
        if _possessive_inside(tokens, j) and j > i:
            # "People's Republic of China": a possessive inside a state's long name
            parts[-1] += "'s"
            j += 2
            continue
        if not t.is_word:
            break
        if (
            j > i
            and not t.is_cap
            and t.low not in _PLACE_CONNECTORS
            and not names.ARABIC_PREFIX.match(t.text, None, None, KEEP_GIL)
        ):
            break
        parts.append(t.low if t.low != "saint" else "st")
        words += 1
        j += 1
        key = " ".join(parts)
        if gated and key not in prefixes and key.isascii():
            break  # no place's name starts with these words
        if not t.is_cap:
            continue
        if not key.isascii():
            key = names.fold(key)
        hit = places.get(key)
        if hit is not None:
            best = Tag(hit[0], i, j, hit[1])
    if (
        best is not None
        and best.kind == "demonym"
        and best.end == i + 1
        and i + 1 < n
        and tokens[i + 1].is_cap
        and _adjacent(tokens, i, i + 1)
        and geo.subdivision_countries(f"{tok.text} {tokens[i + 1].text}")
    ):
        return None  # "British Columbia": a province, not a Briton's
    return best


def _possessive_inside(tokens: Sequence[Token], j: int) -> bool:
    """Is token j the apostrophe of a possessive "'s" glued to the word before it and followed by a
    capitalised word ("People's Republic")?"""
    if tokens[j].text not in ("'", "\u2019") or j == 0 or j + 2 >= len(tokens):
        return False
    s_tok, after = tokens[j + 1], tokens[j + 2]
    return (
        s_tok.low == "s"
        and tokens[j - 1].end == tokens[j].start
        and tokens[j].end == s_tok.start
        and after.is_cap
        and _adjacent(tokens, j + 1, j + 2)
    )


def _hyphen_role_keys(low: str) -> list[tuple[str, ...]]:
    """The role keys a hyphenated first word may open: "first-vice" (of "First-Vice President")
    opens "first vice ..." and, past its modifier, "vice ..."; "deputy-prime" opens "deputy prime"."""
    parts = low.split("-")
    if len(parts) < 2 or not all(parts):
        return []
    keys = []
    while parts:
        if parts[0] in roles.ROLE_FIRST:
            keys.append(tuple(parts))
        if parts[0] not in roles.ROLE_MODIFIERS:
            break
        parts = parts[1:]
    return keys


def _match_role(tokens: Sequence[Token], i: int) -> Tag | None:
    low = tokens[i].low
    if low not in roles.ROLE_FIRST:
        best = None
        for key in _hyphen_role_keys(low):
            found = _match_role_from(tokens, i, key)
            if found is not None and (best is None or found.end > best.end):
                best = found
        return best
    return _match_role_from(tokens, i, ())


def _match_role_from(tokens: Sequence[Token], i: int, opening: tuple[str, ...]) -> Tag | None:
    """The longest role at ``i``; ``opening`` holds the parts of a hyphenated first word."""
    best: Tag | None = None
    key: tuple[str, ...] = ()
    n = len(tokens)
    role_prefixes = roles.ROLE_PREFIXES
    for j in range(i, min(n, i + roles.ROLE_MAX_TOKENS)):
        t = tokens[j]
        if j > i and not _adjacent(tokens, j - 1, j):
            break
        if j == i and opening:
            key = opening
        elif t.text == "." and key and key[-1] in _ROLE_ABBREVIATIONS:
            key = (*key[:-1], key[-1] + ".")
        else:
            key = (*key, t.low)
        if key not in role_prefixes:
            break  # no role starts with these words (most tokens: after the first)
        role = roles.ROLES.get(key)
        if role is not None and key in roles.PLURAL_ROLES:
            # "Presidents X and Y", never "the transfer of prisoners, X said"
            after = tokens[j + 1] if j + 1 < n else None
            if after is None or not after.is_cap or not _adjacent(tokens, j, j + 1):
                role = None if not _counted_list(tokens, i, j) else role
        if role is not None:
            best = Tag("role", i, j + 1, role)
    return best


_COUNTS: Final = lexicon.words("actors", "counts before a plural title")


def _counted_list(tokens: Sequence[Token], i: int, j: int) -> bool:
    """ "The two presidents, A of Peru and B of Chile,": a counted plural title set off by a comma
    before the names it counts."""
    n = len(tokens)
    return (
        i >= 1
        and tokens[i - 1].low in _COUNTS
        and j + 2 < n
        and tokens[j + 1].text == ","
        and tokens[j + 2].is_cap
        and tokens[j + 2].sentence == tokens[i].sentence
    )


def _tag(tokens: Sequence[Token], index: TokenIndex | None = None) -> tuple[list[Tag | None], list[Tag]]:
    """Per-token tag (the tag covering it) and the list of tags in order (``index``: the tokens'
    index, watching the first words of roles)."""
    places, abbreviations = geo.gazetteer()
    at: list[Tag | None] = [None] * len(tokens)
    tags: list[Tag] = []
    n = len(tokens)
    role_first = roles.ROLE_FIRST
    place_first = _place_first()
    # only capitalised words, hyphenated words and role words can start a tag
    if index is None:
        starts = [
            k
            for k, t in enumerate(tokens)
            if t.is_word and (t.is_cap or "-" in t.text or t.low in role_first)
        ]
    else:  # (capitalised words are words)
        starts = sorted({*index.caps, *index.hyphened, *index.of_forms(role_first)})
        starts = [k for k in starts if tokens[k].is_word]
    free = 0  # the first token not inside a tag already
    earlier: set[str] = set()  # titles read as surnames so far ("king" of "Lisa King")
    for i in starts:
        if i < free:
            continue
        tok = tokens[i]
        best: Tag | None = None
        if tok.is_cap:
            low = tok.low
            if low in ORG_FIRST or tok.text in ORGS_EXACT:
                best = _match_org(tokens, i)
            code = abbreviations.get(tok.text)
            if code is not None and (best is None or best.end - best.start <= 1):
                best = Tag("state", i, i + 1, code)
            if low in place_first or (not low.isascii() and names.fold(low) in place_first):
                place = _match_place(tokens, i, places)
                if place is not None and (
                    _surname_after_given_name(tokens, at, place)
                    or _given_name_after_title(tokens, at, place)
                    or place_as_given_name(tokens, at, place, place_first)
                ):
                    place = None  # "President Rosa Lima", "General Milan Kovac": a city's name in a name
                if place is not None and (best is None or place.end - place.start > best.end - best.start):
                    best = place
            if best is None and low in ("his", "her") and i + 1 < n and tokens[i + 1].low in roles.HONORIFICS:
                best = Tag("honorific", i, i + 2, tokens[i + 1].low)  # a form of address: "His Excellency"
            if best is None and tok.low in roles.HONORIFICS:
                end = i + 1
                if end < n and tokens[end].text == "." and tokens[end].start == tok.end:
                    end += 1
                best = Tag("honorific", i, end, tok.low)
        elif tok.low.startswith("al-"):
            best = _match_org(tokens, i)
        if (best is None or best.kind != "org") and (
            tok.low in role_first or ("-" in tok.low and tok.is_cap and _hyphen_role_keys(tok.low))
        ):
            role = _match_role(tokens, i)
            if role is not None and _given_name_after_a_title(tokens, at, role):
                role = None  # "Foreign Minister Amir Khan X": a title that is also a given name
            if (
                role is not None
                and role.end == i + 1
                and title_as_surname(tokens, i, i > 0 and at[i - 1] is None, earlier)
            ):
                role = None  # "Lisa King said": a title that is also a surname, after a given name
            if role is not None and _title_inside_a_name(tokens, at, role):
                role = None  # "Sheikh Sharif Sheikh Ahmed": the second "Sheikh" is a word of the name
            if role is not None and (best is None or role.end - role.start > best.end - best.start):
                best = role
        if best is None:
            if "-" in tok.text:
                found = _hyphen_parts(tok, i, places, abbreviations)
                if found:
                    tags.extend(found)
                    at[i] = found[0]
            continue
        tags.append(best)
        for k in range(best.start, best.end):
            at[k] = best
        free = best.end
    return at, tags


_TITLES_INSIDE_NAMES: Final = lexicon.words("actors", "titles that may stand inside a name")


def _title_inside_a_name(tokens: Sequence[Token], at: list[Tag | None], role: Tag) -> bool:
    """Is a one-word title that may stand inside a name ("Sheikh") between two capitalised name
    words, the first untagged ("Sharif Sheikh Ahmed", "Hamid Sheikh Omar")?"""
    i = role.start
    if role.end != i + 1 or tokens[i].low not in _TITLES_INSIDE_NAMES or i == 0 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return (
        at[i - 1] is None
        and prev.is_word
        and prev.is_cap
        and not prev.initial
        and nxt.is_word
        and nxt.is_cap
        and prev.sentence == nxt.sentence
        and _adjacent(tokens, i - 1, i)
        and _adjacent(tokens, i, i + 1)
    )


def _given_name_after_a_title(tokens: Sequence[Token], at: list[Tag | None], role: Tag) -> bool:
    """Is a one-word capitalised role that is also a given name ("Amir") right after a title, and
    followed by a capitalised word: a name, not a second title?"""
    i = role.start
    if role.end - i != 1 or i < 1 or not tokens[i].is_cap or not names.is_first_name(tokens[i].text):
        return False
    before = at[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        before is not None
        and before.kind == "role"
        and before.end == i
        and nxt is not None
        and nxt.is_cap
        and _adjacent(tokens, i, i + 1)
    )


def _surname_after_given_name(tokens: Sequence[Token], at: list[Tag | None], place: Tag) -> bool:
    """Is a one-word city right after a known given name a surname ("President Rosa Lima", "Mr.
    Jack London", "Brazil's foreign minister, Paulo Lima,", "Federico Lagos Ibarguren")? Not after a
    preposition ("in X")."""
    i = place.start
    if place.kind == "state" or place.end - i != 1 or i < 1 or not _adjacent(tokens, i - 1, i):
        return False
    given = tokens[i - 1]
    # a given name of the broad list only with a further surname ("Federico Lagos Ibarguren")
    then = tokens[i + 1] if i + 1 < len(tokens) else None
    surname_after = then is not None and then.is_cap and then.is_word and _adjacent(tokens, i, i + 1)
    if not (
        given.is_cap
        and at[i - 1] is None
        and (names.is_first_name(given.text) or (surname_after and names.is_given_name(given.text)))
    ):
        return False
    before = at[i - 2] if i >= 2 else None
    if before is not None and before.kind in ("role", "honorific"):
        return True
    return i < 2 or tokens[i - 2].low not in _PREPOSITIONS


_PREPOSITIONS: Final = lexicon.words("grammar", "prepositions")


def _given_name_after_title(tokens: Sequence[Token], at: list[Tag | None], place: Tag) -> bool:
    """Is a one-word city that is also a given name, before a capitalised word, a given name: right
    after a title or honorific ("General Milan Kovac", "Ms. Florence Dubois"), or as the first of
    two capitalised words not after a preposition ("Milan Kovac said", "arrested Milan Kovac")?"""
    i = place.start
    if place.kind == "state" or place.end - i != 1 or i + 1 >= len(tokens):
        return False
    before = at[i - 1] if i >= 1 else None
    after = tokens[i + 1]
    if not (
        _adjacent(tokens, i, i + 1)
        and after.is_cap
        and after.is_word
        and after.low not in _place_first()
        and names.is_first_name(tokens[i].text)
    ):
        return False
    if before is not None and before.kind in ("role", "honorific") and _adjacent(tokens, i - 1, i):
        return True
    # "Milan Kovac said", "arrested Milan Kovac": a two-word name (a lower-case word or a stop after
    # it) not after a preposition or an article
    third = tokens[i + 2] if i + 2 < len(tokens) else None
    prev = tokens[i - 1] if i >= 1 else None
    return (
        (third is None or not third.is_cap)
        and (prev is None or (prev.low not in _PREPOSITIONS and prev.low not in ("the", "a", "an")))
        and before is None
    )


def _hyphen_parts(
    tok: Token,
    i: int,
    places: dict[str, tuple[str, str]],
    abbreviations: dict[str, str],
) -> list[Tag]:
    """States and demonyms inside a hyphenated word: "UK-Russia", "ex-Russian", "Sino-US"."""
    pos = tok.start
    found: list[Tag] = []
    for part in tok.text.split("-"):
        start = pos
        pos += len(part) + 1
        if not part or not part[0].isupper():
            continue
        code = abbreviations.get(part)
        kind = "state"
        if code is None:
            hit = places.get(names.fold(part))
            if hit is None or hit[0] not in ("state", "demonym"):
                continue
            kind, code = hit
        found.append(Tag(kind, i, i + 1, code, span=(start, start + len(part))))
    return found
