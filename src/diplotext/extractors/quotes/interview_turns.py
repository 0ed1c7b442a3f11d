"""Interview transcripts with double-bracketed turn labels: a paragraph opening with '((Name))'
(an optional colon after it) is that speaker's turn, a direct quote whose "I" is the speaker; the
unlabelled paragraphs between two labelled ones go on the turn before them, when the article
labels at least two speakers (both sides of the interview) and no turn labelled 'Name:' came
between.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext.model import Span

from . import indirect as ind
from .cues import Cue
from .mentions import core
from .unit_types import Unit

__all__ = ["interview_turns"]

_LABEL: Final = regex.compile(
    r"[ \t]*\(\((\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3})\)\)[ \t]*:?[ \t]*(?=\S)"
)

_COLON_LABEL: Final = regex.compile(
    r"[ \t]*[\"“]?\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3}[ \t]*:[ \t]"
)
"""'NG: We started ...': a turn labelled the transcript way, whose speaker is its own."""


def interview_turns(text: str, segments: Sequence[Span]) -> dict[int, tuple[Unit, int, int]]:
    """Segment index -> (the turn's attribution, quote start, quote end) for every paragraph of a
    '((Name))' interview: labelled paragraphs and the continuations between them."""
    labels: dict[int, regex.Match[str]] = {}
    for index, (ps, pe) in enumerate(segments):
        m = _LABEL.match(text, ps, min(pe, ps + 80)) if text.find("((", ps, min(pe, ps + 8)) >= 0 else None
        if m is not None:
            labels[index] = m
    if not labels:
        return {}
    turns: dict[int, tuple[Unit, int, int]] = {}
    unit: Unit | None = None
    both_sides = len({m.group(1) for m in labels.values()}) >= 2
    last_label = max(labels)
    for index, (ps, pe) in enumerate(segments):
        m = labels.get(index)
        end = pe
        while end > ps and text[end - 1].isspace():
            end -= 1
        if m is not None:
            cue = Cue(m.end(1), m.end(1) + 2, ":", "colon")  # the closing brackets end the label
            start = m.start(1) - 2
            unit = Unit(
                cue, core(text, m.start(1), m.end(1)), start, m.end(1) + 2, start, took_direct_after=True
            )
            if ind.has_words(text, m.end(), end, 1):
                turns[index] = (unit, m.end(), end)
        elif _COLON_LABEL.match(text, ps, min(pe, ps + 80)):
            unit = None  # another speaker's turn, labelled with a colon: the bracketed turn is over
        elif unit is not None and both_sides and index < last_label and ind.has_words(text, ps, end, 2):
            turns[index] = (unit, ps, end)  # the answer goes on in a paragraph of its own
    return turns
