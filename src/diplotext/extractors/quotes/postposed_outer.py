"""An attribution after the clause it reports ("..., he said.") whose clause itself holds an earlier
attribution ("The minister announced new measures, he said"; "Officials said the plan had failed,
a diplomat said"): the last speaker reports the whole clause from the sentence's start, the earlier
attribution and its words inside it (its own quote when its cue reports a clause)."""

from __future__ import annotations

from collections.abc import Sequence

from . import indirect as ind
from .cues import CLAUSE_CUES, SAY_CUES
from .marks import QuoteSpan
from .unit_types import Unit

__all__ = ["widen_postposed"]

_SPEAKER_WORDS = 10
_TAIL_WORDS = 8  # "..., a diplomat told reporters in Brussels on Monday."


def widen_postposed(text: str, ss: int, se: int, units: Sequence[Unit], quotes: Sequence[QuoteSpan]) -> bool:
    """Widen the clause of the second of two attributions over the first when the second closes
    the sentence after a comma and the first reports forward into it; ``True`` when it did."""
    if len(units) != 2:
        return False
    first, last = units
    if (
        first.content is None
        or first.parent is not None
        or last.parent is not None
        or last.mention is None
        or not last.speaker_before
        or first.cue.according
        or last.cue.according
        or last.cue.participial
        or first.content[0] < first.attr_end  # the first reports what comes after it
        or (last.content is not None and last.content[1] > last.attr_start)  # the last, what is before
        or first.attr_end > last.attr_start
        or last.cue.lemma not in SAY_CUES
    ):
        return False
    if not ind.words_within(text, last.attr_start, last.cue.start, _SPEAKER_WORDS):
        return False  # a speaker phrase this long is a clause's words, not an attribution
    if not ind.words_within(text, last.attr_end, se, _TAIL_WORDS):
        return False  # "..., prisoners denied legal access": the cue does not close the sentence
    before = text[first.attr_end : last.attr_start].rstrip()
    if not before.endswith(","):
        return False  # "..., he said": the comma that sets the attribution off
    comma = first.attr_end + len(before) - 1
    if any(ss <= q.open < comma for q in quotes):
        return False  # quotation marks have their own attributions
    widened = ind.clean(text, ss, comma)
    if widened is None or widened[0] > first.attr_start or widened[1] < first.content[1]:
        return False
    last.content = widened
    if first.cue.lemma not in SAY_CUES and first.cue.lemma not in CLAUSE_CUES:
        first.content = None  # "X denied the charges, ...": what the last speaker reports, no quote
    return True
