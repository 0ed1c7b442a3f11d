"""A quotation over several paragraphs whose attribution comes only in a later one:

    "We have waited three years for this.
    "The port will reopen in May," said Ines Cordal.

By the convention of news writing a paragraph that opens a quotation and leaves it open is
continued by the next paragraph's quotation, so the first paragraph's words are the speaker's of
the attribution that follows, not the previous speaker's. :func:`open_run` says which quotes of a
paragraph wait for that attribution; :func:`hand_on` gives them the attribution of the next
paragraph's opening quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

from .marks import QuoteSpan
from .unit_types import Raw

__all__ = ["MAX_RUN_ON", "hand_on", "open_run"]

MAX_RUN_ON = 20
"""At most this many quotes wait for a later attribution (the last ones of the run)."""

_CLOSING = frozenset("\"”’'")


def _at_start(text: str, ps: int, pos: int) -> bool:
    """Does ``pos`` (a mark or the first quoted character) stand at the paragraph start?"""
    return pos - ps <= 2 and not text[ps:pos].strip(" \t\"“”'‘’")


def open_run(
    text: str, ps: int, pq: Sequence[QuoteSpan], found: Sequence[Raw], cue_starts: Sequence[int]
) -> list[Raw]:
    """The quotes of paragraph ``ps`` that wait for a later attribution: the paragraph opens a
    quotation, leaves its last one open, and none of its quotes has an attribution of its own, not
    even one after a comma inside the open quotation ('"The fees rose, said X, an analyst.': a
    closing mark left out)."""
    if not pq or not found or pq[-1].close is not None or not _at_start(text, ps, pq[0].open):
        return []
    if any(text[max(ps, c - 3) : c].rstrip().endswith(",") for c in cue_starts):
        return []
    if any(r.kind != "direct" or r.unit is not None for r in found):
        return []
    return list(found)


def hand_on(text: str, ps: int, held: Sequence[Raw], found: Sequence[Raw]) -> None:
    """Give the held quotes of the paragraphs before the attribution of paragraph ``ps``'s opening
    quotation, when it has one of its own outside its marks ('"B," said X.')."""
    if not held or not found:
        return
    opening = found[0]
    if opening.kind != "direct" or opening.unit is None or not _at_start(text, ps, opening.start):
        return
    if text[held[0].start - 1 : held[0].start] != text[opening.start - 1 : opening.start]:
        return  # '"A.' then '“B,” X said.': marks of another kind open another quotation
    if text[opening.end : opening.end + 1] not in _CLOSING:
        return  # '"King said the talks ...' (a quoted story quoting someone): no attribution of its own
    for raw in held:
        raw.unit, raw.previous, raw.inherit_cue = opening.unit, None, False
