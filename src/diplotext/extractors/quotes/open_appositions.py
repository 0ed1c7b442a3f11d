"""Speakers named before an apposition that runs into the cue without its closing comma ("Zhou
Ming, the commercial counselor of the embassy said"; "Lisa Pender, head of policy at the charity
Open Doors said"): the person, whom the actors plugin gave the apposition's role."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .resolver import Resolver
from .speaker_history import Said

__all__ = ["open_apposition_holder", "without_own_name"]

_REACH: Final = 160
_ROLE_PREPOSITIONS: Final = lexicon.words("speech", "prepositions after a role")
# between the name and the speaker mention: a comma, then words with no mark that would close or
# break the apposition
_OPEN: Final = regex.compile(r"\s*,\s+(?P<words>[^,.;:!?\"“”()\[\]\n]*)")
# before the name: the sentence's start, a comma after a fronted phrase, or a bracket
_SUBJECT_SLOT: Final = regex.compile(r"(?:^|[,.;:!?(\n\"“”]\s*)$")
# "Jones, the spokesman said, will travel": the cue interrupts what is said about the name
_CUE_THEN_COMMA: Final = regex.compile(r"\s+\p{L}+(?:\s+\p{L}+)?\s*,")
_DETERMINERS: Final = frozenset({"the", "a", "an"})


def open_apposition_holder(resolver: Resolver, m: Mention) -> Said | None:
    """The person named right before an unclosed apposition that ends in the mention ``m``, when the
    actors plugin gave that person a role the apposition's head holds, or ``None``."""
    text = resolver.text
    if _CUE_THEN_COMMA.match(text, m.end, None, KEEP_GIL) is not None:
        return None
    for s, e, actor in resolver.mentions_back(m.start, max(0, m.start - _REACH)):
        if e > m.start:
            continue
        if actor.kind != "person":
            continue  # a body inside the apposition ("the Chinese Embassy")
        found = _OPEN.fullmatch(text, e, m.start, KEEP_GIL)
        if found is None or not actor.roles:
            return None
        if _SUBJECT_SLOT.search(text, max(0, s - 3), s, KEEP_GIL) is None:
            return None  # "After meeting X, the head of the union said": X is no subject
        head = _head_words(text[found.start("words") : m.end])
        if not any(role.split()[-1].lower() in head for role in actor.roles if role.strip()):
            return None
        return Said(actor.name, actor.id, m, True)
    return None


def _head_words(apposition: str) -> frozenset[str]:
    """The words of an apposition before its first preposition, without its determiner ("the
    commercial counselor of ..." -> {commercial, counselor})."""
    words: list[str] = []
    for w in apposition.lower().split():
        if w in _ROLE_PREPOSITIONS:
            break
        if not words and w in _DETERMINERS:
            continue
        words.append(w)
    return frozenset(words)


def without_own_name(resolver: Resolver, start: int, end: int, actor_id: str | None) -> int:
    """The end of a reported clause that ran on over its own speaker's name, an apposition after
    it left open ("Teams will go door to door, Ivan Petrenko, the chief inspector told reporters"):
    before the comma and the name; else ``end``."""
    if actor_id is None:
        return end
    text = resolver.text
    for s, e, actor in resolver.mentions_back(end, start):
        if e < end:
            return end
        if e == end and actor.id == actor_id:
            cut = s
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            if cut > start and text[cut - 1] == ",":
                return cut - 1
            return end
    return end
