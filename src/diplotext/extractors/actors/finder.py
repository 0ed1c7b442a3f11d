"""The actor finder: tag tokens (organisations, places, roles), find person names from cues, join
the mentions of one entity, resolve title references and pronouns, and build the actors.

Stages, each one pass over the tokens (lookups are dictionary accesses over windows of at most
a few tokens, so the whole is linear in the length of the article):

1. :func:`_tag` - longest match at each capitalised token of organisations, places (states,
   demonyms, capitals, seats, cities), roles and honorifics; demonyms inside hyphenated words.
2. :func:`_org_phrases`, :func:`_groups` - generic organisations ("Chinese Foreign Ministry") and
   groups ("British prosecutors").
3. :func:`_runs` / :func:`_person_candidates` - capitalised runs that are names, from cues.
4. :mod:`.coref` - join name forms, then title references and pronouns.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from diplotext import geo
from diplotext.extractors.actors import coref, known, names, roles
from diplotext.extractors.actors.organizations import (
    MINISTRY_WORDS,
    ORG_FIRST,
    ORG_HEADS,
    ORG_MAX_TOKENS,
    ORGS,
    ORGS_EXACT,
)
from diplotext.extractors.actors.roles import Gender
from diplotext.extractors.actors.tokens import Token, tokenize, words
from diplotext.model import Actor, Article, Span
from diplotext.syntax.words import FUNCTION_WORDS, verb_forms

PLACE_MAX_TOKENS: Final = 5
RUN_MAX_TOKENS: Final = 6

# Words before a capital that make it a place rather than a government ("talks in Moscow").
_LOCATIVE: Final = frozenset(
    words(
        """
    in at to from near into inside outside via through across toward towards around visit visits
    visited visiting arrived arrive arrives reached reach landed flew fly flies travelled traveled
    travel trip trips return returned returning left leave leaves based born died lives lived live
    headed heading bound embassy consulate outskirts streets centre center downtown suburb suburbs
    of
    """
    )
)
_STOP: Final = frozenset(
    words(
        """
    who which that whose whom said says was were is are has have had be been being will would could
    should may might can and or but nor in on at of to for with by from as into about after before
    not no also then than so if when while where his her its their our my your he she it they we
    """
    )
)
_ROLE_ABBREVIATIONS: Final = frozenset(
    {
        "sen",
        "gov",
        "gen",
        "col",
        "prof",
        "capt",
        "lt",
        "maj",
        "adm",
        "rep",
        "amb",
        "sgt",
        "supt",
        "insp",
        "det",
        "pres",
    }
)
_PLACE_CONNECTORS: Final = frozenset({"of", "and", "the", "de", "da", "du", "la", "el", "es", "au"})


@functools.cache
def _place_first() -> frozenset[str]:
    places, _ = geo.gazetteer()
    return frozenset(k.split()[0] for k in places) | {"saint", "st"}


@attrs.define(slots=True)
class Tag:
    kind: str  # org | state | demonym | capital | city | seat | role | honorific | group
    start: int  # first token index
    end: int  # token index after the last
    code: str | None = None  # ISO3 for places; role value for roles
    key: str | None = None  # organisation key
    name: str | None = None  # organisation default name
    span: Span | None = None  # character span when not the tokens' (a part of a hyphenated word)


@attrs.define(slots=True)
class Candidate:
    """One person-name mention found from cues, before mentions are joined into entities."""

    tokens: list[str]
    span: Span
    alias: str
    written: str
    first: int  # token index
    roles: list[str] = attrs.field(factory=list)
    country: str | None = None
    gender: Gender = None
    cued: bool = True
    title_alias: str | None = None


@attrs.define(slots=True)
class Entity:
    kind: str
    name: str
    country: str | None = None
    roles: list[str] = attrs.field(factory=list)
    mentions: list[Span] = attrs.field(factory=list)
    forms: list[list[str]] = attrs.field(factory=list)
    written: list[str] = attrs.field(factory=list)
    surfaces: list[str] = attrs.field(factory=list)
    countries: list[str] = attrs.field(factory=list)
    gender: Gender = None
    cjk: bool = False
    key: str | None = None

    def add_roles(self, new: Sequence[str]) -> None:
        for role in new:
            if role not in self.roles:
                self.roles.append(role)


# --------------------------------------------------------------------------- tagging


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
    while j < n and words < PLACE_MAX_TOKENS:
        t = tokens[j]
        if j > i and not _adjacent(tokens, j - 1, j):
            break
        if t.text == ".":
            if parts and parts[-1] == "st":  # "St. Petersburg"
                j += 1
                continue
            break
        if not t.is_word:
            break
        if (
            j > i
            and not t.is_cap
            and t.low not in _PLACE_CONNECTORS
            and not names.ARABIC_PREFIX.match(t.text)
        ):
            break
        parts.append(t.low if t.low != "saint" else "st")
        words += 1
        j += 1
        if not t.is_cap:
            continue
        key = " ".join(parts)
        if not key.isascii():
            key = names.fold(key)
        hit = places.get(key)
        if hit is not None:
            best = Tag(hit[0], i, j, hit[1])
    return best


def _match_role(tokens: Sequence[Token], i: int) -> Tag | None:
    if tokens[i].low not in roles.ROLE_FIRST:
        return None
    best: Tag | None = None
    key: tuple[str, ...] = ()
    n = len(tokens)
    for j in range(i, min(n, i + roles.ROLE_MAX_TOKENS)):
        t = tokens[j]
        if j > i and not _adjacent(tokens, j - 1, j):
            break
        if t.text == "." and key and key[-1] in _ROLE_ABBREVIATIONS:
            key = (*key[:-1], key[-1] + ".")
        else:
            key = (*key, t.low)
        role = roles.ROLES.get(key)
        if role is not None and key in roles.PLURAL_ROLES:
            # "Presidents X and Y", never "the transfer of prisoners, X said"
            after = tokens[j + 1] if j + 1 < n else None
            if after is None or not after.is_cap or not _adjacent(tokens, j, j + 1):
                role = None
        if role is not None:
            best = Tag("role", i, j + 1, role)
    return best


def _tag(tokens: Sequence[Token]) -> tuple[list[Tag | None], list[Tag]]:
    """Per-token tag (the tag covering it) and the list of tags in order."""
    places, abbreviations = geo.gazetteer()
    at: list[Tag | None] = [None] * len(tokens)
    tags: list[Tag] = []
    n = len(tokens)
    role_first = roles.ROLE_FIRST
    place_first = _place_first()
    # only capitalised words, hyphenated words and role words can start a tag
    starts = [
        k for k, t in enumerate(tokens) if t.is_word and (t.is_cap or "-" in t.text or t.low in role_first)
    ]
    free = 0  # the first token not inside a tag already
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
                if place is not None and _surname_after_given_name(tokens, at, place):
                    place = None  # "President Rosa Lima": a city's name as a surname
                if place is not None and (best is None or place.end - place.start > best.end - best.start):
                    best = place
            if best is None and tok.low in roles.HONORIFICS:
                end = i + 1
                if end < n and tokens[end].text == "." and tokens[end].start == tok.end:
                    end += 1
                best = Tag("honorific", i, end, tok.low)
        elif tok.low.startswith("al-"):
            best = _match_org(tokens, i)
        if (best is None or best.kind != "org") and tok.low in role_first:
            role = _match_role(tokens, i)
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


def _surname_after_given_name(tokens: Sequence[Token], at: list[Tag | None], place: Tag) -> bool:
    """Is a one-word city right after a known given name, itself after a title or honorific,
    a surname ("President Rosa Lima", "Mr. Jack London")?"""
    i = place.start
    if place.kind == "state" or place.end - i != 1 or i < 2 or not _adjacent(tokens, i - 1, i):
        return False
    given = tokens[i - 1]
    before = at[i - 2]
    return (
        given.is_cap
        and at[i - 1] is None
        and names.is_first_name(given.text)
        and before is not None
        and before.kind in ("role", "honorific")
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


# --------------------------------------------------------------------------- organisations and groups


@attrs.define(slots=True)
class OrgMention:
    key: str
    name: str
    country: str | None
    span: Span
    kind: str = "organization"


def _org_phrases(tokens: Sequence[Token], at: list[Tag | None]) -> list[OrgMention]:
    """Capitalised phrases ending in an organisation head: "Chinese Foreign Ministry",
    "Ministry of Foreign Affairs", "Prosecutor General's Office"."""
    out: list[OrgMention] = []
    n = len(tokens)
    heads = [k for k, t in enumerate(tokens) if t.is_cap and t.low in ORG_HEADS and at[k] is None]
    free = 0  # the first token after the last phrase
    for i in heads:
        if i < free:
            continue
        # extend left over capitalised untagged words ("Foreign"), then one demonym/state
        left = i
        while left - 1 >= 0 and i - left < ORG_MAX_TOKENS and _adjacent(tokens, left - 1, left):
            prev = tokens[left - 1]
            if prev.is_cap and at[left - 1] is None and prev.is_word and not prev.initial:
                left -= 1
            elif prev.is_cap and at[left - 1] is None and prev.initial and prev.low in MINISTRY_WORDS:
                left -= 1
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
                end = k
        words = [t.low for t in tokens[left:end] if t.is_word]
        if len(words) == 1 and country is None:
            free = end
            continue
        span = (tokens[start_tok].start, tokens[end - 1].end)
        core = " ".join(words)
        out.append(OrgMention(core, "", country, span))
        free = end
    return out


def _groups(text: str, tokens: Sequence[Token], at: list[Tag | None]) -> list[OrgMention]:
    """ "British prosecutors", "Senior Chinese diplomats", "U.S. officials": groups with a country."""
    out: list[OrgMention] = []
    n = len(tokens)
    for i, tag in enumerate(at):
        if tag is None or tag.kind not in ("demonym", "state") or tag.end - 1 != i or tag.span is not None:
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


# --------------------------------------------------------------------------- person names


def _is_name_token(tok: Token) -> bool:
    if not tok.is_word:
        return False
    if tok.is_cap:
        return True
    return "-" in tok.text and bool(names.ARABIC_PREFIX.match(tok.text))


def _runs(tokens: Sequence[Token], at: list[Tag | None], taken: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised untagged tokens (with particles and initials inside)."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    arabic = names.ARABIC_PREFIX.match
    starts = [
        k for k, t in enumerate(tokens) if t.is_cap or (t.is_lower and "-" in t.text and arabic(t.text))
    ]
    free = 0  # the first token after the last run
    for i in starts:
        if i < free or at[i] is not None or taken[i]:
            continue
        j = i + 1
        while j < n and _adjacent(tokens, j - 1, j):
            t = tokens[j]
            if at[j] is not None or taken[j]:
                break
            if _is_name_token(t):
                j += 1
                continue
            # an initial's period: "George W. Bush"
            if t.text == "." and len(tokens[j - 1].text) == 1 and tokens[j - 1].is_cap:
                j += 1
                continue
            # a particle between two capitalised words
            if (
                t.low in names.PARTICLES
                and j + 1 < n
                and _is_name_token(tokens[j + 1])
                and at[j + 1] is None
                and _adjacent(tokens, j, j + 1)
            ):
                j += 1
                continue
            break
        if tokens[j - 1].text == ".":
            j -= 1
        out.extend(_split_run(tokens, i, j))
        free = max(j, i + 1)
    return out


def _split_run(tokens: Sequence[Token], i: int, j: int) -> list[tuple[int, int]]:
    """Cut a run at words that are never names (months, "Ministry", a sentence-initial "The")."""
    if j == i + 1:  # one token (the common case): a name word unless never one
        t = tokens[i]
        return [(i, j)] if t.is_word and not names.is_non_name(t.text) else []
    out: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        t = tokens[k]
        if (
            t.is_word
            and names.is_non_name(t.text)
            and not (k > start and _month_surname(tokens, start, k))
            and not _first_name_first(tokens, start, k, j)
        ):
            if k > start:
                out.append((start, k))
            start = k + 1
    if j > start:
        out.append((start, j))
    return [(a, b) for a, b in out if any(tokens[x].is_word for x in range(a, b))]


def _first_name_first(tokens: Sequence[Token], start: int, k: int, j: int) -> bool:
    """ "Bill Clinton", "Grant Shapps": a given name that is also a common word, first in a run and
    followed by a name word."""
    return (
        k == start
        and k + 1 < j
        and names.is_first_name(tokens[k].text)
        and tokens[k + 1].is_word
        and not names.is_non_name(tokens[k + 1].text)
    )


def _month_surname(tokens: Sequence[Token], start: int, k: int) -> bool:
    """ "Theresa May": a month after a given name is a surname."""
    return tokens[k].low == "may" and names.is_first_name(tokens[k - 1].text)


@attrs.define(slots=True)
class _Context:
    roles: list[str] = attrs.field(factory=list)
    country: str | None = None
    honorific: str | None = None
    honorific_start: int | None = None
    title: str | None = None  # a capitalised title right before the name ("President")
    gender: Gender = None
    adjacent_role: bool = False
    apposed_role: bool = False  # "his Afghan counterpart, X": a role phrase, a comma, the name


def _before(
    tokens: Sequence[Token], at: list[Tag | None], i: int, org_country: Sequence[str | None]
) -> _Context:
    """Titles, roles and nationality right before a name: "former Russian spy", "Mr.",
    "visiting British Prime Minister", "Chinese Foreign Ministry spokeswoman", but not the
    owner's in "Scotland Yard's chief suspect,"."""
    ctx = _Context()
    seen_role = False
    j = i - 1
    sentence = tokens[i].sentence
    if j >= 0:
        tag = at[j]
        if tag is not None and tag.kind == "honorific" and tag.end == i:
            ctx.honorific = tag.code
            ctx.honorific_start = tokens[tag.start].start
            ctx.gender = roles.HONORIFICS.get(tag.code or "")
            j = tag.start - 1
    steps = 0
    comma_ok = ctx.honorific is None
    while j >= 0 and steps < 10 and tokens[j].sentence == sentence:
        steps += 1
        tok = tokens[j]
        tag = at[j]
        if tag is not None and tag.kind == "role" and (tag.code or tokens[tag.start].is_lower):
            if tag.code and tag.code not in ctx.roles:
                ctx.roles.append(tag.code)
            if tag.end == i or (ctx.honorific is not None and tag.end == i - 1):
                ctx.adjacent_role = True
                if tokens[tag.start].is_cap:
                    ctx.title = " ".join(t.text for t in tokens[tag.start : tag.end])
            elif tag.end == i - 1 and tokens[i - 1].text == ",":
                ctx.apposed_role = True
            g = roles.role_gender([tag.code or ""])
            ctx.gender = ctx.gender or g
            j = tag.start - 1
            comma_ok = False
            seen_role = True
            continue
        if seen_role and org_country[j] is not None:
            ctx.country = ctx.country or org_country[j]
            break
        if tag is not None and tag.kind in ("demonym", "state") and seen_role:
            ctx.country = ctx.country or tag.code
            j = tag.start - 1
            continue
        if tok.text == "," and comma_ok and j - 1 >= 0:
            prev = at[j - 1]
            if prev is not None and prev.kind == "role" and not tokens[prev.start].is_cap:
                comma_ok = False
                j -= 1
                continue
            break
        if tok.low == "s" and j >= 2 and tokens[j - 1].text in "'’" and seen_role:
            owner = at[j - 2]
            if owner is not None and owner.kind == "state":
                ctx.country = ctx.country or owner.code
            break
        if tok.low in roles.ROLE_MODIFIERS or tok.low.startswith("ex-"):
            j -= 1
            continue
        # a noun before the role: "Latvian customs officer", "Thai trade envoy" (not a verb:
        # "the Pakistani president met Prime Minister X")
        if (
            seen_role
            and tok.is_lower
            and tok.low not in _STOP
            and j - 1 >= 0
            and not _inflected_verb(tok.low)
        ):
            left = at[j - 1]
            if (left is not None and left.kind in ("demonym", "state", "role")) or tokens[
                j - 1
            ].low in roles.ROLE_MODIFIERS:
                j -= 1
                continue
        break
    return ctx


def _of_state(tokens: Sequence[Token], at: list[Tag | None], j: int, titled: bool) -> str | None:
    """ "President X of Pakistan": the state after a titled name."""
    if not titled or j + 1 >= len(tokens) or tokens[j].low != "of" or not _adjacent(tokens, j - 1, j):
        return None
    tag = at[j + 1]
    return tag.code if tag is not None and tag.kind == "state" and tag.start == j + 1 else None


@functools.lru_cache(maxsize=4096)
def _inflected_verb(word: str) -> bool:
    """Is the word only ever an inflected verb ("met", "visited", "says"), never a bare noun?"""
    kinds = {k for _, k in verb_forms().get(word, ())}
    return bool(kinds) and "base" not in kinds


def _after(tokens: Sequence[Token], at: list[Tag | None], j: int) -> _Context:
    """An apposition after a name: ", the Russian foreign minister", ", a former Russian security
    officer", ", director of ...", ", Russia's envoy"."""
    ctx = _Context()
    n = len(tokens)
    if j >= n or tokens[j].text != ",":
        return ctx
    sentence = tokens[j].sentence
    k = j + 1
    steps = 0
    while k < n and steps < 8 and tokens[k].sentence == sentence:
        steps += 1
        tok = tokens[k]
        tag = at[k]
        if tag is not None and tag.kind == "role" and (tag.code or tokens[tag.start].is_lower):
            ctx.roles.append(tag.code or "")
            ctx.adjacent_role = True
            k = tag.end
            if k + 1 < n and tokens[k].low == "of":
                of = at[k + 1]
                if of is not None and of.kind == "state" and of.start == k + 1:
                    ctx.country = ctx.country or of.code  # ", head of Iran's Quds Force"
            nxt = at[k] if k < n else None
            if nxt is not None and nxt.kind == "role" and tokens[k].is_word:
                continue
            if k < n and _is_name_token(tokens[k]) and nxt is None and _adjacent(tokens, k - 1, k):
                # a list of titled names: "Hu Jintao, Premier Wen Jiabao": the title is the next one's
                return _Context()
            break
        if tag is not None and tag.kind in ("demonym", "state"):
            ctx.country = ctx.country or tag.code
            k = tag.end
            if k + 1 < n and tokens[k].text in "'’" and tokens[k + 1].low == "s":
                k += 2
            continue
        if tok.low in roles.ROLE_MODIFIERS or tok.low.startswith("ex-"):
            if tok.low.startswith("ex-") and tag is not None and tag.kind in ("demonym", "state"):
                ctx.country = ctx.country or tag.code
            k += 1
            continue
        # a noun before the role: ", a former Latvian customs officer"
        if tok.is_lower and tok.low not in _STOP and tag is None:
            nxt = at[k + 1] if k + 1 < n else None
            if nxt is not None and nxt.kind == "role":
                k += 1
                continue
        break
    if not ctx.adjacent_role:
        ctx.country = None
    ctx.roles = [r for r in ctx.roles if r]
    return ctx


def _person_clause_after(tokens: Sequence[Token], j: int) -> bool:
    """A clause about a person after a name: ", who ...", ", 44, ...", ", extradited to ..."."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].text != ",":
        return False
    nxt = tokens[j + 1]
    if nxt.low in ("who", "whose", "whom"):
        return True
    if nxt.text.isdigit() and len(nxt.text) <= 2 and j + 2 < n and tokens[j + 2].text == ",":
        return True  # an age
    forms = verb_forms().get(nxt.low, ())
    return (
        nxt.is_lower and any(k in ("ed", "pp") for _, k in forms) and not any(k == "base" for _, k in forms)
    )


_ADVERB_ENDINGS: Final = ("ly", "ward", "wards", "ever", "ing", "ary", "ous", "ful")
"""Endings of sentence adverbs, adjectives and participles ("Afterwards", "However", "Legendary");
a given name with such an ending ("Kelly") is in the first-name list and cued on its own."""


class _Usage:
    """How the article uses its words, counted once when first asked: the words it writes in lower
    case, and how often each capitalised word stands alone or before the next one."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.lower = {t.low for t in tokens if t.is_lower}
        self.caps: Counter[str] = Counter(t.text for t in tokens if t.is_cap)
        self.pairs: Counter[tuple[str, str]] = Counter(
            (a.text, b.text) for a, b in itertools.pairwise(tokens) if a.is_cap and b.is_cap
        )

    def unknown_given_name(self, words: Sequence[Token]) -> bool:
        """A sentence-initial run that reads as an unlisted given name and a surname ("Alaattin X
        was convicted ... X is"), not a common word ("Meanwhile X said") nor a company or product
        ("Acme Video is"): the first word is no common word, is never written without the second,
        and the last word is also written without the first."""
        first, second, last = words[0], words[1], words[-1]
        low = first.low
        if (
            low in self.lower
            or low.endswith(_ADVERB_ENDINGS)
            or low in verb_forms()
            or low in FUNCTION_WORDS
            or names.is_non_name(low)
        ):
            return False
        if self.caps[first.text] != self.pairs[(first.text, second.text)]:
            return False
        before_last = words[-2].text
        return self.caps[last.text] > self.pairs[(before_last, last.text)]


def _person_candidates(
    text: str,
    tokens: Sequence[Token],
    at: list[Tag | None],
    taken: list[bool],
    org_country: Sequence[str | None],
) -> tuple[list[Candidate], list[Candidate]]:
    """(cued candidates, uncued runs) from the capitalised runs."""
    cued: list[Candidate] = []
    uncued: list[Candidate] = []
    n = len(tokens)
    usage: _Usage | None = None
    for i, j in _runs(tokens, at, taken):
        # a sentence-initial run of one common word is no name
        words = [t for t in tokens[i:j] if t.is_word]
        if not words or len(words) > RUN_MAX_TOKENS:
            continue
        if i >= 2 and tokens[i - 1].text == "/" and tokens[i - 2].low in ("photo", "photos", "pool"):
            continue  # a photo credit: "(AP Photo/Jane Doe)"
        toks = [t.text for t in words]
        before = _before(tokens, at, i, org_country)
        after = _after(tokens, at, j)
        first = words[0].text
        multi = len(words) >= 2
        verb_after = j < n and tokens[j].low in roles.PERSON_VERBS and _adjacent(tokens, j - 1, j)
        according = i >= 2 and tokens[i - 1].low == "to" and tokens[i - 2].low == "according"
        described = multi and _person_clause_after(tokens, j)
        cjk = (
            multi and len(words) <= 3 and names.is_cjk_surname(first) and names.looks_cjk_given(words[1].text)
        )
        if multi and words[0].initial and (verb_after or according):
            usage = usage or _Usage(tokens)
            opens = usage.unknown_given_name(words)
        else:
            opens = not words[0].initial
        cue = (
            before.honorific is not None
            or before.adjacent_role
            or (multi and names.is_first_name(first))
            or cjk
            or after.adjacent_role
            or (multi and (verb_after or according) and opens)
            or described
            or (multi and before.apposed_role and (j >= n or tokens[j].text in (",", ".", ";")))
        )
        if (
            not multi
            and words[0].initial
            and before.honorific is None
            and not (before.adjacent_role or after.adjacent_role)
        ):
            cue = False
        start = before.honorific_start if before.honorific_start is not None else words[0].start
        span = (start, words[-1].end)
        alias = text[span[0] : span[1]]
        gender = before.gender or after.gender
        if gender is None and multi and not cjk:
            gender = names.first_name_gender(first)
        cand = Candidate(
            tokens=toks,
            span=span,
            alias=alias,
            written=text[words[0].start : words[-1].end],
            first=i,
            roles=[*before.roles, *(r for r in after.roles if r not in before.roles)],
            country=before.country or after.country or _of_state(tokens, at, j, before.adjacent_role),
            gender=gender,
            cued=cue,
            title_alias=f"{before.title} {alias}" if before.title and not multi else None,
        )
        (cued if cue else uncued).append(cand)
    return cued, uncued


# --------------------------------------------------------------------------- assembly


def find_actors(article: Article, *, plugin: str | None = None) -> list[Actor]:
    """The article's actors (``plugin`` names the plugin that found them, as the output records)."""
    text = article.text
    tokens = tokenize(text, article.segments)
    if not tokens:
        return []
    at, tags = _tag(tokens)
    orgs = _org_phrases(tokens, at)
    groups = _groups(text, tokens, at)
    taken = [False] * len(tokens)
    org_country: list[str | None] = [None] * len(tokens)
    for tag in tags:
        if tag.kind == "org" and tag.code:
            for k in range(tag.start, tag.end):
                org_country[k] = tag.code
    if orgs:
        # a token starting inside a phrase is taken by the first phrase (in order) not ending
        # before it; only the tokens starting inside some phrase are looked at
        spans = sorted((m.span, m.country) for m in orgs)
        inside = sorted(
            {
                idx
                for (s, e), _ in spans
                for idx in range(
                    bisect.bisect_left(tokens, s, key=_token_start),
                    bisect.bisect_left(tokens, e, key=_token_start),
                )
            }
        )
        k = 0
        for idx in inside:
            tok_start = tokens[idx].start
            while k < len(spans) and spans[k][0][1] <= tok_start:
                k += 1
            if k < len(spans) and spans[k][0][0] <= tok_start < spans[k][0][1]:
                taken[idx] = True
                org_country[idx] = spans[k][1]
    cued, uncued = _person_candidates(text, tokens, at, taken, org_country)
    people = coref.join_names(cued, uncued, tokens)
    coref.title_references(people, tokens, at)
    coref.pronouns(people, tokens)
    _predicate_roles(people, tokens, at)
    published = article.published_date
    known.enrich(people, published.year if published else None)

    entities: list[Entity] = list(people)
    entities.extend(_state_entities(tokens, at, tags))
    entities.extend(_org_entities(text, tokens, tags, orgs))
    entities.extend(_org_entities(text, tokens, [], groups))
    return _to_actors(entities, plugin)


_token_end: Final = operator.attrgetter("end")
_token_start: Final = operator.attrgetter("start")

_COPULAS: Final = frozenset({"became", "becomes", "become", "is", "was", "as", "remains", "remained"})
_PREDICATE_MODIFIERS: Final = frozenset(
    {"the", "a", "an", "first", "new", "former", "only", "then", "current", "now", "also", "still"}
)


def _predicate_roles(people: list[Entity], tokens: Sequence[Token], at: list[Tag | None]) -> None:
    """Roles said of a person: "he became the first British foreign secretary to ...", "X, who is
    the Thai foreign minister", "X was the president"."""
    n = len(tokens)
    for ent in people:
        for _, end in list(ent.mentions):
            # token ends rise strictly: the token ending at ``end``, if any
            k = bisect.bisect_left(tokens, end, key=_token_end)
            if k >= n or tokens[k].end != end:
                continue
            k += 1
            if k + 1 < n and tokens[k].text == "," and tokens[k + 1].low == "who":
                k += 2
            if k >= n or tokens[k].low not in _COPULAS:
                continue
            k += 1
            country: str | None = None
            steps = 0
            while k < n and steps < 6:
                steps += 1
                tag = at[k]
                if tokens[k].low in _PREDICATE_MODIFIERS and tag is None:
                    k += 1
                    continue
                if tag is not None and tag.kind == "demonym" and tag.span is None:
                    country = tag.code
                    k = tag.end
                    continue
                if tag is not None and tag.kind == "role" and tag.code:
                    after = tokens[tag.end] if tag.end < n else None
                    if after is not None and (after.low == "of" or (after.is_cap and at[tag.end] is None)):
                        break  # "the president of ...", or a title before a name
                    ent.add_roles([tag.code])
                    if country:
                        ent.countries.append(country)
                break


_CALENDAR: Final = frozenset(
    words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april may june
        july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
        """
    )
)


def _government_use(tokens: Sequence[Token], at: list[Tag | None], tag: Tag) -> bool:
    """Is a capital or seat used for its government ("Moscow has refused") rather than a place?"""
    first = tokens[tag.start]
    if first.text.isupper() and len(first.text) > 2:  # datelines: "MOSCOW, Nov. 4"
        return False
    j = tag.start - 1
    if j >= 0 and tokens[j].low == "the":
        j -= 1
    if j >= 0 and tokens[j].sentence == first.sentence:
        prev = tokens[j]
        if prev.low in _LOCATIVE:
            return False
        if prev.text in "(/":
            return False
        if prev.text == "," and j >= 1:
            before = at[j - 1]
            if before is not None and before.kind in ("seat", "city"):
                return False  # "in the Kremlin, Moscow,"
    k = tag.end
    if k < len(tokens) and _adjacent(tokens, k - 1, k):
        nxt = tokens[k]
        if nxt.is_cap and nxt.is_word:
            return False
        if nxt.text == "," and k + 1 < len(tokens) and tag.kind == "capital":
            # "Moscow, Monday" / "London, England": a dateline or a place with its country
            after = tokens[k + 1]
            if after.low in _CALENDAR or (at[k + 1] is not None and at[k + 1].kind == "state"):  # type: ignore[union-attr]
                return False
    return True


def _state_entities(tokens: Sequence[Token], at: list[Tag | None], tags: list[Tag]) -> list[Entity]:
    by_code: dict[str, Entity] = {}
    for tag in tags:
        if tag.kind not in ("state", "demonym", "capital", "seat") or tag.code is None:
            continue
        if tag.kind in ("capital", "seat") and not _government_use(tokens, at, tag):
            continue
        span = tag.span or _span(tokens, tag.start, tag.end)
        ent = by_code.get(tag.code)
        if ent is None:
            ent = Entity("state", geo.country_name(tag.code) or tag.code, country=tag.code)
            by_code[tag.code] = ent
        ent.mentions.append(span)
    return list(by_code.values())


def _org_entities(
    text: str, tokens: Sequence[Token], tags: list[Tag], phrases: list[OrgMention]
) -> list[Entity]:
    by_key: dict[str, Entity] = {}
    written: dict[str, list[str]] = {}
    for tag in tags:
        if tag.kind != "org" or tag.key is None:
            continue
        if tag.end < len(tokens) and tokens[tag.end].low in ("photo", "photos"):
            continue  # a photo credit: "(AP Photo/...)"
        span = _span(tokens, tag.start, tag.end)
        ent = by_key.get(tag.key)
        if ent is None:
            ent = Entity("organization", tag.name or "", country=tag.code, key=tag.key)
            by_key[tag.key] = ent
        ent.mentions.append(span)
        written.setdefault(tag.key, []).append(text[span[0] : span[1]])
    for key, forms in written.items():
        full = max(forms, key=lambda f: (len(f.split()), len(f)))
        if len(full.split()) >= 2:
            by_key[key].name = full
        by_key[key].surfaces = sorted(set(forms) - {by_key[key].name})
    # generic phrases: key by (country, words); an unqualified phrase joins its one qualified form
    qualified: dict[str, list[str]] = {}
    for m in phrases:
        if m.country is not None:
            qualified.setdefault(m.key, [])
            if m.country not in qualified[m.key]:
                qualified[m.key].append(m.country)
    for m in phrases:
        country = m.country
        if country is None and len(qualified.get(m.key, ())) == 1:
            country = qualified[m.key][0]
        key = f"{m.kind}:{country}:{m.key}"
        surface = text[m.span[0] : m.span[1]]
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(m.kind, surface, country=country, key=key)
            by_key[key] = ent
        elif len(surface) > len(ent.name):
            ent.surfaces.append(ent.name)
            ent.name = surface
        elif surface != ent.name and surface not in ent.surfaces:
            ent.surfaces.append(surface)
        ent.mentions.append(m.span)
    return list(by_key.values())


def _to_actors(entities: list[Entity], plugin: str | None = None) -> list[Actor]:
    seen: set[Span] = set()
    ready: list[tuple[int, int, Entity, list[Span]]] = []
    for order, ent in enumerate(entities):
        spans = []
        for span in sorted(set(ent.mentions)):
            if span in seen or span[1] <= span[0]:
                continue
            seen.add(span)
            spans.append(span)
        if not spans or not ent.name:
            continue
        ready.append((spans[0][0], order, ent, spans))
    ready.sort(key=lambda r: (r[0], r[1]))
    actors: list[Actor] = []
    for n, (_, _, ent, spans) in enumerate(ready, 1):
        country = ent.country
        if ent.kind == "person" and ent.countries:
            country = Counter(ent.countries).most_common(1)[0][0]
        aliases = [s for s in dict.fromkeys(ent.surfaces) if s != ent.name]
        actors.append(
            Actor(
                id=f"a{n}",
                name=ent.name,
                kind=ent.kind,  # type: ignore[arg-type]
                country=country,
                roles=ent.roles,
                aliases=aliases,
                mentions=spans,
                plugin=plugin,
            )
        )
    return actors
