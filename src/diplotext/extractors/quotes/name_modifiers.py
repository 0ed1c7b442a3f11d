"""A person's name used as a modifier before a noun for someone who serves or follows them ("a senior
Kerrow adviser said", "Kerrow supporters say", "one Kerrow campaign source"): the speaker is the
adviser, the supporters, the source, never Kerrow (issue 10, twenty-sixth session, helper names38).
The nouns are ``speech.txt [people named after the person they serve]``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .mentions import Mention

__all__ = ["serves_named"]

_SERVING: Final = lexicon.words("speech", "people named after the person they serve")
_REST: Final = regex.compile(r"(?:\s+[\p{Ll}\-]+){1,3}")
"""What may follow the name inside the mention: lower-case words only ("campaign spokesman")."""
_BEFORE_PRONOUN: Final = regex.compile(r"(?:(?:\S+\s+){0,3}of\s+|\p{Lu}\S*(?:\s+\S+){0,2}\s+)?")
"""What may come before a possessive pronoun inside the mention: nothing, a quantity and "of"
("her lawyers", "several of his friends"), or a short phrase opening the sentence ("Last month her
lawyers"); not a verb ("contradict her official")."""


def serves_named(text: str, m: Mention, mentions: Sequence[tuple[int, int]]) -> bool:
    """Does mention ``m`` hold one of a person's ``mentions`` as a modifier before a noun for
    someone serving them ("senior Kerrow adviser")?"""
    words = m.text.split()
    if len(words) < 2 or words[-1] not in _SERVING:
        return False
    for s, e in mentions:
        if m.start <= s and e < m.end:
            if text[s].islower() and _BEFORE_PRONOUN.fullmatch(text, m.start, s, KEEP_GIL) is None:
                return False  # "contradict her official": no phrase about her people
            return _REST.fullmatch(text, e, m.end, KEEP_GIL) is not None
    return False
