"""Titles with a complement before a name: "Minister for Agriculture and Fisheries X", "Vice President
of Kenya X", "Prime Minister of the Republic of Korea (ROK) X", "Chief of General Staff X", "US envoy
in Sudan X", "UN special envoy to Myanmar X".

One pass over the role tags (:func:`extend_titles`): a title the lexicon names (``titles.txt``,
``[complement titles]`` and ``[host titles]``) followed by "of" / "for" (an envoy's also "to" / "in")
and a complement of places, organisations and portfolio words takes the complement into its tag when a
name follows, so the complement never becomes a name ("Fisheries Ana Duro") and the name gets the
title's role. A state right after "of" is the person's country; the place an envoy is posted to never
is. Each tag looks at most :data:`COMPLEMENT_MAX_TOKENS` tokens ahead: the pass is linear.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names, portfolios, roles
from diplotext.extractors.actors.entities import Tag, tagged
from diplotext.extractors.actors.tagging import _adjacent
from diplotext.extractors.actors.tokens import Token

__all__ = ["COMPLEMENT_MAX_TOKENS", "REGNAL_TITLES", "extend_titles", "in_portfolio", "is_regnal_numeral"]

COMPLEMENT_MAX_TOKENS: Final = 14
_NAME_MAX_TOKENS: Final = 5

_COMPLEMENT_TITLES: Final = lexicon.words("titles", "complement titles")
_HOST_TITLES: Final = lexicon.words("titles", "host titles")
_TITLE_ROLES: Final = lexicon.mapping("titles", "title roles")
_WORDS: Final = lexicon.words("titles", "complement words")
REGNAL_TITLES: Final = lexicon.words("titles", "regnal titles")
"""Titles before a regnal name ("King", "Pope"): after them "I" is a numeral."""

_CONNECTORS: Final = frozenset({"of", "for", "and", "the", "&"})
_HOST_CONNECTORS: Final = frozenset({"to", "in", "at"})
_PLACE_KINDS: Final = frozenset({"state", "demonym", "capital", "city", "seat", "org"})

_NOUN_ENDINGS: Final = lexicon.entries("actors", "noun endings")
"""Endings of the portfolio nouns the lexicon may miss ("Horticulture", "Promotion", "Procurement")."""
_NOT_AFTER_NAME: Final = lexicon.words("titles", "nouns after a place")
_RULER_TITLES: Final = lexicon.words("actors", "royal titles")


def is_regnal_numeral(word: str) -> bool:
    """A Roman numeral from I to XXXIX written as a regnal number ("II", "XVI", "XXIII")."""
    if not word or len(word) > 6 or any(c not in "IVX" for c in word):
        return False
    # canonical form only: tens, then units (IX, IV, V?I{0,3})
    tens = len(word) - len(word.lstrip("X"))
    if tens > 3:
        return False
    units = word[tens:]
    return units in ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")


def in_portfolio(tokens: Sequence[Token], at: Sequence[Tag | None], k: int) -> bool:
    """Is ``tokens[k]`` a word of a portfolio between a state and a title ("Nigerian *Agriculture
    and Rural Development* Minister X", "Kenya's *Energy* Minister X"): a capitalised portfolio
    word, or "and" between two of them, in a run of them right after a state or its possessive?"""
    x = k
    while x >= 0 and at[x] is None and (_portfolio_word(tokens[x]) or _joins_portfolio(tokens, at, x)):
        x -= 1
    if x == k or x < 0 or tokens[x].sentence != tokens[k].sentence:
        return False
    tag = at[x]
    if tokens[x].low == "s" and x >= 2 and tokens[x - 1].text in "'’":
        tag = at[x - 2]
    return tag is not None and tag.kind in ("state", "demonym")


def _joins_portfolio(tokens: Sequence[Token], at: Sequence[Tag | None], x: int) -> bool:
    return (
        tokens[x].low in ("and", "&")
        and 0 < x < len(tokens) - 1
        and at[x - 1] is None
        and _portfolio_word(tokens[x - 1])
        and _portfolio_word(tokens[x + 1])
    )


def _portfolio_word(tok: Token) -> bool:
    return tok.is_cap and tok.is_word and (tok.low in _WORDS or _unlisted_noun(tok))


def extend_titles(tokens: Sequence[Token], at: list[Tag | None]) -> None:
    """Take the complement of each title before a name into the title's tag (in ``at``; the places and
    organisations inside keep their own tags in the tag list)."""
    n = len(tokens)
    k = 0  # the first token not yet read (a title's tokens are read with it)
    for i, tag in tagged(at):
        if i < k:
            continue
        if i >= n:
            break
        if tag.start != i or tag.kind != "role" or not tag.code:
            continue
        found = _complement(tokens, at, tag)
        if found is None:
            k = tag.end
            continue
        end, country = found
        phrase = " ".join(t.low for t in tokens[tag.start : end])
        role = _TITLE_ROLES.get(phrase, tag.code)
        new = Tag("role", tag.start, end, role, country=country, complement=True)
        for x in range(tag.start, end):
            at[x] = new
        k = end


def _opens(tokens: Sequence[Token], at: list[Tag | None], tag: Tag) -> str | None:
    """The word that opens a complement after the title, if the title takes one there."""
    e = tag.end
    if e >= len(tokens) or not _adjacent(tokens, e - 1, e):
        return None
    word = tokens[e].low
    code = tag.code or ""
    inner = {t.low for t in tokens[tag.start : tag.end]}
    if word in ("of", "for") and (code in _COMPLEMENT_TITLES or code in _HOST_TITLES):
        return word
    if (
        word == "responsible"
        and e + 1 < len(tokens)
        and tokens[e + 1].low == "for"
        and code in _COMPLEMENT_TITLES
    ):
        return "for"  # "Minister Responsible for Foreign Affairs X"
    if word in _HOST_CONNECTORS and code in _HOST_TITLES:
        return word
    if word == "on" and code in _HOST_TITLES and _topic_at(tokens, at, e + 1):
        return word  # "Special Envoy on African Affairs X", "Representative on Climate Change X"
    # a title with its complement in the lexicon goes on: "Minister of Foreign Affairs and Cooperation"
    if word in ("and", "of") and inner & {"of", "for"} and tokens[tag.end - 1].is_cap:
        return word
    return None


def _topic_at(tokens: Sequence[Token], at: list[Tag | None], k: int) -> bool:
    """Does a topic open at ``k``: capitalised words, one of the first three a portfolio word or a
    place ("Climate Change", "African Affairs", "Korean Peninsula Affairs")?"""
    for j in range(k, min(len(tokens), k + 3)):
        if not tokens[j].is_cap or (j > k and not _adjacent(tokens, j - 1, j)):
            return False
        tag = at[j]
        if tokens[j].low in _WORDS or (tag is not None and tag.start == j and tag.kind in _PLACE_KINDS):
            return True
    return False


def _complement(tokens: Sequence[Token], at: list[Tag | None], tag: Tag) -> tuple[int, str | None] | None:
    """(the token after the complement, the state named after "of") when a complement follows the
    title and a name follows the complement."""
    opener = _opens(tokens, at, tag)
    if opener is None:
        return None
    host = tag.code in _HOST_TITLES
    n = len(tokens)
    start = tag.end
    k = start + (2 if tokens[start].low == "responsible" else 1)
    end: int | None = None
    country: str | None = None
    after_of = opener == "of"
    soft = -1  # the end of the complement after an unlisted noun ("Horticulture")
    limit = min(n, start + COMPLEMENT_MAX_TOKENS)
    while k < limit and _adjacent(tokens, k - 1, k):
        t = tokens[k]
        inner = at[k]
        if t.is_lower and (t.low in _CONNECTORS or (host and t.low in _HOST_CONNECTORS)):
            after_of = t.low == "of" or (after_of and t.low == "the")
            k += 1
            continue
        if t.text == "(" and k + 2 < n and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
            k += 3  # "(ROK)"
            end = k
            continue
        if t.text in "'’" and k + 1 < n and tokens[k + 1].low == "s" and end == k:
            k += 2  # "China's Central Military Commission"
            end = k
            continue
        if inner is not None and inner.start == k and inner.kind in _PLACE_KINDS:
            if inner.kind == "state" and after_of and country is None and not (host and opener != "of"):
                country = inner.code
            k = inner.end
            end = k
            after_of = False
            continue
        if inner is not None and inner.kind == "role" and inner.start == k and inner.end == k + 1:
            if after_of and t.is_cap and t.low in _WORDS:
                # a body named by its members: "Speaker of the House of Representatives X"
                k += 1
                end = k
                after_of = False
                continue
            # a role word inside a portfolio: "Chief of General Staff", not "Chief of Staff General X"
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is not None and nxt.is_cap and nxt.low in _WORDS and at[k + 1] is None:
                k += 2
                end = k
                after_of = False
                continue
            break
        if inner is None and t.is_cap and t.is_word and (t.low in _WORDS or names.is_non_name(t.text)):
            k += 1
            end = k
            after_of = False
            continue
        if inner is None and t.is_cap and t.is_word and _unlisted_noun(t):
            k += 1
            end = k
            soft = end
            after_of = False
            continue
        if _adjective_before_a_portfolio_noun(tokens, at, k, limit):
            k += 2  # "Minister of Culture and Islamic Guidance", "of Rural Development"
            end = k
            soft = end
            after_of = False
            continue
        break
    if end is None or not _name_follows(tokens, at, end):
        # an unlisted portfolio up to the holder's given name ("... and the Arts Lee Kok Wah")
        named = portfolios.portfolio_end(tokens, at, start, start + COMPLEMENT_MAX_TOKENS)
        if named is not None and (end is None or named > end):
            return named, country
    if end is None:
        return None
    last = at[end - 1]
    if (
        last is not None
        and last.kind == "demonym"
        and (end >= n or not names.is_first_name(tokens[end].text))
    ):
        return None  # "head of Swiss Re", "Iraqi Custody Service": a body's name follows a demonym
    follows = _name_follows(tokens, at, end)
    # an unlisted noun last may be a given name: "ambassador to Kenya Prudence X were injured",
    # "Speaker of the House of Representatives Clarence X will visit"
    if (
        soft == end
        and end - 2 > start
        and not tokens[end - 2].is_lower
        and (not follows or names.is_given_name(tokens[end - 1].text))
        and _name_follows(tokens, at, end - 1)
    ):
        return end - 1, country
    return (end, country) if follows else None


def _adjective_before_a_portfolio_noun(
    tokens: Sequence[Token], at: list[Tag | None], k: int, limit: int
) -> bool:
    """Is the token at ``k`` a capitalised adjective ("Islamic", "Rural") before a portfolio noun
    ("Guidance", "Development"), both inside a title's complement?"""
    if k + 1 >= limit or not _adjacent(tokens, k, k + 1):
        return False
    t, nxt = tokens[k], tokens[k + 1]
    return (
        t.is_cap
        and t.is_word
        and t.low.endswith(_ADJECTIVE_ENDINGS)
        and not names.is_first_name(t.text)
        and at[k + 1] is None
        and nxt.is_cap
        and nxt.is_word
        and (nxt.low in _WORDS or _unlisted_noun(nxt))
    )


_ADJECTIVE_ENDINGS: Final = tuple(lexicon.words("actors", "adjective endings in a portfolio"))


def _unlisted_noun(t: Token) -> bool:
    """A portfolio noun the list misses ("Horticulture", "Fisheries"): a noun ending, no given name."""
    return t.low.endswith(_NOUN_ENDINGS) and not names.is_first_name(t.text)


def _name_follows(tokens: Sequence[Token], at: list[Tag | None], c: int, titled: bool = False) -> bool:
    """Is a name (or another title or an honorific before one) right after the complement, or after
    a comma ("Minister for Europe, Ana Duro,")?"""
    n = len(tokens)
    if c >= n:
        return False
    comma = tokens[c].text == ","
    if comma:
        c += 1
        if c >= n or tokens[c].sentence != tokens[c - 1].sentence:
            return False
    elif not _adjacent(tokens, c - 1, c):
        return False
    tag = at[c]
    if tag is not None:
        if tag.kind not in ("role", "honorific") or tag.start != c or not tokens[c].is_cap:
            return False
        if not comma:
            # another title or an honorific before a name: "Chief of Staff Lt. Gen. X", "Minister of
            # Health Dr X"
            return True
        # "the Emir of Qatar, Sheikh X", "the King of Jordan, King X": after a comma, a ruler's
        # title or an honorific and a name (one word will do)
        return (tag.kind == "honorific" or tag.code in _RULER_TITLES) and _name_follows(
            tokens, at, tag.end, titled=True
        )
    words = 0
    particles = 0
    k = c
    while k < n and words < _NAME_MAX_TOKENS + 1 and (k == c or _adjacent(tokens, k - 1, k)):
        t = tokens[k]
        if at[k] is not None:
            break
        if t.text == "." and len(tokens[k - 1].text) == 1:
            k += 1  # an initial
            continue
        if (
            words
            and particles < 2
            and t.is_lower
            and t.low in names.PARTICLES
            and k + 1 < n
            and tokens[k + 1].is_cap
            and at[k + 1] is None
            and _adjacent(tokens, k, k + 1)
        ):
            particles += 1  # "Hamad bin Nasser", "Ana de la Fuente"
            k += 1
            continue
        if not (t.is_word and (t.is_cap or "-" in t.text)):
            break
        if (
            names.is_non_name(t.text)
            and not is_regnal_numeral(t.text)
            and not names.middle_initial(tokens, k)
        ):
            return False
        words += 1
        k += 1
    if not 1 <= words <= _NAME_MAX_TOKENS or (words < 2 and comma):
        return False
    nxt = tokens[k] if k < n else None
    if nxt is None or not _adjacent(tokens, k - 1, k):
        return True
    if nxt.low in ("of", "for", "at") and k + 1 < n and tokens[k + 1].is_cap:
        return False  # the complement goes on: "Director General of the British Chambers of Commerce"
    if nxt.is_lower and nxt.low in _NOT_AFTER_NAME:
        return False  # a place or body: "minister of India's Andhra Pradesh state"
    # one word is a surname only before a speech or action verb: "Chief of Staff Halutz said"
    return words >= 2 or titled or nxt.low in roles.PERSON_VERBS
