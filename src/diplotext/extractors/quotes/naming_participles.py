"""A naming cue read by the clause layer as a participle on the noun right before it ("creating
lakes of brown water called pools, which ...", "built ponds dubbed tanks"): a name given to a
thing, not speech, even with no comma before it."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.syntax import ClauseLayer

__all__ = ["names_the_noun_before"]


def names_the_noun_before(layer: ClauseLayer | None, text: str, cue_start: int) -> bool:
    """Is the cue at ``cue_start`` the verb of a participle clause whose subject is a lower-case
    noun phrase ending right before it?"""
    if layer is None or not layer.sentences:
        return False
    for clause in layer.in_sentence(layer.sentence_at(cue_start)):
        p = clause.predicate
        if not p.start <= cue_start < p.end:
            continue
        s = clause.subject
        if s is None or clause.kind != "participle" or text[s.end : cue_start].strip():
            return False
        first = text[s.start : s.end].split(maxsplit=1)[0] if s.end > s.start else ""
        after = _NEXT_WORD.match(text, p.end)
        return (
            first[:1].islower()
            and first not in _FREE_RELATIVES  # "what the firm called lower demand": its words
            and (after is None or after.group(1).lower() not in _OBJECT_OPENERS)
        )
    return False


_NEXT_WORD: Final = regex.compile(r"\s+([\p{L}']+)")
_FREE_RELATIVES: Final = lexicon.words("speech", "free relatives before a naming cue")
_OBJECT_OPENERS: Final = lexicon.words("speech", "words opening the object of a naming cue")
"""Words after the cue that open an object ("called the plan a failure"): a verb with an object of
its own and a complement, which a naming participle does not have."""
