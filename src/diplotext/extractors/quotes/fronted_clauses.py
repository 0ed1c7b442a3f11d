"""An attribution set between a fronted subordinate clause or phrase and the main clause it
belongs to: "If the talks fail, he said, he would leave the party", "To meet its target, the panel
concluded, the tax must rise", "Rather than raising taxes, said X, the firm wants cuts". The words
before the attribution cannot stand alone, so the reported clause is the whole sentence, not the
fronted piece.

Also a verb phrase with no subject of its own after ", and" (", the airline added, and had passed all
checks"): it goes on with the subject before the attribution.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import SUBJECT_PRONOUNS

from . import indirect as ind

__all__ = ["fronted_goes_on"]

_OPENERS: Final = sorted(
    lexicon.words("grammar", "subordinators")
    | lexicon.words("speech", "openers of a fronted phrase an attribution interrupts"),
    key=lambda w: (-len(w), w),
)
_FRONTED: Final = regex.compile(
    r"\s*[\"“]?(?:(?:And|But|So|Yet)\s+)?(?i:"
    + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in _OPENERS)
    + r")\s+\p{L}"
)
_AND_VERB: Final = regex.compile(r"\s*and\s+(?:(?:also|then|later|still)\s+)?(?P<verb>\p{Ll}+)(?![\p{L}'’])")
_SUBJECT_FIRST: Final = regex.compile(
    r"\s*(?:(?i:" + "|".join(sorted(SUBJECT_PRONOUNS)) + r")(?![\p{L}'’])|\p{N})"
)
"""A main clause after "said X," that opens with a pronoun or a number ("it rises ...", "2004 saw
..."), which no role of X does."""
_MARK: Final = regex.compile(r"[\"“”]|''|``")
_AUX: Final = lexicon.words("speech", "auxiliaries and modals")


def fronted_goes_on(text: str, lo: int, hi: int, start: int, end: int, *, inverted: bool = False) -> bool:
    """Does the clause go on after the attribution: ``text[lo:hi]`` is a fronted piece that needs
    a main clause and ``text[start:end]`` (after the attribution's comma) is one, or a subjectless
    verb phrase after "and"? ``inverted``: the attribution is "said X"."""
    if _MARK.search(text, start, end, KEEP_GIL) is not None or not ind.has_words(text, start, end, 3):
        return False
    if _FRONTED.match(text, lo, hi, KEEP_GIL) is not None:
        # the main clause (its verb may be a present "wants" the finite test misses); after an
        # inverted "said X" a phrase with no finite verb is X's role ("..., said X, an academic")
        return (
            not inverted
            or ind.has_finite(text, start, end)
            or _SUBJECT_FIRST.match(text, start, end, KEEP_GIL) is not None
        )
    m = _AND_VERB.match(text, start, end, KEEP_GIL)
    if m is None or not ind.has_finite(text, lo, hi):
        return False
    verb = m.group("verb")
    return verb in _AUX or (verb.endswith("ed") and len(verb) > 4)
