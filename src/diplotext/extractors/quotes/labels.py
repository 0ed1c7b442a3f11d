"""Labelled reactions: a paragraph that opens with a speaker's name (and role) and a colon right
before a quotation, often after a dash or a bullet, as in lists of reactions after a match or a
budget ("- Harbour FC boss Ian Dowd: "We were second best."", "Mayor Ada Lind, City of Y: "...""),
has no cue verb: the label says who speaks, and every quotation of the paragraph is theirs.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from . import bare_names
from .cues import Cue, find_cues
from .marks import QuoteSpan
from .mentions import core
from .unit_types import Unit

__all__ = ["label_unit"]

_LABEL: Final = regex.compile(
    r"[ \t]*(?:[-•*–—][ \t]*)?(\p{Lu}[^:\n\"“”]{1,100}?)[ \t]*(:)[ \t]*(?=[\"“])",
)
"""An optional bullet, the label (no colon, no quotation mark), its colon, then a quotation."""

_LINKS: Final = lexicon.words("speech", "words linking the words of a body's name") | lexicon.words(
    "speech", "particles inside a person's name"
)


def label_unit(text: str, ps: int, pe: int, quotes: list[QuoteSpan]) -> Unit | None:
    """The attribution a label opening the paragraph makes for its quotations, when the label is a
    name with role words before it and a role or body set off by a comma after it, and no cue."""
    if not quotes:
        return None
    m = _LABEL.match(text, ps, min(pe, ps + 120), KEEP_GIL)
    if m is None or m.end() != quotes[0].open:
        return None
    start, end = m.span(1)
    if next(find_cues(text, start, end), None) is not None:
        return None  # "X said:", "X told the Post:": an attribution of its own
    comma = text.find(",", start, end)
    name_end = comma if comma >= 0 else end
    words = text[start:name_end].split()
    if not 2 <= len(words) <= 8 or not words[-1][:1].isupper():
        return None  # the name ends the phrase before any comma: "Ian Dowd", "boss Ian Dowd"
    if any(not w[:1].isupper() and w not in _LINKS and not bare_names.role_word(w) for w in words):
        return None  # "Merriam defines the word as:" is no label
    if comma >= 0 and len(text[comma + 1 : end].split()) > 8:
        return None
    if _outside_cues(text, quotes, pe):
        return None  # '- X: "...," he said.': the paragraph attributes its own quotes
    mention = core(text, start, name_end)
    if mention is None:
        return None
    cue = Cue(m.start(2), m.end(2), ":", "colon")
    return Unit(cue, mention, start, m.end(2), start, took_direct_after=True)


def _outside_cues(text: str, quotes: list[QuoteSpan], pe: int) -> bool:
    """Is there a cue between the quotations or after the last one?"""
    for k, q in enumerate(quotes):
        gap_end = quotes[k + 1].open if k + 1 < len(quotes) else pe
        if q.close is not None and next(find_cues(text, q.outer_end, gap_end), None) is not None:
            return True
    return False
