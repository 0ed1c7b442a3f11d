"""A reported clause without "that" after a cue that needs a clause ("suggested she'll step
down", "stressed the talks remain open"): the words read as a clause when they open with a
pronoun and a contracted auxiliary, or when the clause layer reads a finite complement clause
whose subject opens right after the cue. ``indirect.looks_like_clause`` sees only auxiliaries,
modals and past forms, so a present-tense verb ("remain", "hurts") went unseen.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import Clause, ClauseLayer

from . import indirect as ind

__all__ = ["opens_clause"]

_CONTRACTED: Final = regex.compile(
    r"\s*(?i:"
    + lexicon.alternation("speech", "pronouns before a contracted auxiliary")
    + r")['’](?:"
    + lexicon.alternation("speech", "contracted auxiliaries")
    + r")(?![\p{L}])"
)
"""A pronoun and a contracted auxiliary: "she'll", "he'd", "they're", "it's"."""
_SUBJECT_OPENER: Final = regex.compile(
    r"(?:(?i:"
    + lexicon.alternation("speech", "words opening the subject of a reported clause")
    + r")\s|\p{Lu})"
)
"""A subject the clause layer's reading can be trusted with: an article, a possessive, a pronoun or
a name (not a bare noun: "The two confirmed cases involve ...")."""
_NO_SUBJECT_END: Final = lexicon.words("speech", "words that end no subject")
_PRONOUNS: Final = lexicon.words("speech", "pronouns before a contracted auxiliary")
_ING: Final = regex.compile(r"\p{L}ing(?![\p{L}])")
"""A predicate in -ing is no finite verb ("stressed the importance of X improving ...")."""
_MAX_WORDS: Final = 10
_MAX_SENTENCE: Final = 2_000


def opens_clause(text: str, start: int, end: int, layer: ClauseLayer | None) -> bool:
    """Do the words in ``[start, end)`` open a reported clause? (``indirect.looks_like_clause``,
    a pronoun with a contracted auxiliary, or a finite clause of the clause layer whose subject
    opens at ``start`` and whose verb comes within ten words)."""
    if ind.looks_like_clause(text, start, end):
        return True
    if start >= end:
        return False
    if _CONTRACTED.match(text, start, end, KEEP_GIL) is not None:
        return True
    if layer is None or not layer.sentences or not ind.has_words(text, start, end, 3):
        return False  # "the rebels claim they have": too short to tell
    first = start
    while first < end and text[first].isspace():
        first += 1
    if _SUBJECT_OPENER.match(text, first, end, KEEP_GIL) is None:
        return False  # no subject the reading can be trusted with: no parse asked for
    index = layer.sentence_at(first)
    s, e = layer.sentences[index]
    if e - s > _MAX_SENTENCE:
        return False  # no parse of a run-on "sentence" for one cue
    clauses = layer.in_sentence(index)
    # the clauses come in text order of their predicates: look only at those within the window
    k = bisect.bisect_right(clauses, first, key=_predicate_start)
    for c in itertools.islice(clauses, k, k + _MAX_WORDS):
        if c.predicate.start >= end:
            break
        subject = c.subject
        if (
            c.kind == "complement"
            and subject is not None
            and subject.start == first
            and _SUBJECT_OPENER.match(text, first, end, KEEP_GIL) is not None
            and not _ING.search(text, c.predicate.start, c.predicate.end, KEEP_GIL)
            and _agrees(text[subject.start : subject.end], text[c.predicate.start : c.predicate.end])
            and ind.words_within(text, first, c.predicate.start, _MAX_WORDS)
        ):
            return True
    return False


def _predicate_start(clause: Clause) -> int:
    return clause.predicate.start


def _agrees(subject: str, predicate: str) -> bool:
    """Do a subject and a present verb agree, so the verb is no noun ("the talks remain", "the levy
    hurts", "they plan"), unlike "a cod quota cut for the north" (a singular subject before a word
    without -s: a noun compound)? A subject ending in a determiner or "own" is cut short ("their own
    names")."""
    words = subject.split()
    last = words[-1].lower() if words else ""
    if not last or last in _NO_SUBJECT_END:
        return False
    verb = predicate.split(maxsplit=1)[0].lower() if predicate.strip() else ""
    return (len(words) == 1 and last in _PRONOUNS) or last.endswith("s") or verb.endswith("s")
