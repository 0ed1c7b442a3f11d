"""Fronted adverbials: the phrase that opens a sentence before its subject and ends at a comma is
never the speaker ("Hours later, the mayor ...", "Facing criticism from donors, Ms. X ...", "In a
statement released Friday, Rep. X ...", "Regardless, the ministry said ...").

A phrase is fronted when it opens with a preposition or a subordinator, a participle (a verb form
in -ing or -ed, before a lower-case word), an adverb (a sentence opener, or a word in -ly before a
verb form), or is a time phrase ("Two days later", "Moments earlier", "Back in 1999").
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import DETERMINERS, POSSESSIVES, PREPOSITIONS, SUBORDINATORS, verb_forms

from .fragments import is_adverb

__all__ = ["fronted_end", "fronted_without_comma", "is_fronted"]

_OPENERS: Final = lexicon.words("speech", "sentence openers")
_TIME_AFTER: Final = lexicon.words("speech", "fronted time ends")
_TIME_LEAD: Final = lexicon.words("speech", "fronted time leads")
_TIME_OPENERS: Final = lexicon.words("speech", "fronted time openers")
_TIME_WORDS: Final = lexicon.words("speech", "fronted time nouns") | {
    w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES)
}
_CONJUNCTIONS: Final = lexicon.words("speech", "fronted conjunctions")
_NOT_FRONTED: Final = lexicon.words("speech", "prepositions that open no fronted phrase")
_AFTER_UNKNOWN_ING: Final = DETERMINERS | POSSESSIVES | PREPOSITIONS
_MAX_FRONTED: Final = 200
_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def _participle(word: str, after: str | None) -> bool:
    """A verb form in -ing or -ed opening a phrase ("Facing mounting", "Buoyed by")."""
    if after is None or not after[:1].islower():
        return False
    low = word.lower()
    if not low.endswith(("ing", "ed")):
        return False  # "Broadcast magazine said"
    kinds = {k for _, k in verb_forms().get(low, ())}
    if "ing" in kinds or "ed" in kinds:
        return True
    # a verb the lexicon does not know: "Shivering in the cold", "Mesmerising the crowd"
    return low.endswith("ing") and len(low) > 5 and after.lower() in _AFTER_UNKNOWN_ING


def is_fronted(words: list[str]) -> bool:
    """Are these the words of a fronted adverbial (the words before the comma)?"""
    if not words or not words[0][:1].isupper():
        return False
    if words[0].lower() in _CONJUNCTIONS and len(words) > 1:
        words = words[1:]  # "But in a statement on Friday"
    first = words[0].lower()
    if first in _NOT_FRONTED:
        return False
    after = words[1] if len(words) > 1 else None
    if len(words) == 1:
        return first in _OPENERS or is_adverb(first)
    if (first in PREPOSITIONS or first in SUBORDINATORS) and first not in _NOT_FRONTED:
        return True  # "In a statement on Friday", "When I asked the mayor if he would run again"
    if first in _TIME_LEAD and after is not None and after.lower() in PREPOSITIONS:
        return True  # "Back in 1999"
    if first in _TIME_OPENERS and len(words) <= 3 and any(w.lower() in _TIME_WORDS for w in words[1:]):
        return True  # "Earlier this week", "Last year", "That night"
    if len(words) <= 4 and any(w.lower() in _TIME_AFTER for w in words[1:]):
        return True  # "Hours later", "Two days later", "Three years ago"
    if first.endswith("ly") and after is not None and _participle(after, words[2] if len(words) > 2 else "a"):
        return True  # "Hastily politicizing the tragedy"
    return _participle(first, after)


def fronted_end(text: str, start: int, limit: int) -> int | None:
    """Where the subject starts after a fronted adverbial opening ``text[start:]`` (the first
    word after its comma), or ``None`` when there is no such phrase before ``limit``."""
    comma = text.find(",", start, min(limit, start + _MAX_FRONTED))
    if comma < 0:
        return None
    stretch = text[start:comma]
    if any(ch in stretch for ch in '"“”;:()'):
        return None
    if not is_fronted(_WORD.findall(stretch)):
        return None
    k = comma + 1
    while k < limit and text[k].isspace():
        k += 1
    return k if k < limit else None


_FRONTING_PREPOSITION: Final = "|".join(sorted(w.capitalize() for w in PREPOSITIONS if len(w) > 2))
_FRONTED: Final = regex.compile(
    rf"(?:{_FRONTING_PREPOSITION})[ \t]+(?:\p{{Ll}}[\p{{Ll}}'’\-]*[ \t]+){{1,5}}"
    r"(?=\p{Lu}\p{L}*[ \t.]+\p{Lu})"
)
"""A capitalised preposition and one to five lower-case words before a capitalised name of two
words or more ("During his speech | Mr X", "After the long debate | Ada X")."""


def fronted_without_comma(text: str, ss: int, pos: int) -> int | None:
    """Where the subject starts after a fronted phrase with no comma that opens the sentence at
    ``ss`` ("During his speech Mr X took ..."), or ``None``."""
    m = _FRONTED.match(text, ss, pos, KEEP_GIL)
    return m.end() if m is not None else None
