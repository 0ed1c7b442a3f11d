"""A word opening a sentence before a person's full name, where the article also writes that full
name without it ("Defiant Jon Mabry said ..." after "Jon Mabry"): an epithet, no part of the name.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from diplotext import lexicon
from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Candidate
from diplotext.extractors.actors.tokens import Token

__all__ = ["without_epithets"]

# "Bookmaker X Y", "Carmaker X Y": a business named after a person, the noun says what it is
_FIRM_NOUNS = lexicon.words("speech", "firm nouns before a name")


def without_epithets(
    cued: list[Candidate], uncued: list[Candidate], tokens: Sequence[Token]
) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates with a sentence-opening epithet taken off a name of three or more words whose
    last words the article writes as a name of their own; the first word must be no given name."""
    written = {tuple(c.tokens) for c in (*cued, *uncued) if len(c.tokens) >= 2}
    if not written:
        return cued, uncued

    def trim(c: Candidate) -> Candidate:
        if len(c.tokens) < 3 or tuple(c.tokens[1:]) not in written:
            return c
        if not (0 <= c.first < len(tokens) - 1) or not tokens[c.first].initial:
            return c
        if names.is_given_name(c.tokens[0]) or not names.is_given_name(c.tokens[1]):
            return c
        if c.tokens[0].lower() in _FIRM_NOUNS:
            return c
        rest = tokens[c.first + 1]
        return attrs.evolve(
            c,
            tokens=c.tokens[1:],
            span=(rest.start, c.span[1]),
            written=c.written[c.written.find(c.tokens[1]) :] if c.tokens[1] in c.written else c.written,
            first=c.first + 1,
        )

    return [trim(c) for c in cued], [trim(c) for c in uncued]
