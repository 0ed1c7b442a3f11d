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
from diplotext.extractors.actors.candidate_runs import _leading_title_word, _runs
from diplotext.extractors.actors.entities import Candidate, Tag
from diplotext.extractors.actors.line_breaks import split_at_line_breaks
from diplotext.extractors.actors.name_cue_states import _of_state
from diplotext.extractors.actors.name_cues import _after, _before, _person_clause_after
from diplotext.extractors.actors.nicknames import nickname_tokens, without_nickname
from diplotext.extractors.actors.party_tags import party_tag_state
from diplotext.extractors.actors.person_predicates import passive_person_predicate
from diplotext.extractors.actors.portfolio_runs import in_a_portfolio, leads_a_delegation, portfolio_words
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.tokens import Token, TokenIndex
from diplotext.extractors.actors.vessel_names import names_a_vessel
from diplotext.syntax.words import FUNCTION_WORDS, MODALS, verb_forms

RUN_MAX_TOKENS: Final = 6


def _unbroken(name: str) -> str:
    """ "Ban Ki-moon" for "Ban Ki- moon", a name whose hyphen ended a line (one token, see ``tokens``);
    "Roy Dalton" for a name a wrapped line broke ("Roy\nDalton")."""
    if "\n" in name:
        name = " ".join(name.split())
    return name.replace("- ", "-") if "- " in name else name


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
    for run_start, j in split_at_line_breaks(text, tokens, _runs(tokens, at, taken, index)):
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
        if names_a_vessel(tokens, i):
            continue  # "the tanker Grace X was seized": a ship
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
            or _of_state(tokens, at, j, before.adjacent_role or before.shared_role or before.apposed_role)
            or party_tag_state(tokens, j),
            gender=gender,
            cued=cue,
            title_alias=f"{before.title} {alias}" if before.title and not multi else None,
            weak=not cue and _weak_cue(tokens, at, i, j, words, usage=usage),
        )
        (cued if cue else uncued).append(cand)
    return cued, uncued
