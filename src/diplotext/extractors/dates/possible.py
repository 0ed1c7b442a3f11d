""" "can" and "could" as tense cues: a possibility ahead ("the bill could be passed on Thursday").

Not before "not", "have" and the like ("could not be found on Monday", "could have won on Sunday"),
not after a negative subject ("neither the mayor nor his aides could be reached Monday"), and only
for a date near the modal with no weekday or month between them ("can be held until Friday after
being arrested on Tuesday": the modal is Friday's). Word lists: the lexicon's ``time`` sections.
"""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES

from .resolve import Tense

__all__ = ["event_ahead", "possibility", "reaches"]

_REACH: Final = 60
"""How far (characters) after the modal its date may start."""
_NOT_AFTER: Final = lexicon.words("time", "words after a modal that is no possibility ahead")
_NEGATIVE: Final = lexicon.words("time", "negative subjects before a modal of a possibility")
_NEXT: Final = re.compile(r"\s{1,6}([A-Za-z]+)")
_NEGATIVE_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(_NEGATIVE))})\b[^.;:!?,]*$",
    re.IGNORECASE,
)
_DATE_WORD: Final = re.compile(
    r"\b(?:"
    + "|".join(sorted({n.lower() for n in (*WEEKDAY_NAMES, *MONTH_NAMES)} - {"may", "march"}))
    + r")\b"
)


_PARTICIPLE_BEFORE: Final = re.compile(
    rf"\b(?:{lexicon.alternation('time', 'participles before an event day ahead')})"
    r"\s{1,3}(?:for\s{1,3})?$"
)
_POSSESSIVE: Final = re.compile(r"['’]s\b")


def event_ahead(low: str, start: int, end: int) -> int:
    """Where the participle starts if the day at ``low[start:end]`` is a possessive right after one of
    an event still to come ("contesting Thursday's election", "preparing for Sunday's vote"), else -1;
    the caller asks only when the clause has no other tense cue."""
    if not _POSSESSIVE.match(low, end):
        return -1
    m = _PARTICIPLE_BEFORE.search(low, max(0, start - 30), start)
    return -1 if m is None else m.start()


def possibility(text: str, ws: int, we: int) -> Tense:
    """``future`` if the modal ``text[ws:we]`` ("can", "could") puts a date ahead, else ``None``."""
    n = _NEXT.match(text, we)
    if n is None or n.group(1).lower() in _NOT_AFTER:
        return None  # "could not", "could have", "can't"
    if _NEGATIVE_BEFORE.search(text, max(0, ws - 60), ws):
        return None  # "nobody could be reached Monday": an inability, told of the past
    return "future"


def reaches(low: str, we: int, start: int) -> bool:
    """Does a modal ending at ``we`` of the lower-case text ``low`` govern the date at ``start``?"""
    return start - we <= _REACH and _DATE_WORD.search(low, we, start) is None
