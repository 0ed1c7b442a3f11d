"""Where a charge told with its accusation ends, and where it stands when the accusation comes last.

- "A trafficker accused of shipping cocaine arrived in New York on Thursday": the charge phrase is
  a description of the subject, and the main clause's verb after it ("arrived") opens what the
  sentence says of him, no word of the charge (:func:`charge_end`).
  The main clause may be read as starting at its verb ("A man wanted for running a call centre is
  to be extradited"): its subject before the charge is enough.
- "the tax offences he is accused of are not crimes in Switzerland": the accusation's "of" is left
  at the end of a relative clause; what follows is the sentence's verb, and the charge is the noun
  the clause is about (:func:`stranded_charge`).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.patterns import lazy

__all__ = ["charge_end", "stranded_charge"]


def charge_end(ctx: EventContext, start: int, end: int) -> int:
    """``end``, or the start of the first main clause's verb group between ``start`` and ``end``."""
    layer = ctx.layer
    for clause in layer.in_sentence(layer.sentence_at(start)):
        pred = clause.predicate
        if clause.kind == "main" and pred.finite and start < pred.start < end:
            # the clause begins before the charge, or its subject does ("A trader accused of
            # running a scheme from an office is fighting extradition": a parse may start the main
            # clause at its verb)
            subject = clause.subject
            if clause.start < start or (subject is not None and subject.start < start):
                return pred.start
    return end


_FINITE_BE: Final = r"(?:(?:is|are|was|were)|ha(?:s|ve|d)[ \t]+been)"
_STRANDED_AFTER: Final = lazy(r"[ \t]*" + _FINITE_BE + r"\b", regex.IGNORECASE)
"""A verb right after "accused of": the charge is not there ("... accused of are not crimes")."""
_STRANDED_BEFORE: Final = lazy(
    r"\b(?:the|these|those)[ \t]+(?P<c>[\p{L}\d'’ \t-]{3,60}?)[ \t]+(?:that[ \t]+|which[ \t]+)?"
    r"(?:he|she|they)[ \t]+"
    + _FINITE_BE
    + r"[ \t]+(?:accused|charged|suspected|convicted)[ \t]+(?:of|with)[ \t]*\Z",
    regex.IGNORECASE,
)
"""The noun a relative clause ending in its accusation is about ("the tax offences he is accused of")."""


def stranded_charge(text: str, sentence_start: int, charge_start: int) -> str | None:
    """The charge of an accusation left at the end of a relative clause, when ``charge_start`` is
    where its charge would have begun; ``None`` when a charge follows the accusation."""
    if not _STRANDED_AFTER.match(text, charge_start):
        return None
    m = _STRANDED_BEFORE.search(text, max(sentence_start, charge_start - 120), charge_start)
    return m.group("c") if m is not None else ""
