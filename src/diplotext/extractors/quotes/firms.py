"""Businesses the article names with a word that says what they are ("telecoms firm X", "City
consultancy X", "X, a Calgary-based company,"), for "the company said" when the actors plugin does not
know the business: the last one named before the description, introduced with a noun that fits it.
Other bodies likewise by their own noun ("lobby group X ... the group said", "the charity X").
One pass over the article, on first use.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.patterns import lazy
from diplotext.syntax.words import PREPOSITIONS

from .mentions import NOT_NAME_OR_ARTICLE, TITLE_WORDS

__all__ = ["Firms"]

_NOUNS: Final = lexicon.words("speech", "firm nouns before a name")
_BODIES: Final = lexicon.words("speech", "body nouns before a name")
_ANY_FIRM: Final = lexicon.words("speech", "heads for any firm")
_NOUN_ALT: Final = "|".join(lexicon.longest_first(_NOUNS | _BODIES))
_PREPOSITION_ALT: Final = "|".join(lexicon.longest_first(PREPOSITIONS))
_AFTER_NOUN_ALT: Final = lexicon.alternation("speech", "words after a firm noun in an apposition")
_PARTICLES: Final = lexicon.alternation("speech", "particles inside a body's name")
_NAME: Final = (
    r"\p{Lu}[\p{L}\d&'’.\-]*(?:[ \t]+(?:(?:[&+]|and)[ \t]+|(?:(?:"
    + _PARTICLES
    + r")[ \t]+){1,2})?\p{Lu}[\p{L}\d&'’.\-]*){0,4}"
)
"""A name after a firm noun: capitalised words, "&", "and" or particles between them ("Standard and
Y's", "Terre des X", "Friends of the Y")."""
_BEFORE: Final = lazy(rf"(?<![\p{{L}}\-])(?P<noun>{_NOUN_ALT})[ \t]+(?P<name>{_NAME})")
"""'telecoms firm Deutsche X', 'insurance broker Y & Z'."""
_COMMA_BEFORE: Final = lazy(rf"(?<![\p{{L}}\-])(?P<noun>{_NOUN_ALT}),[ \t]+(?P<name>{_NAME})(?=,)")
"""'the largest parcel delivery company, X,'."""
_AFTER: Final = lazy(
    rf"(?<![\p{{L}}])(?P<name>{_NAME}),[ \t]+(?:an?|the)[ \t]+"
    rf"(?:(?!(?:{_PREPOSITION_ALT})[ \t])[\p{{L}}\d\-]+[ \t]+){{0,4}}?"
    rf"(?P<noun>{_NOUN_ALT})(?=[ \t]*[,;.)]|[ \t]+(?:{_AFTER_NOUN_ALT})[ \t])"
)
"""'X Freight, a Calgary-based trucking company,'."""
_MODIFIER_WINDOW: Final = 60
_MODIFIER_AFTER: Final = 30
_WORD: Final = regex.compile(r"[\p{L}\d][\p{L}\d\-]*")
_POSSESSIVE: Final = regex.compile(r"['’]s?$")


class Firms:
    """The businesses one article names with a firm noun, in text order."""

    def __init__(self, text: str) -> None:
        self._text = text
        found: dict[int, tuple[int, int, str, str, int]] = {}
        for pattern in (_BEFORE, _COMMA_BEFORE, _AFTER):
            for m in pattern.finditer(text):
                name = _trimmed(m.group("name"))
                if name is not None:
                    start = m.start("name")
                    intro = min(start, m.start("noun"))
                    found[start] = (start, start + len(name), name, m.group("noun").lower(), intro)
        self._firms = sorted(found.values())
        self._starts = [f[0] for f in self._firms]

    def before(self, position: int, head: str, modifiers: Sequence[str] = ()) -> str | None:
        """The business (or body) named last before ``position`` with a noun that fits ``head``
        ("the company" fits any business; "the airline" an airline; "the group" a group) and whose
        introduction holds every one of ``modifiers`` ("the US company": "US" near its name), or
        ``None``."""
        k = bisect.bisect_left(self._starts, position)
        while k > 0:
            k -= 1
            _, end, name, noun, intro = self._firms[k]
            if end > position or not (_same(noun, head) or (head in _ANY_FIRM and noun in _NOUNS)):
                continue
            near = self._text[max(0, intro - _MODIFIER_WINDOW) : end + _MODIFIER_AFTER].lower()
            if all(w.lower() in _WORD.findall(near) for w in modifiers):
                return name
        return None


def _same(noun: str, head: str) -> bool:
    """Is the noun of an introduction the head of the description, spelling aside ("organisation")?"""
    return noun.replace("z", "s") == head.replace("z", "s")


def _trimmed(name: str) -> str | None:
    """The business name without a possessive ending, cut at a sentence end ("firm X. Mr Y"); ``None``
    for a title ("company President X"), a word that opens a clause ("firm The"), or a place ("carrier
    Moscow")."""
    words: list[str] = []
    for word in name.split():
        if word.endswith(".") and len(word) > 2 and not _INITIALS.match(word):
            words.append(word[:-1])
            break  # "company X. Mr Y": the sentence ends with the name
        words.append(word)
    words[-1] = _POSSESSIVE.sub("", words[-1])
    words = [w for w in words if w]
    if not words:
        return None
    first = words[0].lower().rstrip(".")
    if first in TITLE_WORDS or first in NOT_NAME_OR_ARTICLE:
        return None
    out = " ".join(words)
    if (
        geo.country_code(out) is not None
        or geo.city_country(out) is not None
        or out in geo.subdivision_names()
    ):
        return None
    return out


_INITIALS: Final = regex.compile(r"(?:\p{Lu}\.)+$")
