"""Which time mode a document is read in: ``news``, ``narrative``, or ``auto`` (a detector decides).

The detector reads the tokens of the pre-scan (:data:`.dispatch.SCANNER`), so it costs no second
pass over the text. A document is read as a narrative when its dates are those of a story in the
past rather than of its own present:

- it names at least :data:`MIN_YEARS` years (four-digit numbers from 1000 to 2099, not money);
- at least three-quarters of them are :data:`YEARS_BEFORE` or more years before the publication
  year (without a publication date, before the latest year the text names: news names its own
  year, a history is told from later);
- and it speaks little from its own present: the words of the lexicon's ``time``/``present`` list
  (``today``, ``yesterday``, a capitalised weekday ...) number fewer than one for every
  :data:`YEARS_PER_PRESENT_WORD` years it names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Final, Literal, TypeAlias

from diplotext import lexicon
from diplotext.lexicon import WEEKDAY_NAMES

__all__ = ["MIN_YEARS", "YEARS_BEFORE", "YEARS_PER_PRESENT_WORD", "Mode", "choose_mode"]

Mode: TypeAlias = Literal["news", "narrative"]

MIN_YEARS: Final = 5
YEARS_BEFORE: Final = 10
YEARS_PER_PRESENT_WORD: Final = 10
_OLD_SHARE: Final = 0.75

Item = tuple[int, int, str | None]
"""A pre-scan token: start, end and kind (``d`` digits, ``t`` trigger, ``s`` leading word)."""


def _present_words() -> frozenset[str]:
    return lexicon.words("time", "present")


def choose_mode(
    mode: str, text: str, low: str, items: Iterable[Sequence[Item]], anchor: dt.date | None
) -> Mode:
    """The mode to read the document in: ``mode`` itself unless it is ``auto``, then the detector's
    choice over the pre-scan tokens ``items`` of each region."""
    if mode == "news":
        return "news"
    if mode == "narrative":
        return "narrative"
    if mode != "auto":
        raise ValueError(f"unknown time mode {mode!r} (news, narrative or auto)")
    present_words = _present_words()
    years: list[int] = []
    present = 0
    for region in items:
        for s, e, kind in region:
            if kind == "d":
                if e - s == 4 and (s == 0 or text[s - 1] not in "$£€¥#") and not text[e : e + 1].isdigit():
                    year = int(low[s:e])
                    if 1000 <= year <= 2099:
                        years.append(year)
            elif kind == "t" and low[s:e] in present_words:
                present += low[s:e] not in WEEKDAY_NAMES or text[s].isupper()  # "Monday", not "monday"
    return "narrative" if _is_narrative(years, present, anchor) else "news"


def _is_narrative(years: list[int], present: int, anchor: dt.date | None) -> bool:
    if len(years) < MIN_YEARS or present * YEARS_PER_PRESENT_WORD >= len(years):
        return False
    now = anchor.year if anchor is not None else max(years)
    old = sum(1 for y in years if y <= now - YEARS_BEFORE)
    return old >= _OLD_SHARE * len(years)
