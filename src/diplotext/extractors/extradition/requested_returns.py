"""A weak surrender noun under a request for a suspect: "Tunisia has renewed its request for the
return of X, a businessman living in Paris who is accused of corruption", "a demand for the handover
of X, wanted for fraud". Asked for by name, with a word of crime told of him, the return is an
extradition: the case stands with the state asked read from where he lives, as for "extradition"
(a weak, inferred case was dropped). A return of a child or of things asks for no suspect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.model import Actor

__all__ = ["requested_suspect"]

_CRIMINAL: Final = lexicon.words("events", "criminal words")


def requested_suspect(ctx: EventContext, frame: Frame, suspects: Sequence[Actor]) -> bool:
    """Is the weak surrender noun of ``frame`` asked for a named suspect, with a word of crime in
    its sentence?"""
    if not suspects or frame.phrase is None:
        return False
    return frame.sentence in ctx.layer.with_words(_CRIMINAL)
