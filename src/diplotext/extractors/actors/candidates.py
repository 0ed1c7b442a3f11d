"""Person-name candidates: maximal runs of capitalised untagged tokens, cut at words that are never
names, each kept as a cued candidate when a cue names it a person (an honorific, a title or role, a
known given name, a verb after it, an apposition) or as an uncued run that coreference may still join.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names, roles
from diplotext.extractors.actors.entities import Candidate, Tag
from diplotext.extractors.actors.name_cue_states import _is_name_token, _of_state
from diplotext.extractors.actors.name_cues import (
    _after,
    _before,
    _finite_verb,
    _person_clause_after,
)
from diplotext.extractors.actors.nicknames import nickname_end, nickname_tokens, without_nickname
from diplotext.extractors.actors.person_predicates import passive_person_predicate
from diplotext.extractors.actors.portfolio_runs import in_a_portfolio, leads_a_delegation, portfolio_words
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.titles import REGNAL_TITLES
from diplotext.extractors.actors.tokens import Token, TokenIndex
from diplotext.syntax.words import FUNCTION_WORDS, MODALS, verb_forms

RUN_MAX_TOKENS: Final = 6


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
        out.extend(_split_run(tokens, i, j, at))
        free = max(j, i + 1)
    return out


_OWNED_TRIPS: Final = lexicon.words("actors", "trips after a person's possessive")


def _trip_owned(tokens: Sequence[Token], j: int) -> bool:
    """Do "'s" and a trip noun follow the run ending before ``j`` ("X Y's visit to Tokyo")?"""
    return (
        j + 2 < len(tokens)
        and tokens[j].text in "'’"
        and tokens[j + 1].low == "s"
        and tokens[j + 2].low in _OWNED_TRIPS
        and _adjacent(tokens, j - 1, j)
    )


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


def _unbroken(name: str) -> str:
    """ "Ban Ki-moon" for "Ban Ki- moon", a name whose hyphen ended a line (one token, see ``tokens``)."""
    return name.replace("- ", "-") if "- " in name else name


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


_PERSON_OBJECT_VERBS: Final = lexicon.words("events", "verbs before a person")
_MODALS: Final = frozenset(MODALS) | {"not"}
_PERSON_OF_NOUNS: Final = lexicon.words("events", "nouns before a person")


def _object_of_person_verb(tokens: Sequence[Token], i: int) -> bool:
    """Is the run at ``i`` the object of a verb that takes a person ("extradited X Y", "handed over
    X Y", "arrested X Y")?"""
    if i < 1:
        return False
    prev = tokens[i - 1].low
    if prev == "of" and i >= 2 and tokens[i - 2].low in _PERSON_OF_NOUNS:
        return True  # "the extradition of X Y"
    verb = i - 1
    if prev == "over" and i >= 2:
        if not any(lemma == "hand" for lemma, _ in verb_forms().get(tokens[i - 2].low, ())):
            return False
        return "hand over" in _PERSON_OBJECT_VERBS
    # a base form only as an infinitive or after a modal ("asked Spain to extradite X Y")
    infinitive = verb >= 1 and (tokens[verb - 1].low == "to" or tokens[verb - 1].low in _MODALS)
    return any(
        lemma in _PERSON_OBJECT_VERBS and (kind != "base" or infinitive)
        for lemma, kind in verb_forms().get(prev, ())
    )


_NATIONALS: Final = lexicon.words("actors", "nationality nouns")
_CAUSE_BODIES: Final = lexicon.words("actors", "body words before a cause")


def _rest_of_a_body_name(tokens: Sequence[Token], i: int) -> bool:
    """Is the run at ``i`` the cause that ends a body's name, after its capitalised body word and a
    lower-case "for" or "of" ("the Trust for Marine Life", "Alliance of Small Farmers")?"""
    if i < 2 or tokens[i - 1].text not in ("for", "of"):
        return False
    body = tokens[i - 2]
    return body.is_cap and body.low in _CAUSE_BODIES and _adjacent(tokens, i - 2, i - 1)


def _demonym_national(tokens: Sequence[Token], at: list[Tag | None], i: int) -> bool:
    """Is the run at ``i`` named as "a Polish national", "Turkish citizen" (lower case)?"""
    if i < 2 or tokens[i - 1].low not in _NATIONALS or not tokens[i - 1].is_lower:
        return False
    if tokens[i - 2].low in ("its", "their", "his", "her"):
        return True  # "Serbia will not extradite its citizen X Y"
    tag = at[i - 2]
    return tag is not None and tag.kind == "demonym" and tag.end == i - 1


_SENTENCE_OPENERS: Final = lexicon.words("speech", "sentence openers")
"""Words that open a sentence before its subject, set off by a comma ("Firstly, the minister said")."""
_ADVERB_ENDINGS: Final = lexicon.entries("names", "endings of words that are no given name")
"""Endings of sentence adverbs, adjectives and participles ("Afterwards", "However", "Legendary");
a given name with such an ending ("Kelly") is in the first-name list and cued on its own."""


class _Usage:
    """How the article uses its words, counted once when first asked: the words it writes in lower
    case, and how often each capitalised word stands alone or before the next one."""

    def __init__(self, tokens: Sequence[Token], index: TokenIndex | None = None) -> None:
        self.lower = {t.low for t in tokens if t.is_lower}
        if index is None:
            self.caps: Counter[str] = Counter(t.text for t in tokens if t.is_cap)
            self.pairs: Counter[tuple[str, str]] = Counter(
                (a.text, b.text) for a, b in itertools.pairwise(tokens) if a.is_cap and b.is_cap
            )
        else:  # the capitalised tokens from the index, each with the next when it is one too
            self.caps = Counter(tokens[k].text for k in index.caps)
            self.pairs = Counter(
                (tokens[k].text, tokens[k + 1].text) for k in index.caps[:-1] if tokens[k + 1].is_cap
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

    def name_shaped(self, words: Sequence[Token]) -> bool:
        """Could a run with no cue of its own be a name, should a predicate or a lone word of it
        call it a person? Each word capitalised and no more ("Ana", not "DS", "II" nor
        "Vehicle-Maker"), none that the article also writes in lower case ("Clean Vehicle
        Technology"), no verb, function word or adverb first ("Had Ahly", "Often Pipex")."""
        low = words[0].low
        if low in verb_forms() or low in FUNCTION_WORDS or low.endswith(_ADVERB_ENDINGS):
            return False
        return all(
            len(t.text) > 1
            and t.text[0].isupper()
            and t.text[1:].isalpha()
            and t.text[1:].islower()
            and t.low not in self.lower
            and not names.is_non_name(t.text)
            for t in words
        )


def _weak_cue(
    tokens: Sequence[Token],
    at: list[Tag | None],
    i: int,
    j: int,
    words: Sequence[Token],
    *,
    usage: _Usage | None,
) -> bool:
    """A weak cue, which makes a run a person only with the other half of it (see
    ``coref._named_by_a_weak_cue``): for a lone word, a clause or predicate said of a person (", who",
    ", 24,", "police arrested X", "X was charged"); for a longer run, a name's shape."""
    if len(words) >= 2:
        return usage is not None and usage.name_shaped(words)
    n = len(tokens)
    if j + 1 < n and tokens[j].text == "," and (tokens[j + 1].low == "who" or tokens[j + 1].text.isdigit()):
        # not "Lord X of Y, who": the clause is the head's
        return (i == 0 or tokens[i - 1].low != "of") and _person_clause_after(tokens, j)
    return _object_of_person_verb(tokens, i) or passive_person_predicate(tokens, at, j)


def _broad_given_name_cue(words: Sequence[Token], usage: _Usage) -> bool:
    """Does a run that opens with a given name of the broad list only ("Karin Lindholm", "Fatmir
    Gashi") read as a person's name? When the given name is not written in capitals ("FIFA Club")
    and the article writes none of the words after it in lower case ("Ethel Barrymore Theatre",
    "Bryce Canyon", "Tyson Foods"). A name of the hand-made list
    needs no such check."""
    return not words[0].text.isupper() and not any(t.is_cap and t.low in usage.lower for t in words[1:])


_PLACE_WORDS: Final = frozenset({"in", "near", "outside"})


def _world_city_after_place_word(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Is the run ``tokens[i:j]``, right after "in", "near" or "outside", a city geo's world layer
    knows under no other reading?"""
    if i < 1 or tokens[i - 1].low not in _PLACE_WORDS:
        return False
    from diplotext import geo

    city = geo.world_city(text[tokens[i].start : tokens[j - 1].end])
    return city is not None and not city.namesake


def _person_candidates(
    text: str,
    tokens: Sequence[Token],
    at: list[Tag | None],
    taken: list[bool],
    org_country: Sequence[str | None],
    *,
    index: TokenIndex | None = None,
) -> tuple[list[Candidate], list[Candidate]]:
    """(cued candidates, uncued runs) from the capitalised runs."""
    cued: list[Candidate] = []
    uncued: list[Candidate] = []
    n = len(tokens)
    usage: _Usage | None = None
    for run_start, j in _runs(tokens, at, taken, index):
        i = run_start
        # a sentence-initial run of one common word is no name; a quoted nickname is none of it
        nickname = nickname_tokens(tokens, i, j)
        words = [t for k, t in enumerate(tokens[i:j], i) if t.is_word and k not in nickname]
        if not words or len(words) > RUN_MAX_TOKENS:
            continue
        if i >= 2 and tokens[i - 1].text == "/" and tokens[i - 2].low in ("photo", "photos", "pool"):
            continue  # a photo credit: "(AP Photo/Jane Doe)"
        if _rest_of_a_body_name(tokens, i):
            continue  # "the Center for Coastal Diversity said": the body's cause, no person
        before = _before(tokens, at, i, org_country)
        lead_role = _leading_title_word(tokens, at, i, j)
        while lead_role is not None:
            # "President Gen Kamal Rana", "Lt Col Ana Duro", "Secretary Treasury Ana Duro": a title's
            # word, no name
            words = words[1:]
            i += 1
            if lead_role:
                before.roles = [lead_role, *(r for r in before.roles if r not in lead_role)]
            before.adjacent_role = True
            lead_role = _leading_title_word(tokens, at, i, j)
        toks = [t.text for t in words]
        after = _after(tokens, at, j)
        first = words[0].text
        multi = len(words) >= 2
        verb_after = j < n and tokens[j].low in roles.PERSON_VERBS and _adjacent(tokens, j - 1, j)
        according = i >= 2 and tokens[i - 1].low == "to" and tokens[i - 2].low == "according"
        clause_after = _person_clause_after(tokens, j)
        described = multi and clause_after
        cjk = (
            multi and len(words) <= 3 and names.is_cjk_surname(first) and names.looks_cjk_given(words[1].text)
        )
        # not a name that goes on past a word that is never one ("Tam Long An Tile", a team)
        vietnamese = not cjk and names.looks_vietnamese(toks) and not (j < n and tokens[j].is_cap)
        if multi and words[0].initial and (verb_after or according):
            usage = usage or _Usage(tokens, index)
            opens = usage.unknown_given_name(words)
        else:
            opens = not words[0].initial
        passive = multi and passive_person_predicate(tokens, at, j)
        if passive:
            usage = usage or _Usage(tokens, index)
            passive = usage.name_shaped(words)
        owned_trip = multi and _trip_owned(tokens, j)
        if owned_trip:
            usage = usage or _Usage(tokens, index)
            owned_trip = usage.name_shaped(words)
        given_name = multi and names.is_given_name(first)
        if given_name and not names.is_first_name(first):
            usage = usage or _Usage(tokens, index)
            given_name = _broad_given_name_cue(words, usage)
        cue = (
            (multi and _object_of_person_verb(tokens, i))
            or (multi and leads_a_delegation(tokens, i))
            or (multi and _demonym_national(tokens, at, i))
            or before.honorific is not None
            or before.adjacent_role
            or given_name
            or cjk
            or vietnamese
            or after.adjacent_role
            or (multi and (verb_after or according) and opens)
            or described
            or (multi and before.apposed_role and (j >= n or tokens[j].text in (",", ".", ";")))
            or passive
            # "Foreign Ministers A of Malaysia, B of Thailand and C of Vietnam": a plural title's list
            or (multi and before.shared_role)
            # "Mohan Rao's visit to Tokyo": only a person's trip goes by the possessive
            or owned_trip
        )
        if (
            not multi
            and words[0].initial
            and before.honorific is None
            and not (before.adjacent_role or after.adjacent_role)
        ):
            cue = False
        if before.honorific is None and portfolio_words(words) and in_a_portfolio(tokens, i):
            continue  # "the Minister of Islamic Guidance will travel": a portfolio's noun, no surname
        if (
            not multi
            and words[0].initial
            and words[0].low in _SENTENCE_OPENERS
            and not names.is_first_name(first)
            and j < n
            and tokens[j].text == ","
        ):
            continue  # "Firstly, the prime minister said": a sentence adverb, not "X, the prime minister"
        if (
            not multi
            and after.adjacent_role
            and before.honorific is None
            and not before.adjacent_role
            and i >= 1
            and tokens[i - 1].low == "the"
        ):
            continue  # "on her tour of the Andes, the Norwegian minister said": a place, no person
        if (
            cue
            and multi
            and given_name
            and before.honorific is None
            and not (before.adjacent_role or after.adjacent_role)
            and _world_city_after_place_word(text, tokens, i, j)
        ):
            continue  # "was located in Vina del Mar": a city of the world layer, not a given name's run
        if multi and not cue:
            usage = usage or _Usage(tokens, index)
        start = before.honorific_start if before.honorific_start is not None else words[0].start
        span = (start, words[-1].end)
        alias = _unbroken(without_nickname(text, tokens, nickname, span))
        gender = before.gender or after.gender
        if gender is None and multi and not cjk:
            gender = names.given_name_gender(first)
        cand = Candidate(
            tokens=toks,
            span=span,
            alias=alias,
            written=_unbroken(without_nickname(text, tokens, nickname, (words[0].start, words[-1].end))),
            first=i,
            roles=[*before.roles, *(r for r in after.roles if r not in before.roles)],
            country=before.country
            or after.country
            or _of_state(tokens, at, j, before.adjacent_role or before.shared_role or before.apposed_role),
            gender=gender,
            cued=cue,
            title_alias=f"{before.title} {alias}" if before.title and not multi else None,
            weak=not cue and _weak_cue(tokens, at, i, j, words, usage=usage),
        )
        (cued if cue else uncued).append(cand)
    return cued, uncued
