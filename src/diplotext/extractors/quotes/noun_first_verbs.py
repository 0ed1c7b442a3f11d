"""A third-person form that is a noun far more often than a verb ("notes", "charges", "remarks")
is the verb of its sentence when a subject that can speak stands right before it and a reported
clause follows: "The harbour board notes that ...", "Dan Ruiz, a strategist, charges that ...",
"Mr Holt notes the tariff is paid by ...". Not "the meeting notes were lost" (no clause opens
after it), "six states that ..." (a count), "his charges that ..." (a determiner, read by
``cues``).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from . import indirect as ind
from .naming import can_speak_head

__all__ = ["verb_after_subject"]

_LEMMAS: Final = lexicon.words("speech", "noun-first cue forms that are verbs after a speaker")
_NAME_BEFORE: Final = regex.compile(
    r"(?:^|(?<=[.,;:!?\"“”(]\s*)|(?<![\p{L}])(?i:"
    + lexicon.alternation("speech", "words before a name opening a clause")
    + r")\s+)"
    r"(?:\p{Lu}[\p{L}.\-]*\s+){0,4}\p{Lu}[\p{L}.\-]*,?\s+$"
)
"""A name that opens its clause ("The UNP charges", ", but Mr X notes"), not a modifier after a
verb ("renewed Zairean charges that ...")."""
_NOUN_BEFORE: Final = regex.compile(r"(?<![\p{L}'’\-])(\p{Ll}+),?\s+$")
_THAT: Final = regex.compile(r"\s+that\s+(?=\S)")
_CLAUSE_SUBJECT: Final = regex.compile(
    r"\s+(?=(?:(?i:"
    + lexicon.alternation("speech", "words opening the subject of a reported clause")
    + r")\s|\p{Lu}\p{Ll}))"
)
"""A reported clause opening with a subject: an article, a possessive, a pronoun or a capitalised
word (not "this", which opens time phrases: "moves to Western states this week that ...")."""


def verb_after_subject(text: str, start: int, end: int, m_start: int, m_end: int, *, lemma: str) -> bool:
    """Is the noun-first form ``text[m_start:m_end]`` (of ``lemma``) a cue verb here: its third
    person after a name or a noun that can speak, before "that" or a clause?"""
    if lemma not in _LEMMAS or not text[m_start:m_end].endswith("s"):
        return False
    lo = max(start, m_start - 80)
    if _NAME_BEFORE.search(text, lo, m_start, KEEP_GIL) is None:
        noun = _NOUN_BEFORE.search(text, max(start, m_start - 40), m_start, KEEP_GIL)
        if noun is None or not can_speak_head(noun.group(1)):
            return False
    hi = min(end, m_end + 300)
    if _THAT.match(text, m_end, hi, KEEP_GIL) is not None:
        return True
    opener = _CLAUSE_SUBJECT.match(text, m_end, hi, KEEP_GIL)
    return opener is not None and ind.looks_like_clause(text, opener.end(), hi)
