"""Person names across articles: when two spellings name the same person.

The rule (docs/linking.md has it with examples):

* A name is folded: accents dropped, lower case; titles before it (``Mr``, ``Gen``, ``President``
  ...) and ``Jr``/``Sr`` after it dropped; particles (``al``, ``bin``, ``van``, ``de`` ...) dropped
  inside a name, at its start when written in lower case (``de Gaulle``, not ``Le Duc Anh``), and
  when glued by a hyphen (``al-Bashir``); other hyphenated parts joined (``Ki-moon`` -> ``kimoon``).
* Each word gets a transliteration key: ``y`` -> ``i``, ``w`` -> ``v``, ``kh`` -> ``h``, ``ph`` ->
  ``f``, ``ou`` -> ``u``, ``ee`` -> ``i``, ``dh``/``th`` -> ``d``/``t``, ``x`` -> ``ks``, ``q`` ->
  ``k``, ``ck`` -> ``k``, a final ``ff`` -> ``v``, then doubled letters single. Two words *agree*
  when their keys are equal, or one edit apart with both keys at least six letters long (given
  names: four letters, same first letter); an initial agrees with any word it begins.
* Two full names (two words or more) are the same person when their surnames (last words) agree,
  their first names agree, and their middle names do not conflict (one list empty, or the shorter
  agrees word by word with the start of the longer); or when all their keys, run together, are
  equal (``Ban Ki Moon`` / ``Ban Ki-moon``).
* A one-word name is a *surname-only* mention. It is never merged here on its own: the caller
  (:mod:`diplotext.linking.identities`) merges it with one full name only when the states match and
  that full name is the only one it could be.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.folding import without_marks

__all__ = ["PersonName", "parse", "same_person", "surname_matches", "titled", "words_agree"]

_TITLES: Final = lexicon.words("names", "titles before a name")
_SUFFIXES: Final = frozenset({"jr", "sr", "jnr", "snr"})
_PARTICLES: Final = lexicon.words("names", "name particles for linking")
_WORD: Final = regex.compile(r"[\p{L}\p{M}]+(?:['\u2019-][\p{L}\p{M}]+)*")
_RULES: Final = (
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("ou", "u"),
    ("ee", "i"),
    ("x", "ks"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
)
_DOUBLE: Final = regex.compile(r"(.)\1+")

# States whose people's names come surname first in English news ("Hu Jintao" is "Hu").
SURNAME_FIRST: Final = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP"})


def _fold(text: str, *, lower: bool = True) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = without_marks(text)
    return text.lower() if lower else text


@lru_cache(maxsize=8192)
def key(word: str) -> str:
    """The transliteration key of one folded word: ``lugovoy`` and ``lugovoi`` -> ``lugovoi``."""
    out = word.replace("'", "").replace("\u2019", "")
    if out.endswith("ff") and len(out) > 4:
        out = out[:-2] + "v"
    for old, new in _RULES:
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", out)


def _distance_at_most_one(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` at most one edit apart (substitution, insertion, deletion, swap)?"""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        rest_a, rest_b = a[i + 1 :], b[i + 1 :]
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        return rest_a == rest_b or swapped
    return a[i:] == b[i + 1 :]


def words_agree(a: str, b: str, *, given: bool = False) -> bool:
    """Do two keyed words name the same word? Equal keys; one edit apart when both are long enough
    (six letters, or four with the same first letter for a given name); an initial and its word."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return given and a[0] == b[0]
    if given:
        return min(len(a), len(b)) >= 4 and a[0] == b[0] and _distance_at_most_one(a, b)
    return min(len(a), len(b)) >= 6 and _distance_at_most_one(a, b)


@attrs.frozen
class PersonName:
    """A name as written, and the keys of its words (titles and particles left out)."""

    text: str
    words: tuple[str, ...]
    """The keys of the name's words, in order."""
    parts: tuple[str, ...]
    """The keys of the hyphenated parts of the last word (``Macapagal-Arroyo``: both), for
    surname-only mentions."""

    @property
    def full(self) -> bool:
        return len(self.words) >= 2

    @property
    def joined(self) -> str:
        return "".join(self.words)


@lru_cache(maxsize=8192)
def parse(text: str) -> PersonName:
    """Fold a name into the keys of its words."""
    words: list[str] = []
    last_parts: tuple[str, ...] = ()
    written = _WORD.findall(_fold(text, lower=False))
    raw = [w.lower() for w in written]
    for i, word in enumerate(raw):
        bare = word.replace("'", "").replace("\u2019", "")
        if bare in _SUFFIXES and words:
            continue
        if bare in _PARTICLES and (words or written[i][0].islower()):
            continue  # "Osama bin Laden", "de Gaulle"; not "Le Duc Anh"
        if bare in _TITLES and not words and i < len(raw) - 1:
            continue  # a title before the name; a lone "General" stays a word
        pieces = [p for p in word.split("-") if p]
        if len(pieces) > 1 and pieces[0] in _PARTICLES:
            pieces = pieces[1:]  # al-Bashir, el-Baradei
        keyed = [key(p) for p in pieces]
        words.append("".join(keyed))
        last_parts = tuple(keyed)
    if not words:  # a name made of titles or particles only: keep what is there
        words = [key(w) for w in raw] or [key(_fold(text).strip()) or "?"]
        last_parts = (words[-1],)
    return PersonName(text=text, words=tuple(words), parts=last_parts)


def titled(text: str) -> bool:
    """Does the name as written begin with a title (``Gen Pervez Musharraf``)?"""
    words = _WORD.findall(_fold(text))
    return len(words) > 1 and words[0].replace("'", "") in _TITLES


def same_person(a: PersonName, b: PersonName) -> bool:
    """Are two full names (two words or more) one person's? See the module's rule."""
    if not (a.full and b.full):
        return False
    if a.joined == b.joined:
        return True
    if not words_agree(a.words[-1], b.words[-1]) or not words_agree(a.words[0], b.words[0], given=True):
        return False
    mid_a, mid_b = a.words[1:-1], b.words[1:-1]
    if not mid_a or not mid_b:
        return True
    short, long_ = (mid_a, mid_b) if len(mid_a) <= len(mid_b) else (mid_b, mid_a)
    return all(words_agree(x, y, given=True) for x, y in zip(short, long_, strict=False))


def surname_matches(surname: PersonName, full: PersonName, *, state: str | None = None) -> bool:
    """Could a one-word mention be this full name's surname? Its last word (or one part of a
    hyphenated last word); the first word too for a person of a state that puts surnames first."""
    if surname.full or not full.full:
        return False
    word = surname.words[0]
    if len(word) < 2:
        return False
    candidates = {full.words[-1], *full.parts}
    if state in SURNAME_FIRST:
        candidates.add(full.words[0])
    return any(words_agree(word, c) for c in candidates)
