"""The day a statement was made ("officials said on Tuesday", "police told reporters Monday"), told
apart from the day of the event reported: a clock time of a past event in a later sentence is the
event's ("A fire broke out early Monday, officials said on Tuesday. It started at 3:40 a.m.": Monday's
3:40), not the statement's.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

from .resolve import Tense

__all__ = ["event_day_of_clock", "said_day"]

_SAID_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'verbs of a statement before its day')})"
    r"(?:\s{1,3}(?:reporters|journalists|the\s{1,3}press))?\s{1,3}(?:on\s{1,3})?(?:late\s{1,3}|early\s{1,3})?$",
    regex.IGNORECASE,
)
"""Right before a day: a verb of saying ("said on Tuesday", "told reporters Monday")."""
_STATEMENT_WORDS: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words of a statement before a clock time')})\b", regex.IGNORECASE
)
"""In a clock time's sentence: the statement's own occasion ("held a news conference at 2
p.m.", "said at 4 p.m."), which is the statement's day."""
_AFTER_REACH: Final = 160
"""How far after a clock time its sentence is read for a word of a statement."""
_SENTENCE_END: Final = regex.compile(r"[.!?][\"”’)]?\s{1,6}[A-Z\"“]")


def said_day(text: str, lo: int, start: int) -> bool:
    """Is the day at ``start`` named as the day a statement was made ("said on Tuesday")?"""
    return _SAID_BEFORE.search(text, max(lo, start - 40), start) is not None


def event_day_of_clock(
    text: str,
    start: int,
    days: tuple[tuple[str, int], tuple[str, int] | None],
    tense: Tense,
    reach: int,
) -> str | None:
    """The day of the event a past clock time at ``start`` tells, when the day named last
    (``days[0]``, value and end) is a statement's day, in an earlier sentence, and the day before it
    not a statement's (``days[1]``) is earlier than it and within ``reach`` characters; else
    ``None``."""
    named, event = days
    if event is None or event == named or tense != "past" or start - event[1] > reach or event[0] >= named[0]:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, named[1], start)]
    if not ends:
        return None
    stop = _SENTENCE_END.search(text, start, start + _AFTER_REACH)
    if _STATEMENT_WORDS.search(text, ends[-1] - 1, stop.start() if stop else start + _AFTER_REACH):
        return None  # "At 2 p.m. the mayor spoke to reporters": the statement's own hour
    return event[0]
