"""Person-name evidence without a model: given names, East Asian surnames, words that are never
names, and spelling-variant matching ("Alexander"/"Aleksander").
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.roles import Gender
from diplotext.extractors.actors.tokens import Token
from diplotext.folding import strip_marks
from diplotext.patterns import KEEP_GIL, lazy

# Chinese, Korean and Vietnamese family names: written first, so "Wen Jiabao" is Mr. Wen.
CJK_SURNAMES: Final = frozenset(lexicon.entries("names", "cjk surnames"))

# One pinyin syllable; a Chinese given name is one or two of them ("Jiabao", "Jintao", "Jun").
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|"
    r"ue|er|a|o|e|i|u|v)"
)
_GIVEN_CJK = lazy(rf"(?i){_PINYIN}(?:{_PINYIN})?(?:-{_PINYIN}(?:{_PINYIN})?)?")
_GIVEN_KOREAN = lazy(r"\p{Lu}\p{Ll}+-\p{Ll}+")
# One Vietnamese syllable without its marks ("Van", "Kiet", "Nguyen", "Phuc"): an initial, one to
# three vowels, a final.
_VIETNAMESE_SYLLABLE = lazy(
    r"(?i)(?:ngh?|[cgknpt]h|gi|qu|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:[cn]h|ng|[cmnpt])?"
)

# Lowercase particles that may sit inside a name ("Dominique de Villepin", "Ban Ki-moon").
PARTICLES: Final = lexicon.words("names", "name particles")
ARABIC_PREFIX: Final = regex.compile(
    r"^(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn|abu|abd|ben|bani|ul)-(?=\p{Lu})"
)

# Capitalised words that are never part of a person's name.
NON_NAME: Final = lexicon.words("names", "never name words")


def _read_given_names(name: str) -> dict[str, Gender]:
    """Folded given name -> ``"m"``, ``"f"`` or ``None`` (either) from ``lexicon/<name>.txt``."""
    out: dict[str, Gender] = {}
    for section, lines in lexicon.sections(name).items():
        gender: Gender = "m" if section == "m" else "f" if section == "f" else None
        for line in lines:
            for word in line.split():
                key = fold.__wrapped__(word)  # (20,000 words read once: not kept)
                out[key] = None if key in out and out[key] != gender else gender
    return out


_WORDS_KEPT: Final = 16384
"""Words whose answer each word test below keeps (pure functions of the word; the same words come
back in every article, and each test folds its word before the tables answer)."""


@functools.cache
def _first_names() -> dict[str, Gender]:
    """The hand-made list, ``lexicon/first_names.txt``: a few hundred given names common in
    international news."""
    return _read_given_names("first_names")


@functools.cache
def _given_names() -> dict[str, Gender]:
    """Every known given name: the broad generated list (``lexicon/given_names.txt``, some 20,000
    names of many languages, built by ``tools/build_given_names.py`` without English words or
    places) and the hand-made one, whose genders win. Read on first use."""
    return {**_read_given_names("given_names"), **_first_names()}


@functools.lru_cache(maxsize=_WORDS_KEPT)
def fold(word: str) -> str:
    """Lower-case, accents removed, typographic apostrophes plain."""
    word = word.replace("\u2019", "'")
    if not word.isascii():
        word = strip_marks(word)
    return word.lower()


def _in(table: dict[str, Gender], word: str) -> bool:
    """``word`` or the head of a hyphenated compound of it ("Jean-Louis") is in ``table``."""
    key = fold(word)
    if key in table:
        return True
    head, _, tail = key.partition("-")
    return bool(tail) and word[len(head) + 1 : len(head) + 2].isupper() and head in table


@functools.lru_cache(maxsize=_WORDS_KEPT)
def is_first_name(word: str) -> bool:
    """A given name of the hand-made list, or a compound of one ("Jean-Louis"): common enough in
    the news to count wherever a name is weighed against a title, a place or a common word."""
    return _in(_first_names(), word)


def first_name_gender(word: str) -> Gender:
    return _first_names().get(fold(word))


@functools.lru_cache(maxsize=_WORDS_KEPT)
def is_given_name(word: str) -> bool:
    """A given name of either list ("Karin", "Fatmir", "Boris"), or a compound of one: the person
    cue of a name that opens with it (see ``candidates``)."""
    return _in(_given_names(), word)


def given_name_gender(word: str) -> Gender:
    """The gender of a given name of either list, the hand-made list's first."""
    return _given_names().get(fold(word))


def is_cjk_surname(word: str) -> bool:
    return word in CJK_SURNAMES


def looks_cjk_given(word: str) -> bool:
    """Could ``word`` be a Chinese given name in pinyin ("Jiabao") or a Korean one ("Ki-moon")?"""
    if len(word) > 14 or not word[:1].isupper():
        return False
    return bool(
        _GIVEN_CJK.fullmatch(word, None, None, KEEP_GIL)
        or _GIVEN_KOREAN.fullmatch(word, None, None, KEEP_GIL)
    )


def looks_vietnamese(words: Sequence[str]) -> bool:
    """Is a run of three or four words a Vietnamese name: a family name of the list, then one
    syllable each ("Vo Van Kiet", "Le Kha Phieu")?"""
    return (
        3 <= len(words) <= 4
        and is_cjk_surname(words[0])
        and all(
            w[:1].isupper()
            and w[1:].islower()
            and len(w) <= 6
            and _VIETNAMESE_SYLLABLE.fullmatch(fold(w), None, None, KEEP_GIL)
            for w in words[1:]
        )
    )


@functools.lru_cache(maxsize=_WORDS_KEPT)
def is_non_name(word: str) -> bool:
    return fold(word) in NON_NAME


_MODIFIER_ENDINGS: Final = lexicon.entries("names", "endings of a compound modifier before a name")


_OCCUPATION_ENDINGS: Final = tuple(lexicon.entries("names", "endings of an occupation before a name"))


def is_occupation_before(word: str, after: str) -> bool:
    """Is a capitalised ``word`` before the given name ``after`` a job ("Ecologist", "Paramedic"),
    no given name of its own? (See ``names.txt [endings of an occupation before a name]``.)"""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.lower().endswith(_OCCUPATION_ENDINGS)
        and not is_given_name(word)
        and is_given_name(after)
    )


def is_compound_modifier(word: str) -> bool:
    """A capitalised hyphenated word whose later parts are lower-case words, no syllables of a
    given name: "Cancer-stricken", "Man-of-the-match", "London-based" (not "Man-kei", "Chun-ying")."""
    parts = word.split("-")
    if (
        len(parts) < 2
        or not parts[0][:1].isupper()
        or not all(p.isalpha() and p.islower() for p in parts[1:])
    ):
        return False
    if len(parts) == 2 and (
        len(parts[1]) < 3 or (len(parts[1]) <= 4 and _GIVEN_CJK.fullmatch(parts[1], None, None, KEEP_GIL))
    ):
        return False
    return len(parts) > 2 or parts[-1].endswith(_MODIFIER_ENDINGS)


def middle_initial(tokens: Sequence[Token], k: int, end: int | None = None) -> bool:
    """Is ``tokens[k]`` an initial inside a name ("Richard A. Smith"): one capital letter after a
    capitalised word and before its period and another capitalised word (before ``end``)? Then
    "A" and "I" are no article or pronoun."""
    limit = len(tokens) if end is None else end
    if k < 1 or k + 2 >= limit:
        return False
    tok, dot, nxt, prev = tokens[k], tokens[k + 1], tokens[k + 2], tokens[k - 1]
    if prev.text == "." and k >= 2 and len(tokens[k - 2].text) == 1:
        prev = tokens[k - 2]  # the second of two initials: "Wayne A. I. Frederick"
    return (
        len(tok.text) == 1
        and tok.is_cap
        and prev.is_cap
        and prev.is_word
        and dot.text == "."
        and dot.start == tok.end
        and nxt.is_cap
        and nxt.is_word
        and nxt.sentence == tok.sentence
    )


def core(word: str) -> str:
    """The comparable core of a name token: folded, without an Arabic article ("al-Assad" -> "assad")."""
    return fold(ARABIC_PREFIX.sub("", word) if "-" in word else word)  # (the prefix ends with a hyphen)


@functools.lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A rough transliteration key: "Aleksander" and "Alexander" share one."""
    w = core(word)
    for a, b in (
        ("ks", "x"),
        ("kh", "h"),
        ("ph", "f"),
        ("ie", "i"),
        ("yi", "i"),
        ("y", "i"),
        ("j", "i"),
        ("w", "v"),
        ("ou", "u"),
        ("ck", "k"),
        ("c", "k"),
        ("ei", "i"),
        ("ee", "i"),
        ("oo", "u"),
        ("dh", "d"),
        ("th", "t"),
        ("sch", "sh"),
        ("ss", "s"),
        ("ll", "l"),
        ("mm", "m"),
        ("tt", "t"),
        ("e", "i"),
    ):
        w = w.replace(a, b)
    return w


@functools.lru_cache(maxsize=8192)
def same_token(a: str, b: str) -> bool:
    """Are two name tokens the same name, allowing transliteration variants?"""
    ca, cb = core(a), core(b)
    if ca == cb:
        return True
    if not ca or not cb or ca[0] != cb[0]:
        return False
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if min(len(ca), len(cb)) < 5:
        return False
    return difflib.SequenceMatcher(None, sa, sb).ratio() >= 0.85


def initial_of(a: str, b: str) -> bool:
    """Is ``a`` an initial ("W.", "W") standing for ``b``?"""
    a = a.rstrip(".")
    return len(a) == 1 and a.isupper() and b[:1] == a


def city_surname(tokens: Sequence[Token], at: Sequence[Tag | None], j: int) -> bool:
    """Is ``tokens[j]`` a one-word city's name right after a middle initial's period ("Ricardo M.
    Santiago", "Ana L. Lima")?"""
    tag = at[j]
    return (
        tag is not None
        and tag.kind in ("city", "capital")
        and tag.start == j
        and tag.end == j + 1
        and j >= 2
        and tokens[j - 1].text == "."
        and len(tokens[j - 2].text) == 1
        and tokens[j - 2].is_cap
    )
