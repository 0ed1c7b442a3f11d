"""Capitalised runs of the person-name finder: maximal runs of capitalised untagged tokens, with
particles, initials and quoted nicknames inside, cut at words that are never names (a month, a
headline's verb, an abbreviated rank or a portfolio before the name) unless they read as part of it
("Theresa May", "Park Ji-hoon", a regnal "I").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.common_surnames import (
    common_surname_after_given,
    common_surnames,
    later_surname,
)
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.name_cue_states import _is_name_token
from diplotext.extractors.actors.name_cues import _finite_verb
from diplotext.extractors.actors.nicknames import nickname_end
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.titles import REGNAL_TITLES
from diplotext.extractors.actors.tokens import Token, TokenIndex


def _runs(
    tokens: Sequence[Token], at: list[Tag | None], taken: list[bool], index: TokenIndex | None = None
) -> list[tuple[int, int]]:
    """Maximal runs of capitalised untagged tokens (with particles and initials inside)."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    arabic = names.ARABIC_PREFIX.match
    if index is None:
        starts = [
            k for k, t in enumerate(tokens) if t.is_cap or (t.is_lower and "-" in t.text and arabic(t.text))
        ]
    else:
        starts = sorted(
            {*index.caps, *(k for k in index.hyphened if tokens[k].is_lower and arabic(tokens[k].text))}
        )
    free = 0  # the first token after the last run
    surnames: set[str] = set()  # common-word surnames of the names found so far ("Kate Green")
    for i in starts:
        if i < free or at[i] is not None or taken[i]:
            continue
        j = i + 1
        while j < n and _adjacent(tokens, j - 1, j):
            t = tokens[j]
            if names.city_surname(tokens, at, j) and not taken[j]:
                # "Ricardo M. Santiago": after a middle initial, a city's name is a surname (and
                # no longer the place)
                at[j] = None
                j += 1
                continue
            if at[j] is not None or taken[j]:
                break
            if _is_name_token(t):
                j += 1
                continue
            # an initial's period: "George W. Bush"
            if t.text == "." and len(tokens[j - 1].text) == 1 and tokens[j - 1].is_cap:
                j += 1
                continue
            # a quoted nickname inside the name: "Joaquin "El Chapo" Guzman"
            surname = nickname_end(tokens, at, taken, i, j)
            if surname is not None:
                j = surname
                continue
            # a particle between two capitalised words, or two ("Pieter van der Berg", "de la")
            m = j
            while m < n and m - j < 2 and tokens[m].low in names.PARTICLES and _adjacent(tokens, m - 1, m):
                m += 1
            if (
                m > j
                and m < n
                and _is_name_token(tokens[m])
                and at[m] is None
                and _adjacent(tokens, m - 1, m)
            ):
                j = m
                continue
            break
        if tokens[j - 1].text == ".":
            j -= 1
        if j == i + 1 and later_surname(tokens, i, surnames):
            out.append((i, j))  # "Green said", after "Kate Green"
        else:
            found = _split_run(tokens, i, j, at)
            surnames.update(common_surnames(tokens, found))
            out.extend(found)
        free = max(j, i + 1)
    return out


_BARE_RANKS: Final = lexicon.words("actors", "ranks abbreviated without a period")


_PORTFOLIO_WORDS: Final = lexicon.words("titles", "complement words")


def _leading_title_word(tokens: Sequence[Token], at: list[Tag | None], i: int, j: int) -> str | None:
    """Is the first of three or more capitalised words a title's word, no name: an abbreviated rank
    without its period ("Gen Kamal Rana"), or a portfolio after a title ("Secretary Treasury Ana
    Duro")? The role it gives ("general"; "treasury secretary" for the portfolio and the title
    before it; "" for none), else ``None``."""
    if j - i < 2 or not all(tokens[x].is_word for x in range(i, i + 2)):
        return None
    tok = tokens[i]
    if not tok.is_cap or names.is_first_name(tok.text):
        return None
    if tok.low in _BARE_RANKS and tok.text[1:].islower() and len(tokens[i + 1].text) > 1:
        return roles.ROLES.get((tok.low + ".",), "")  # "Gen Kamal Rana", "Gen Rana"
    if j - i < 3 or not tokens[i + 2].is_word:
        return None
    prev = at[i - 1] if i >= 1 else None
    if prev is None or prev.kind != "role" or prev.end != i or tok.low not in _PORTFOLIO_WORDS:
        return None
    if not names.is_given_name(tokens[i + 1].text):
        return None
    title = tuple(t.low for t in tokens[prev.start : prev.end])
    return roles.ROLES.get((tok.low, *title), "")


def _split_run(tokens: Sequence[Token], i: int, j: int, at: list[Tag | None]) -> list[tuple[int, int]]:
    """Cut a run at words that are never names (months, "Ministry", a sentence-initial "The")."""
    if j == i + 1:  # one token (the common case): a name word unless never one
        t = tokens[i]
        return [(i, j)] if t.is_word and not names.is_non_name(t.text) else []
    out: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        t = tokens[k]
        if (
            (
                t.is_word
                and names.is_non_name(t.text)
                and not (k > start and _month_surname(tokens, start, k))
                and not _first_name_first(tokens, start, k, j)
                and not (k > start and _regnal_one(tokens, start, k))
                and not _korean_surname(tokens, k, j)
                and not (k > start and names.middle_initial(tokens, k, j))
                and not _surname_after_title(tokens, at, start, k, j)
                and not common_surname_after_given(tokens, at, start, k, j)
                and not _particle_inside(tokens, start, k, j)
            )
            or _headline_verb(tokens, start, k, j)
            or (k == start and k + 1 < j and names.is_compound_modifier(t.text))
            or (k == start and k + 2 < j and names.is_occupation_before(t.text, tokens[k + 1].text))
        ):
            if k > start:
                out.append((start, k))
            start = k + 1
    if j > start:
        out.append((start, j))
    return [(a, b) for a, b in out if any(tokens[x].is_word for x in range(a, b))]


def _particle_inside(tokens: Sequence[Token], start: int, k: int, j: int) -> bool:
    """Is the word at ``k`` a name particle between a given name and another word of the run
    ("Moussa Ag Intalla"), though it is a never-name word elsewhere ("AG" of a company name)?"""
    return (
        start < k < j - 1
        and tokens[k].low in names.PARTICLES
        and names.is_given_name(tokens[start].text)
        and tokens[k + 1].is_word
    )


_HEADLINE_AUXILIARIES: Final = lexicon.words("actors", "capitalised verbs after a name")


_VERBS_AND_NAMES: Final = lexicon.words("actors", "verb forms that are also given names")


def _headline_verb(tokens: Sequence[Token], start: int, k: int, j: int) -> bool:
    """Is the capitalised word at ``k`` the verb of a title-case headline, no part of the name
    around it? "Says"/"Would" after a surname or a name opening with a given name ("Christie
    Says", "Ana Ruiz Would"); an inflected verb after a given name and a surname ("Zoe Saldana
    Responds", "Glenn Beck Blasts Drudge"), not a surname after a given name ("Michelle Fields",
    "Francis Gary Powers"); either opening the run before a given name ("Praises Marco Rubio",
    "Said Dorothy Poynter")."""
    tok = tokens[k]
    if not tok.is_word or not tok.is_cap or names.is_first_name(tok.text) or tok.low in _VERBS_AND_NAMES:
        return False
    verb = tok.low in _HEADLINE_AUXILIARIES or _finite_verb(tok.low)
    if not verb:
        return False
    if k == start:
        return k + 1 < j and names.is_given_name(tokens[k + 1].text)
    given = names.is_given_name(tokens[start].text)
    if tok.low in _HEADLINE_AUXILIARIES:
        return k - start == 1 or given
    return k - start >= 2 and given and not names.is_first_name(tokens[k - 1].text)


_NOUN_SURNAMES: Final = lexicon.words("names", "never name words that are also surnames")


def _surname_after_title(tokens: Sequence[Token], at: list[Tag | None], start: int, k: int, j: int) -> bool:
    """ "envoy Chris Hall": a never-name word that is also a family name ends a two-word name that
    opens with a given name of the hand-made list right after a title ("Carnegie Hall" is no name)."""
    prev = at[start - 1] if start >= 1 else None
    return (
        k == start + 1
        and j == k + 1
        and tokens[k].low in _NOUN_SURNAMES
        and tokens[k].text[1:].islower()
        and names.is_first_name(tokens[start].text)
        and prev is not None
        and prev.kind == "role"
        and prev.end == start
    )


def _korean_surname(tokens: Sequence[Token], k: int, j: int) -> bool:
    """ "Park Ji-hoon": an East Asian surname that is also a common word, before a hyphenated
    given name."""
    return (
        k + 1 < j
        and names.is_cjk_surname(tokens[k].text)
        and "-" in tokens[k + 1].text
        and names.looks_cjk_given(tokens[k + 1].text)
    )


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


def _regnal_one(tokens: Sequence[Token], start: int, k: int) -> bool:
    """ "King Aldric Juan I of Spain", "Aldric Juan I, the king": "I" after a name is a regnal
    numeral after a royal or papal title, or when no lower-case word follows it (then it is the
    pronoun: "Nicolas Anelka I will never forget")."""
    before = tokens[k - 1]
    if tokens[k].text != "I" or len(before.text) < 2 or not before.is_word or names.is_non_name(before.text):
        return False
    if start > 0 and tokens[start - 1].low in REGNAL_TITLES:
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.sentence != tokens[k].sentence:
        return True
    if nxt.text in ".'’" and nxt.start == tokens[k].end:
        return False  # an initial ("Wayne A. I. Frederick") or "I'm"
    return not nxt.is_lower or nxt.low in ("of", "and")


def _month_surname(tokens: Sequence[Token], start: int, k: int) -> bool:
    """ "Theresa May": a month after a given name is a surname."""
    return tokens[k].low == "may" and names.is_first_name(tokens[k - 1].text)
