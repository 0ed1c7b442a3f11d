"""What stands around a capitalised run that may be a person's name: titles, roles, honorifics and
nationality before it ("former Russian spy", "Mr.", "visiting British Prime Minister"), an apposition
after it (", the Russian foreign minister"), "of" and a state after a titled name, and a clause about
a person after it (", who ...", ", 44,").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.actors import roles
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.name_cue_states import (
    _ROYAL,
    _before_remit,
    _body_state,
    _from_state,
    _is_name_token,
    _is_state,
    _plural_title_before,
    _respective_title,
    _state_of_body,
    ruled_city_state,
)
from diplotext.extractors.actors.roles import Gender
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.titles import in_portfolio
from diplotext.extractors.actors.tokens import Token
from diplotext.syntax.words import POSSESSIVES, verb_forms

_STOP: Final = lexicon.words("actors", "words that stop a name")
_FORMS_OF_ADDRESS: Final = lexicon.words("actors", "forms of address")
_CITY_RULERS: Final = lexicon.words("actors", "leader roles") | _ROYAL


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
    shared_role: bool = False  # "Presidents A of Ukraine and B of Russia": B's title opens the list


def _before(
    tokens: Sequence[Token], at: list[Tag | None], i: int, org_country: Sequence[str | None]
) -> _Context:
    """Titles, roles and nationality right before a name: "former Russian spy", "Mr.",
    "visiting British Prime Minister", "Chinese Foreign Ministry spokeswoman", but not the
    owner's in "Scotland Yard's chief suspect,"."""
    ctx = _Context()
    seen_role = addressed = False
    j = i - 1
    sentence = tokens[i].sentence
    if j >= 0:
        tag = at[j]
        if tag is not None and tag.kind == "honorific" and tag.end == i:
            ctx.honorific = tag.code
            ctx.honorific_start = tokens[tag.start].start
            ctx.gender = roles.HONORIFICS.get(tag.code or "")
            addressed = tag.end - tag.start == 2 and tokens[tag.start].low in ("his", "her")
            j = tag.start - 1
            # "The Speaker, Rt. Hon. X,": a form of address opened by another ("Right Honourable")
            outer = at[j] if j >= 0 else None
            if (
                outer is not None
                and outer.kind == "honorific"
                and outer.end == j + 1
                and outer.code in _FORMS_OF_ADDRESS
                and ctx.honorific in _FORMS_OF_ADDRESS
            ):
                ctx.honorific_start = tokens[outer.start].start
                j = outer.start - 1
    steps = 0
    # "the President of Y, His Excellency X": a form of address may follow a role set off before it
    comma_ok = ctx.honorific is None or addressed or ctx.honorific in _FORMS_OF_ADDRESS
    coordinated = False
    while j >= 0 and steps < 10 and tokens[j].sentence == sentence:
        steps += 1
        tok = tokens[j]
        tag = at[j]
        if tag is not None and tag.kind == "role" and (tag.code or tokens[tag.start].is_lower):
            if tag.code and tag.code not in ctx.roles and (not coordinated or ctx.apposed_role):
                # "the French president and Prime Minister X" may be two people: the first title
                # is X's own only where the titles stand apposed ("Qatar's prime minister and
                # foreign minister, X")
                ctx.roles.append(tag.code)
            ctx.country = ctx.country or tag.country
            if tag.end == i or (ctx.honorific is not None and tag.end == i - 1):
                ctx.adjacent_role = True
                if tokens[tag.start].is_cap:
                    ctx.title = " ".join(t.text for t in tokens[tag.start : tag.end])
            elif tag.end == i - 1 and tokens[i - 1].text == ",":
                ctx.apposed_role = True
            g = roles.role_gender([tag.code or ""])
            ctx.gender = ctx.gender or g
            j = tag.start - 1
            # "Pakistan's army chief, General X": a title right before the name may follow a role
            # in apposition, which still gives its state
            comma_ok = comma_ok and ctx.title is not None and tag.end == i and not seen_role
            seen_role = True
            continue
        if seen_role and org_country[j] is not None:
            ctx.country = ctx.country or org_country[j]
            break
        if tag is not None and tag.kind in ("demonym", "state", "seat") and seen_role:
            # "Kremlin envoy X": a seat of government stands for its state
            ctx.country = ctx.country or tag.code
            j = tag.start - 1
            continue
        if tok.text == "," and comma_ok and j - 1 >= 0:
            prev = at[j - 1]
            if (
                prev is not None
                and prev.kind == "role"
                and (prev.complement or not tokens[prev.start].is_cap or _described(tokens, at, prev.start))
            ):
                comma_ok = False
                j -= 1
                continue
            role_end = _before_remit(tokens, j - 1, sentence)
            if role_end is None:
                role_end = _before_an_infinitive(tokens, at, j - 1, sentence)
            if role_end is not None:
                # "China's special envoy for Middle East affairs, X": past the envoy's remit, a role
                # in apposition
                comma_ok = False
                ctx.apposed_role = True
                j = role_end
                continue
            break
        if tok.low == "s" and j >= 2 and tokens[j - 1].text in "'’" and (seen_role or j == i - 1):
            # "Russia's envoy X"; "Sweden's X, Finland's Y and Norway's Z": the state's own
            owner = at[j - 2]
            if owner is not None and (
                owner.kind in ("state", "capital", "seat")
                # "Dubai's ruler Sheikh X": a city's ruler is of the city's state
                or (owner.kind == "city" and seen_role and not _CITY_RULERS.isdisjoint(ctx.roles))
            ):
                ctx.country = ctx.country or owner.code
            elif seen_role:
                # "the Chilean government's envoy X": a state's body owns the role
                ctx.country = ctx.country or _body_state(tokens, at, j - 2)
            break
        if (
            seen_role
            and not coordinated
            and tok.low == "and"
            and j >= 1
            and at[j - 1] is not None
            and at[j - 1].kind == "role"  # type: ignore[union-attr]
            and at[j - 1].end == j  # type: ignore[union-attr]
        ):
            # "Qatar's prime minister and foreign minister, X": past the first of two titles to
            # the state they share
            coordinated = True
            j -= 1
            continue
        if (
            tok.low in roles.ROLE_MODIFIERS
            or tok.low.startswith("ex-")
            or (seen_role and in_portfolio(tokens, at, j))
        ):
            j -= 1  # "Nigerian Agriculture and Rural Development Minister X": past the portfolio
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
            if (
                (left is not None and left.kind in ("demonym", "state", "seat", "role"))
                or tokens[j - 1].low in roles.ROLE_MODIFIERS
                or _noun_after_owner(tokens, at, j)
                or _noun_after_owner(tokens, at, j - 1)
            ):
                j -= 1
                continue
        break
    if not ctx.roles and i >= 2 and tokens[i - 1].low in ("and", ","):
        shared = _plural_title_before(tokens, at, i - 1, sentence)
        if shared is not None:
            ctx.roles.append(shared)
            ctx.shared_role = True
        else:
            each = _respective_title(tokens, at, i, sentence)
            if each is not None:
                if each[0]:  # not a cue-only noun ("their counterparts, A and B")
                    ctx.roles.append(each[0])
                ctx.country = ctx.country or each[1]
    return ctx


def _noun_after_owner(tokens: Sequence[Token], at: list[Tag | None], k: int) -> bool:
    """Is ``tokens[k]`` a lower-case noun right after a state or its possessive ("Kenya's [defense]
    cabinet secretary", "the Kenyan [defense] cabinet secretary")?"""
    tok = tokens[k]
    if k < 1 or not tok.is_lower or tok.low in _STOP or _inflected_verb(tok.low):
        return False
    left = at[k - 1]
    if left is not None and left.kind in ("demonym", "state"):
        return True
    return k >= 3 and tokens[k - 1].low == "s" and tokens[k - 2].text in "'’" and _is_state(at[k - 3])


@functools.lru_cache(maxsize=4096)
def _inflected_verb(word: str) -> bool:
    """Is the word only ever an inflected verb ("met", "visited", "says"), never a bare noun?"""
    kinds = {k for _, k in verb_forms().get(word, ())}
    return bool(kinds) and "base" not in kinds


@functools.lru_cache(maxsize=4096)
def _finite_verb(word: str) -> bool:
    """Is the word only ever a finite verb: a third-person "-s" or a past form ("endorses",
    "blasted"), never a bare form or an "-ing"?"""
    kinds = {k for _, k in verb_forms().get(word, ())}
    return bool(kinds) and kinds <= {"s", "ed"}


def _after(tokens: Sequence[Token], at: list[Tag | None], j: int) -> _Context:
    """An apposition after a name: ", the Russian foreign minister", ", a former Russian security
    officer", ", director of ...", ", Russia's envoy"."""
    ctx = _Context()
    n = len(tokens)
    if j >= n or tokens[j].text != ",":
        return ctx
    sentence = tokens[j].sentence
    if _closes_a_fronted_phrase(tokens, j) and not _role_of_after(tokens, at, j + 1):
        # "During her tour of Asia, the Norwegian finance minister said"; not "During talks with
        # X, president of Chile, on Monday, ..."
        return ctx
    k = j + 1
    steps = 0
    while k < n and steps < 8 and tokens[k].sentence == sentence:
        steps += 1
        tok = tokens[k]
        tag = at[k]
        if tag is not None and tag.kind == "role" and (tag.code or tokens[tag.start].is_lower):
            if (
                tag.end < n
                and tokens[tag.end].low in roles.PERSON_VERBS
                and tokens[tag.start].is_lower
                and not _relative_on_a_new_role(tokens, j, tag.end)
            ):
                # "Met by Polish President X, the pontiff said ...": the role opens a clause of its
                # own (an apposition would close with a comma)
                return _Context()
            ctx.roles.append(tag.code or "")
            ctx.adjacent_role = True
            k = tag.end
            if k + 1 < n and tokens[k].low == "of":
                # ", head of Iran's Quds Force", ", chief of general staff of the Chinese army";
                # ", Crown Prince of Abu Dhabi": a ruler's city is his state's
                ctx.country = (
                    ctx.country or _state_of_body(tokens, at, k) or ruled_city_state(tokens, at, k, tag.code)
                )
            ctx.country = ctx.country or _from_state(tokens, at, k)  # ", a lawmaker from Slovenia"
            nxt = at[k] if k < n else None
            if nxt is not None and nxt.kind == "role" and tokens[k].is_word:
                continue
            after = at[k + 1] if k + 2 < n and tokens[k].low == "and" else None
            if after is not None and after.kind == "role" and after.start == k + 1 and tokens[k + 1].is_word:
                k += 1  # ", Vice President and Prime Minister of the UAE,": both titles hold
                continue
            if k < n and _is_name_token(tokens[k]) and nxt is None and _adjacent(tokens, k - 1, k):
                # a list of titled names: "Hu Jintao, Premier Wen Jiabao": the title is the next one's
                return _Context()
            break
        if tag is not None and tag.kind in ("demonym", "state", "seat"):
            ctx.country = ctx.country or tag.code
            k = tag.end
            if k + 1 < n and tokens[k].text in "'’" and tokens[k + 1].low == "s":
                k += 2
            continue
        if (
            (tag is None or (tag.kind != "role" and tag.start == k))
            and tok.is_word
            and not tok.is_lower
            and tok.low not in roles.ROLE_MODIFIERS
        ):
            # ", a former Kosovo Liberation Army commander", ", a Hamas spokesman": the name of a
            # body before the role
            m = k
            while m < n and m - k < 5 and tokens[m].is_word and not tokens[m].is_lower:
                inner = at[m]
                if inner is not None and (inner.kind == "role" or inner.start != m):
                    break
                m = inner.end if inner is not None else m + 1  # "Pristina Power Company"
            if m > k and _role_in_apposition(tokens, at, m, j):
                k = m
                continue
            break
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


def _relative_on_a_new_role(tokens: Sequence[Token], comma: int, end: int) -> bool:
    """Does a relative clause follow a role that an indefinite article opens right after the comma
    (", a lawyer who represents the tenants,")? The role is still the name's apposition."""
    return tokens[end].low in _RELATIVES and comma + 1 < len(tokens) and tokens[comma + 1].low in _INDEFINITE


_RELATIVES: Final = lexicon.words("actors", "relative pronouns after a role in apposition")
_INDEFINITE: Final = lexicon.words("actors", "articles opening a role in apposition")


def _closes_a_fronted_phrase(tokens: Sequence[Token], comma: int) -> bool:
    """Is the comma at ``comma`` the first of a sentence that opens with a fronted phrase ("During
    her tour of Asia,", "After meeting X,")?"""
    sentence = tokens[comma].sentence
    k = comma - 1
    while k >= 0 and tokens[k].sentence == sentence and tokens[k].is_cap:
        k -= 1  # the name before the comma
    if k < 0 or tokens[k].sentence != sentence or not tokens[k].is_lower:
        return False  # "On Tuesday Tom Reed, US Secretary of State was ...": a time, then the subject
    while k >= 0 and tokens[k].sentence == sentence:
        if tokens[k].text in ",;:()":
            return False
        k -= 1
    first = tokens[k + 1]
    return first.low in _FRONTING and k + 1 < comma


_FRONTING: Final = lexicon.words("actors", "words opening a fronted phrase")


def _role_of_after(tokens: Sequence[Token], at: list[Tag | None], k: int) -> bool:
    """Does a lower-case role with an "of" phrase start at ``k`` (", president of the Republic of
    X")?"""
    tag = at[k] if k < len(tokens) else None
    return (
        tag is not None
        and tag.kind == "role"
        and tag.start == k
        and tokens[k].is_lower
        and tag.end < len(tokens)
        and tokens[tag.end].low == "of"
    )


_INFINITIVE_SPAN = 6


def _before_an_infinitive(tokens: Sequence[Token], at: list[Tag | None], k: int, sentence: int) -> int | None:
    """ "The last Chinese premier to make the trip, X": the end of a role right before a short
    lower-case "to" phrase that ends at ``k`` (the comma before the name), else ``None``."""
    j = k
    while j > 0 and k - j < _INFINITIVE_SPAN and tokens[j].sentence == sentence and tokens[j].is_lower:
        if tokens[j].low == "to":
            before = at[j - 1]
            if before is not None and before.kind == "role" and before.end == j:
                return j - 1
            return None
        j -= 1
    return None


def _described(tokens: Sequence[Token], at: list[Tag | None], k: int) -> bool:
    """Does a description open before the capitalised title at ``k`` ("Kenya's Prime Minister, X",
    "the Kenyan Foreign Minister, X"), so that the name set off after it is the title's holder and
    not the next entry of a list of titles and names?"""
    j = k - 1
    if j >= 0 and in_portfolio(tokens, at, j):
        return True  # "Kenya's Energy Minister, X": a portfolio after a state's possessive
    if j >= 0 and at[j] is not None and at[j].kind == "demonym":  # type: ignore[union-attr]
        return True
    if j < 0 or tokens[j].sentence != tokens[k].sentence:
        return False
    if tokens[j].low == "the" or tokens[j].low in POSSESSIVES:
        return True
    if tokens[j].low == "s" and j >= 2 and tokens[j - 1].text in "'’":
        owner = at[j - 2]
        return owner is not None and owner.kind == "state"
    return False


def _role_in_apposition(tokens: Sequence[Token], at: list[Tag | None], k: int, comma: int) -> bool:
    """Does a lower-case role start at ``k`` and end an apposition (", a Hamas spokesman,"; ", a
    Dunmore lawyer who ..."), not open a clause of its own (", an AFP photographer said")?"""
    role = at[k] if k < len(tokens) else None
    if role is None or role.kind != "role" or not tokens[role.start].is_lower:
        return False
    nxt = tokens[role.end] if role.end < len(tokens) else None
    return (
        nxt is None or nxt.low not in roles.PERSON_VERBS or _relative_on_a_new_role(tokens, comma, role.end)
    )


def _person_clause_after(tokens: Sequence[Token], j: int) -> bool:
    """A clause about a person after a name: ", who ...", ", 44, ...", ", extradited to ..."."""
    n = len(tokens)
    if _bracketed_age(tokens, j):
        return True  # "X (33) was arrested": an age in brackets, as many papers print it
    if j + 1 >= n or tokens[j].text != ",":
        return False
    nxt = tokens[j + 1]
    if nxt.low in ("who", "whose", "whom", "alias"):
        return True  # ", who ...", ", alias 'Podi'": a person's clause or nickname
    if nxt.text.isdigit() and len(nxt.text) <= 2 and j + 2 < n and tokens[j + 2].text == ",":
        return True  # an age
    forms = verb_forms().get(nxt.low, ())
    return (
        nxt.is_lower and any(k in ("ed", "pp") for _, k in forms) and not any(k == "base" for _, k in forms)
    )


_ADULT_AGES: Final = range(16, 100)


def _bracketed_age(tokens: Sequence[Token], j: int) -> bool:
    """An age in brackets right after a name, then a verb or a comma ("X (33) was arrested", "X
    (41), a trader,"): a person's, as South African, Irish and Indian papers print it. Two digits
    of an adult's age only, then a verb, so a score or a seat count ("United (2)", "Labour (35) and
    Greens (12)") is none."""
    if j + 3 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")":
        return False
    age, after = tokens[j + 1].text, tokens[j + 3]
    return (
        age.isdigit()
        and len(age) == 2
        and int(age) in _ADULT_AGES
        and (after.text == "," or after.low in verb_forms() or after.low in _AUXILIARIES)
    )


_AUXILIARIES: Final = frozenset(lexicon.mapping("grammar", "auxiliaries")) | frozenset(
    lexicon.mapping("grammar", "modals")
)
