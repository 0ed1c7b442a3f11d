"""Organisations and groups found over the tagged tokens: capitalised phrases ending in an
organisation head ("Chinese Foreign Ministry", "Ministry of Foreign Affairs"), with the country of a
demonym or possessive state before them, and groups of a country ("British prosecutors", "U.S.
officials").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.entities import OrgMention, Tag, tagged
from diplotext.extractors.actors.name_cues import _finite_verb
from diplotext.extractors.actors.organizations import (
    MINISTRY_WORDS,
    ORG_HEADS,
    ORG_MAX_TOKENS,
)
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.tokens import Token, TokenIndex
from diplotext.syntax.words import FUNCTION_WORDS, MODALS, dates_a_name, verb_forms

_SENTENCE_OPENERS: Final = lexicon.words("speech", "sentence openers")
# Capitalised words of a title-case headline that no organisation name holds before its head
# ("Wisconsin Elects A Supreme Court", "Ana Ruiz Would Put Judges On Court").
_HEADLINE_BREAKS: Final = (
    lexicon.words("actors", "capitalised verbs after a name")
    | lexicon.words("actors", "headline words before an organisation")
    | frozenset(MODALS)
)


_BASED: Final = "-based"


def _common_word(token: Token, lower: set[str]) -> bool:
    """Is a capitalised word that opens a sentence a common word ("The", "Meanwhile", "Shares"):
    a function word, an adverb, a verb form, or a word the article also writes in lower case?"""
    low = token.low
    return (
        low in lower
        or low in FUNCTION_WORDS
        or low.endswith("ly")
        or low in verb_forms()
        or low in _SENTENCE_OPENERS
    )


def _verb_after_a_name(tokens: Sequence[Token], k: int) -> bool:
    """Is the capitalised word at ``k`` a headline's verb after a given name and a surname
    ("Glenna Beckett Blasts Harbor Board")?"""
    return (
        k >= 2
        and tokens[k].is_cap
        and _finite_verb(tokens[k].low)
        and tokens[k - 1].is_cap
        and names.is_given_name(tokens[k - 2].text)
    )


_OPENS_NAME: Final = frozenset({"the", ",", ";", ":", "(", '"', "“"})
"""What stands before a body's name whose first field is joined to the next by "and"."""


def _field_before_and(tokens: Sequence[Token], at: list[Tag | None], k: int) -> int | None:
    """Where the capitalised words before the "and" at ``k`` start when they open a body's name
    ("the Trade and Industry Ministry", "Health and Safety Executive" at a sentence's start): one
    to three untagged words after "the", a clause mark, a state's tag or the text's start; else
    None ("Britain and the X Institute", "met Ann and the X Institute")."""
    j = k
    while (
        j - 1 >= 0
        and k - j < 3
        and tokens[j - 1].is_cap
        and tokens[j - 1].is_word
        and not tokens[j - 1].initial
        and at[j - 1] is None
        and _adjacent(tokens, j - 1, j)
    ):
        j -= 1
    if j == k:
        return None
    if j == 0 or tokens[j - 1].low in _OPENS_NAME or tokens[j - 1].text in ".!?":
        return j
    tag = at[j - 1]
    return j if tag is not None and tag.kind in ("demonym", "state") else None


def _org_phrases(
    tokens: Sequence[Token], at: list[Tag | None], index: TokenIndex | None = None
) -> list[OrgMention]:
    """Capitalised phrases ending in an organisation head: "Chinese Foreign Ministry",
    "Ministry of Foreign Affairs", "Prosecutor General's Office"."""
    out: list[OrgMention] = []
    n = len(tokens)
    if index is None:
        heads = [k for k, t in enumerate(tokens) if t.is_cap and t.low in ORG_HEADS and at[k] is None]
    else:
        heads = [k for k in index.caps if tokens[k].low in ORG_HEADS and at[k] is None]
    lower: set[str] | None = None  # the words the article writes in lower case, read when needed
    free = 0  # the first token after the last phrase
    for i in heads:
        if i < free:
            continue
        # extend left over capitalised untagged words ("Foreign"), then one demonym/state
        left = i
        while left - 1 >= 0 and i - left < ORG_MAX_TOKENS and _adjacent(tokens, left - 1, left):
            prev = tokens[left - 1]
            if not prev.initial and (prev.low in _HEADLINE_BREAKS or _verb_after_a_name(tokens, left - 1)):
                break
            if prev.low.endswith(_BASED):
                break  # "Paris-based Orbix Institute": where it is based, no part of the name
            if dates_a_name(prev.text, tokens[left - 2].text if left >= 2 else "", tokens[left].text):
                break  # "On Friday Orbex Motor Company": the day is no part of the name
            if prev.is_cap and at[left - 1] is None and prev.is_word and not prev.initial:
                left -= 1
            elif prev.low == "and" and left > i - ORG_MAX_TOKENS + 1:
                joined = _field_before_and(tokens, at, left - 1)
                if joined is None:
                    break
                left = joined  # "the Fish and Game Department": one name with "and" inside
                break
            elif prev.is_cap and at[left - 1] is None and prev.initial and prev.low in MINISTRY_WORDS:
                left -= 1
                break
            elif prev.is_cap and at[left - 1] is None and prev.initial and prev.is_word:
                lower = lower if lower is not None else {t.low for t in tokens if t.is_lower}
                if _common_word(prev, lower):
                    break
                left -= 1  # "Orbex Mining Corp. said": a sentence-opening name word no common word
                break
            else:
                break
        country: str | None = None
        start_tok = left
        if left - 1 >= 0 and _adjacent(tokens, left - 1, left):
            tag = at[left - 1]
            if tag is not None and tag.kind in ("demonym", "state") and tag.span is None:
                country = tag.code
                start_tok = tag.start
        # possessive state: "Russia's Foreign Ministry"
        if country is None and left >= 3 and tokens[left - 1].low == "s" and tokens[left - 2].text in "'’":
            tag = at[left - 3]
            if tag is not None and tag.kind == "state":
                country = tag.code
        end = i + 1
        # "Ministry of Foreign Affairs", "Court of Justice"
        if end + 1 < n and tokens[end].low in ("of", "for") and _adjacent(tokens, end - 1, end):
            j = end + 1
            if j < n and tokens[j].low == "the":
                j += 1
            k = j
            while (
                k < n
                and k - j < ORG_MAX_TOKENS
                and tokens[k].is_cap
                and at[k] is None
                and _adjacent(tokens, k - 1, k)
            ):
                k += 1
                if k < n and tokens[k].low == "and" and k + 1 < n and tokens[k + 1].is_cap:
                    k += 1
            if k > j and tokens[k - 1].is_cap:
                end = _listed_portfolios(tokens, at, k)
            elif k == j and k < n and tokens[end].low == "of":
                state = at[k]
                if state is not None and state.kind == "state" and state.start == k and state.span is None:
                    end = state.end  # "Bank of Japan", "Supreme Court of Norland": the state's own body
                    country = country or state.code
        words = [t.low for t in tokens[left:end] if t.is_word]
        if len(words) == 1 and country is None:
            free = end
            continue
        span = (tokens[start_tok].start, tokens[end - 1].end)
        core = " ".join(words)
        out.append(OrgMention(core, "", country, span))
        free = end
    return out


def _listed_portfolios(tokens: Sequence[Token], at: list[Tag | None], k: int) -> int:
    """The end of a body's name that lists its fields after the first one, commas between them and
    "and" before the last ("Department for Trade, Energy and Transport"): past the last field when the
    list closes so, else ``k``."""
    n = len(tokens)
    j = k
    while j + 1 < n and tokens[j].text == "," and j - k < ORG_MAX_TOKENS:
        m = j + 1
        while m < n and tokens[m].is_cap and at[m] is None and _adjacent(tokens, m - 1, m) and m - j <= 3:
            m += 1
        if m == j + 1 or names.is_given_name(tokens[j + 1].text):
            return k  # "the Ministry of Trade, Ana Duro and ...": a list of people after the body
        if (
            m + 1 < n
            and tokens[m].low == "and"
            and tokens[m + 1].is_cap
            and at[m + 1] is None
            and not names.is_given_name(tokens[m + 1].text)
        ):
            last = m + 1
            while last + 1 < n and tokens[last + 1].is_cap and at[last + 1] is None and last - m < 3:
                last += 1
            return last + 1
        j = m
    return k


def _groups(text: str, tokens: Sequence[Token], at: list[Tag | None]) -> list[OrgMention]:
    """ "British prosecutors", "Senior Chinese diplomats", "U.S. officials": groups with a country."""
    out: list[OrgMention] = []
    n = len(tokens)
    for i, tag in tagged(at):
        if tag.kind not in ("demonym", "state") or tag.end - 1 != i or tag.span is not None:
            continue
        if tag.kind == "state" and tokens[tag.start].text not in ("U.S.", "US", "UK", "U.K.", "EU"):
            continue
        j = i + 1
        if (
            j + 1 < n
            and tokens[j].is_lower
            and tokens[j].low in MINISTRY_WORDS
            and tokens[j + 1].low in roles.GROUP_NOUNS
        ):
            j += 1
        if j >= n or not _adjacent(tokens, j - 1, j) or tokens[j].low not in roles.GROUP_NOUNS:
            continue
        if not tokens[j].is_lower:
            continue
        if tag.start >= 2 and tokens[tag.start - 1].low in ("and", "or", "&"):
            continue  # "the Russian and British leaders": people of two countries, not one group
        start = tag.start
        while (
            start - 1 >= 0
            and tokens[start - 1].low in roles.GROUP_MODIFIERS
            and _adjacent(tokens, start - 1, start)
        ):
            start -= 1
        span = (tokens[start].start, tokens[j].end)
        out.append(
            OrgMention(f"{tag.code}:{tokens[j].low}", text[span[0] : span[1]], tag.code, span, "group")
        )
    return out
