"""What before a plural unit with no count ("years", "weeks") makes it a vague length when "of"
follows: "after years of talks", "the end of months of haggling", "took years of work", and a verb's
participle, "sparked weeks of angry protest" (not a word naming the days, "trading days of", nor a
participle after a determiner, "the closing weeks of the campaign")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

_OPENER: Final = regex.compile(
    rf"(?:(?<!\b(?:{lexicon.alternation('time', 'quantity nouns before of that make no length')})\s{{1,3}})"
    rf"\b(?:{lexicon.alternation('time', 'words before a length of units of')}"
    rf"|{lexicon.alternation('time', 'words before a bare length')})"
    rf"|(?<!\b(?:{lexicon.alternation('time', 'determiners making the next words a noun phrase')})\s{{1,3}})"
    rf"\b(?!(?:{lexicon.alternation('time', 'participles before a plural unit that are no verb')})\s)"
    r"(?-i:[a-z]{2,}(?:ed|ing)))\s{1,3}$",
    regex.IGNORECASE,
)


def opens_length_of(before: str) -> bool:
    """Whether ``before`` (the text up to a plural unit followed by "of") ends in a word that makes
    the units a vague length."""
    return _OPENER.search(before, None, None, KEEP_GIL) is not None
