"""A prisoner moved out of an armed force's custody ("the US army handed over X to Afghan
authorities", "X was handed over by coalition troops"): a custody transfer, no extradition between
states. Only the weak surrender words ("hand over", "transfer") are read this way; "extradite" is
always a surrender."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.syntax import Clause, Phrase

__all__ = ["handed_by_armed_force"]

_FORCES: Final = lexicon.words("events", "armed forces nouns")


def handed_by_armed_force(clause: Clause) -> bool:
    """Is the one handing over an army, troops or a coalition (the subject, or "by" of a passive)?"""
    givers: list[Phrase | None] = (
        list(pp_phrases(clause, "by")) if clause.predicate.passive else [clause.subject]
    )
    return any(p is not None and p.head.lower() in _FORCES for p in givers)
