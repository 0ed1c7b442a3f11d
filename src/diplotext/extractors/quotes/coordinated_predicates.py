"""A cue whose object is a noun phrase, then a second verb of the same subject joined by "and"
("The envoy condemned the raid and left the city", "... praised the deal and flew home"): what
was said is the noun phrase; the second verb phrase is the narrator's, not part of it.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    verb_forms,
)

from .cues import SAY_CUES, Cue

__all__ = ["object_end", "second_predicate_at"]

_AND_VERB: Final = regex.compile(r"\s+and\s+(?P<verb>\p{Ll}+)\s+(?P<next>[\p{L}]+)(?![\p{L}])")
_THAT: Final = regex.compile(r"\s*that(?![\p{L}])")
_WORD: Final = regex.compile(r"[\p{L}\p{N}'’\-]+")
_IRREGULAR: Final = lexicon.words("speech", "irregular past forms")
_AUX: Final = lexicon.words("speech", "auxiliaries and modals")
_AFTER_A_VERB: Final = lexicon.words("speech", "words after a second predicate of the same subject")
_OBJECT_WORDS: Final = 8
"""How many words a noun-phrase object may hold before the "and" (a longer stretch is a clause)."""


def _past(word: str) -> bool:
    """Is ``word`` a simple past form of a verb the lexicon knows ("left", "condemned")?"""
    if word in _IRREGULAR:
        return True
    kinds = verb_forms().get(word)
    return kinds is not None and any(kind in ("ed", "past") for _, kind in kinds)


def _base(word: str) -> bool:
    """Is ``word`` the base form of a verb the lexicon knows ("take")?"""
    kinds = verb_forms().get(word)
    return kinds is not None and any(kind == "base" for _, kind in kinds)


def _opens_an_object(word: str) -> bool:
    """Does ``word`` open what a verb takes after it ("the city", "home", "that", "to X", "Ann")?"""
    low = word.lower()
    return (
        word[:1].isupper()
        or low in DETERMINERS
        or low in POSSESSIVES
        or low in OBJECT_PRONOUNS
        or low in PREPOSITIONS
        or low in _AFTER_A_VERB
    )


def object_end(text: str, cue: Cue, start: int, end: int) -> int:
    """Where the noun-phrase object of a past-tense ``cue`` ends when "and" and a second past verb of
    the same subject follow it in ``text[start:end]``; else ``end``. Not after "that" (a reported
    clause runs on over "and": "said that troops entered the town and killed ten"), not after a
    verb of saying whose complement is a clause ("reported the man left and fled"), not when a
    verb stands in the object (then it is a clause), not for a present-tense cue."""
    last = cue.text.split(maxsplit=1)[0].lower()
    if cue.lemma in SAY_CUES or not _past(last) or _THAT.match(text, start, end, KEEP_GIL) is not None:
        return end
    m = _AND_VERB.search(text, start, end, KEEP_GIL)
    if m is None or not _past(m.group("verb")) or not _opens_an_object(m.group("next")):
        return end
    if any(ch in _QUOTE_MARKS for ch in text[start : m.start()]):
        return end  # 'called the evidence "too weak" and ...': the words quoted stay with the cue
    if _SUBORDINATE.search(text, max(0, cue.start - 80), cue.start, KEEP_GIL) is not None:
        return end  # "added, while the report revealed X and exposed Y, there were ...": inside
    words = [w.group().lower() for w in _WORD.finditer(text, start, m.start(), KEEP_GIL)]
    if not words or len(words) > _OBJECT_WORDS:
        return end
    if any(w in _AUX or w in SUBJECT_PRONOUNS or _past(w) or _ED.fullmatch(w) for w in words):
        return end  # "warned the army had moved and killed ...": a clause, and "and" is inside it
    if any(_base(w) and words[k] not in DETERMINERS | POSSESSIVES for k, w in enumerate(words[1:])):
        return end  # "insisted the team take pictures ... and": a clause with a base-form verb
    return m.start()


_ED: Final = regex.compile(r"\p{Ll}{3,}ed")
_QUOTE_MARKS: Final = frozenset('"“”')
_SUBORDINATE: Final = regex.compile(
    r"(?<![\p{L}])(?i:" + lexicon.alternation("grammar", "subordinators") + r")\s+[^,;:.\"“”]*$"
)
"""A subordinator opening the clause the cue stands in ("while the report revealed ...")."""


def second_predicate_at(text: str, pos: int, end: int) -> bool:
    """Does "and" and a second past verb of the same subject follow right at ``pos`` ('said "the
    plan is dead" and left the room')? Then what stands before ``pos`` ends the words said."""
    m = _AND_VERB.match(text, pos, end, KEEP_GIL)
    return m is not None and _past(m.group("verb")) and _opens_an_object(m.group("next"))
