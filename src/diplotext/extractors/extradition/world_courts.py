"""An international court described, not named, as the one that asks: "The U.N. court that took
over the work of the Rwanda genocide tribunal asked South Africa to surrender X". When the article
names a tribunal elsewhere ("the International Residual Mechanism", "the ICC") and the subject of
the request is a court, a mechanism or its prosecutor called "U.N." or "international", the request
is that tribunal's (a state's court, "a Paris court", names a state and is read as that state)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.syntax import Phrase

__all__ = ["international_asker"]

_HEADS: Final = lexicon.words("events", "heads of an international court asking")
_MARKS: Final = lexicon.words("events", "words of an international court")


def international_asker(doers: Phrase | None, tribunal: str | None) -> list[str]:
    """``[tribunal]`` when the asker is a court described as international, else ``[]``."""
    if tribunal is None or doers is None or any(e.kind != "organization" for e in doers.entities):
        return []
    if doers.head.lower() not in _HEADS:
        return []
    return [tribunal] if not _MARKS.isdisjoint(w.lower() for w in doers.words) else []
