"""Words around a name that tell who a person is, for the resolver: the title written before a name
("Ohio Gov. X" -> governor, ohio), a title word that is a surname ("Mr. King", "Harold King"), and a
verb that answers the name after it ("B agreed with X": X is B's object, not the one speaking next).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.syntax.words import CONJUNCTIONS, DETERMINERS, PREPOSITIONS

from .mentions import TITLE_WORDS

__all__ = ["ANSWERED_BEFORE", "surname_slot", "titles_before"]


def titles_before(toks: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """The title written right before a name as its own words ("Ohio Gov. X" -> governor, ohio):
    an abbreviated or capitalised title, and the place or body words before it."""
    out: set[str] = set()
    titled = False
    for _, _, word in reversed(toks):
        low = word.lower()
        canon = (
            _ROLE_NAMES.get(low)
            or _ROLE_NAMES.get(low.rstrip("."))
            or (low.rstrip(".") if low.rstrip(".") in TITLE_WORDS else None)
        )
        if low in _NOT_TITLE or not word.rstrip(".").replace("-", "").isalpha():
            break
        if canon is not None:
            out.update({canon, low.rstrip(".")})
            titled = True
        elif word.islower() or (titled and word[:1].isupper()):
            out.add(low)  # "former ... aid minister", "Ohio", "New Jersey": what kind, whose
        else:
            break
    return frozenset(out)


_ROLE_NAMES: Final = lexicon.mapping("actors", "role phrases")
_NOT_TITLE: Final = DETERMINERS | PREPOSITIONS | CONJUNCTIONS


def surname_slot(before: Sequence[str]) -> bool:
    """Is the word after ``before`` a surname even when it is a title word ("King", "Bishop"):
    after an honorific ("Mr. King") or a known given name ("Harold King")?"""
    if not before:
        return False
    last = before[-1].rstrip(".")
    return last.lower() in _HONORIFICS or (
        last[:1].isupper() and last.lower() not in TITLE_WORDS and is_given_name(last)
    )


_HONORIFICS: Final = frozenset(w.rstrip(".") for w in lexicon.mapping("actors", "honorifics"))
_ANSWERING: Final = "|".join(
    regex.escape(w) for w in lexicon.longest_first(lexicon.words("speech", "answers to the last speaker"))
)
ANSWERED_BEFORE: Final = regex.compile(
    rf"(?<!\p{{L}})(?:{_ANSWERING})\s+(?:(?:with|to)\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
"""A verb answering the name after it: "B agreed with X", "B responded to Ms X"."""
