""" "the March surplus", "The March accession": a capitalised "March" after "the" that qualifies a
lower-case noun is the month. "March" (the verb, or "the March of ...", "the March on ...", a
march's name) needs a preposition before it to count on its own; after "the", a noun after it that
is no preposition or verb tells the month. ("May" is left as it was: "the May government" is a
person's.)
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .context import Context

__all__ = ["march_qualifies_noun"]

_THE_BEFORE: Final = regex.compile(r"\b[Tt]he\s{1,3}$")
_NOUN_AFTER: Final = regex.compile(r"\s{1,3}(?P<word>\p{Ll}+)\b(?![-‐'’])")
_NOT_NOUNS: Final = lexicon.words("time", "words after the March that leave it a name") | frozenset(
    lexicon.mapping("time", "ordinal words")
)
"""(An ordinal after it is left alone too: "the March second round" is read as before, no date.)"""


def march_qualifies_noun(ctx: Context, start: int, end: int) -> bool:
    """Does "the" stand before the word "March" at ``start:end`` and a lower-case noun after it?"""
    if not _THE_BEFORE.search(ctx.before(start, 8), None, None, KEEP_GIL):
        return False
    after = _NOUN_AFTER.match(ctx.text, end, ctx.hi, KEEP_GIL)
    return after is not None and after.group("word") not in _NOT_NOUNS
