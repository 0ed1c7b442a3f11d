"""Names in a list with a person: "Joseph Bantu and Anil Kerwal signed", "the ministers, Anil Kerwal
and Ramesh Tarvan,". A run of two to four capitalised words with no cue of its own (an unlisted
given name) is a person's name when it stands in a list of names ("A and B", "A, B and C": the
last join an "and") that holds a name with a person cue or follows a plural noun of people and a
comma, and it is shaped like a name (:meth:`.candidates._Usage.name_shaped`: each word
capitalised, none the article writes in lower case, none that is never a name, nor the plural of
one). Not a list that modifies a noun after it ("A and Shell Oil executives"), nor one after an
article, a possessive or another modifier ("the tenth A and B").
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Final

from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.candidates import _Usage
from diplotext.extractors.actors.entities import Candidate
from diplotext.extractors.actors.name_cues import _inflected_verb
from diplotext.extractors.actors.tokens import Token, TokenIndex
from diplotext.syntax.words import AUXILIARIES, DETERMINERS, FUNCTION_WORDS, verb_forms

__all__ = ["listed_with_a_person"]

_LIST_WORDS: Final = frozenset({"and", ","})
_MAX_WORDS: Final = 4
_token_end: Final = operator.attrgetter("end")


def listed_with_a_person(
    tokens: Sequence[Token], cued: list[Candidate], uncued: list[Candidate], index: TokenIndex | None
) -> tuple[list[Candidate], list[Candidate]]:
    """(cued, uncued) with the uncued runs listed with a cued name moved to the cued ones."""
    if not any(2 <= len(c.tokens) <= _MAX_WORDS for c in uncued):
        return cued, uncued
    members = sorted(((*_bounds(tokens, c), c) for c in (*cued, *uncued)), key=lambda m: m[0])
    by_start = {m[0]: m for m in members}
    usage: _Usage | None = None
    promoted: set[int] = set()
    followed: set[int] = set()  # the members a list word leads to from the member before
    for member in members:
        if member[0] in followed:
            continue
        chain = [member]
        joins: list[bool] = []  # has each join an "and"?
        while True:
            nxt, has_and = _next_member(tokens, chain[-1][1], by_start)
            if nxt is None:
                break
            chain.append(nxt)
            joins.append(has_and)
            followed.add(nxt[0])
        # a list ends in "and": "A, B and C" ("X, Gerry Y - who": an apposition, no list)
        if len(chain) < 2 or not joins[-1]:
            continue
        if not any(c.cued and len(c.tokens) >= 2 for _, _, c in chain) and not _after_plural_person_noun(
            tokens, chain[0][0]
        ):
            continue
        if not _stands_alone(tokens, chain[0][0], chain[-1][1]):
            continue
        for first, last, cand in chain:
            if cand.cued or not 2 <= len(cand.tokens) <= _MAX_WORDS:
                continue
            usage = usage or _Usage(tokens, index)
            words = [tokens[k] for k in range(first, last + 1) if tokens[k].is_word]
            if not usage.name_shaped(words) or _plural_noun(words[-1].low) or _description_first(words):
                continue
            promoted.add(id(cand))
            cand.cued = True
            cand.weak = False
    if not promoted:
        return cued, uncued
    return [*cued, *(c for c in uncued if id(c) in promoted)], [c for c in uncued if id(c) not in promoted]


def _bounds(tokens: Sequence[Token], cand: Candidate) -> tuple[int, int]:
    """The first and last token of a candidate's name (past an honorific before it)."""
    last = bisect.bisect_left(tokens, cand.span[1], key=_token_end)
    return cand.first, min(last, len(tokens) - 1)


def _next_member(
    tokens: Sequence[Token], last: int, by_start: dict[int, tuple[int, int, Candidate]]
) -> tuple[tuple[int, int, Candidate] | None, bool]:
    """The name "and", a comma or ", and" after ``last`` leads to in the same sentence, and whether
    the join has an "and"."""
    k = last + 1
    hops = 0
    has_and = False
    while k < len(tokens) and hops < 2 and tokens[k].low in _LIST_WORDS:
        has_and = has_and or tokens[k].low == "and"
        k += 1
        hops += 1
    if hops == 0 or k not in by_start or tokens[k].sentence != tokens[last].sentence:
        return None, False
    return by_start[k], has_and


def _after_plural_person_noun(tokens: Sequence[Token], first: int) -> bool:
    """Does the list stand after a plural noun of people and a comma ("the two ministers, A and B",
    "the suspects, A and B")?"""
    if first < 2 or tokens[first - 1].text != "," or not tokens[first - 2].is_lower:
        return False
    noun = tokens[first - 2].low
    if not noun.endswith("s"):
        return False
    one = noun[:-1]
    return (one,) in roles.ROLES or (first >= 3 and (tokens[first - 3].low, one) in roles.ROLES)


def _description_first(words: Sequence[Token]) -> bool:
    """Does a plural that is no given name stand before a given name ("Defenders Danny X")?"""
    return (
        len(words) >= 3
        and words[0].low.endswith("s")
        and names.is_given_name(words[1].text)
        and not names.is_given_name(words[0].text)
    )


def _plural_noun(low: str) -> bool:
    """Is the word the plural of a word that is never a name ("Committees")?"""
    if low.endswith("ies") and names.is_non_name(low[:-3] + "y"):
        return True
    return low.endswith("s") and names.is_non_name(low[:-1])


def _stands_alone(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Is the list a noun phrase of its own: after no article or possessive, also past other
    lower-case words ("the tenth A and B"; a preposition, a verb or a comma ends the look back),
    before no noun ("Shell Oil executives": only punctuation, a function word or an inflected verb)?"""
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens[k].sentence == tokens[first].sentence:
        prev = tokens[k]
        if prev.low in DETERMINERS or (prev.low == "s" and k >= 1 and tokens[k - 1].text in "'’"):
            return False  # "the tenth A and B", "the party's A and B"
        if not (prev.is_word and prev.is_lower) or prev.low in FUNCTION_WORDS or prev.low in AUXILIARIES:
            break
        if prev.low in verb_forms():
            break
        k -= 1  # a modifier or an adverb: "brought together A and B", "the so-called A and B"
    if last + 1 >= len(tokens):
        return True
    nxt = tokens[last + 1]
    if nxt.text in "'’":
        return False  # "A and Acme Foods' chief"
    if not nxt.is_word or nxt.sentence != tokens[last].sentence:
        return True
    return nxt.is_lower and (nxt.low in FUNCTION_WORDS or _inflected_verb(nxt.low))
