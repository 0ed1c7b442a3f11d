"""A tour's first or last stop told by a verb of beginning or ending with no object: "The minister
will begin in Riyadh on May 2, travel to Doha and end in Abu Dhabi", "He starts in Lima on Monday".

"begin", "start", "end", "conclude" and "finish" with an "in" phrase tell a stop only of a trip
told in the sentence or the two before it (a tour, a trip, a visit); with an object ("began his
career in London") or far from any trip word ("She started in London as a clerk") they tell none.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame

__all__ = ["EDGE_VERBS", "no_tour_edge"]

EDGE_VERBS: Final = lexicon.words("events", "verbs of a tour's first or last stop")
_TRIP_WORD: Final = regex.compile(
    r"\b(?:" + lexicon.alternation("events", "trip words before a tour's stop") + r")\b", regex.IGNORECASE
)
_BACK: Final = 2
"""Sentences before the frame's in which the trip may be told."""


def no_tour_edge(ctx: EventContext, frame: Frame) -> bool:
    """Is ``frame`` a verb of beginning or ending that tells no tour stop (an object, or no trip
    word in its sentence or the two before)?"""
    if frame.phrase is not None or frame.lemma not in EDGE_VERBS:
        return False
    clause = frame.clause
    if any(a.role == "object" for a in clause.args):
        return True  # "began his career in London"
    sentences = ctx.layer.sentences
    first = max(0, frame.sentence - _BACK)
    start = sentences[first][0]
    end = sentences[frame.sentence][1]
    return _TRIP_WORD.search(ctx.text, start, end) is None
