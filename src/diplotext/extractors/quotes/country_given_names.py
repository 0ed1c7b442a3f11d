"""Given names that are also a country's name ("Jordan", "Chad", "Georgia", "Israel",
``speech.txt [country names that are also given names]``). The actors plugin reads "said Jordan
Lefko, an economist" as the state Jordan and the person Lefko; a person speaker known by that one
word takes its given name back ("Jordan Lefko") when the country word stands right before the
surname in the article, on the same line, and no preposition stands before it ("talks in Jordan
Lefko called ..." names nobody "Jordan Lefko"). A surname that is itself a given name or a title
word is left alone ("Jordan Abdullah", "Georgia President")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_first_name
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import PREPOSITIONS

from .mentions import TITLE_WORDS

__all__ = ["country_given_name"]

_GIVEN: Final = lexicon.words("speech", "country names that are also given names")
_GIVEN_WORDS: Final = frozenset(w.capitalize() for w in _GIVEN)
_LONGEST: Final = max(map(len, _GIVEN_WORDS), default=0)
_WORD_BEFORE: Final = regex.compile(r"([\p{L}]+)[ \t]+$")
_LOOK_BEFORE: Final = 30


def country_given_name(text: str, surname: str, position: int) -> str | None:
    """The name "Country Surname" the article writes for the one-word person name ``surname``
    (the one at or before ``position``, else the first), or ``None``."""
    if not _GIVEN or not surname[:1].isupper() or " " in surname:
        return None
    low = surname.lower()
    if low in TITLE_WORDS or is_first_name(low) or low in _GIVEN:
        return None
    found: str | None = None
    for start, given in _after_given(text, surname):
        before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BEFORE), start, KEEP_GIL)
        if before is not None and before.group(1).lower() in PREPOSITIONS:
            continue  # "talks in Jordan Lefko called": the country, then the person
        if found is not None and start > position:
            break
        found = f"{given} {surname}"
    return found


def _after_given(text: str, surname: str) -> Iterator[tuple[int, str]]:
    """Where a capitalised given-name country word stands before ``surname``, as (start, word):
    the matches ``regex.finditer`` gives for the country words' alternation, then ``[ \\t]+``,
    then the escaped surname, between the lookarounds ``(?<![\\p{L}\\-.'’])`` and
    ``(?![\\p{L}\\-])`` (the country words are letters only, so the word is the letter run
    before the blanks), found by ``str.find`` (a pattern compiled for each surname cost a compile a
    call)."""
    size = len(surname)
    last = 0
    at = text.find(surname)
    while at >= 0:
        end = at + size
        if end >= len(text) or not _letter_or(text[end], "-"):
            gap = at
            while gap > 0 and text[gap - 1] in " \t":
                gap -= 1
            word_start = gap
            while word_start > 0 and gap - word_start <= _LONGEST and _letter_or(text[word_start - 1], ""):
                word_start -= 1
            given = text[word_start:gap]
            if (
                gap < at
                and word_start >= last
                and given in _GIVEN_WORDS
                and (word_start == 0 or text[word_start - 1] not in "-.'’")
            ):
                yield word_start, given
                last = end
                at = text.find(surname, end)
                continue
        at = text.find(surname, at + 1)


def _letter_or(char: str, marks: str) -> bool:
    """Is ``char`` a letter (``\\p{L}``) or one of ``marks``?"""
    if char in marks:
        return True
    return char.isalpha() if char.isascii() else _LETTER.match(char, 0, None, KEEP_GIL) is not None


_LETTER: Final = regex.compile(r"\p{L}")
