"""A dash and time phrases a speaker phrase swallowed: a fronted time with no comma ("On Friday the company
announced", "Last week union leaders said", "Thursday officials reported") and a trailing one
("the strategy unit in 2003 said"). The speaker is the phrase without them; a newspaper named after
a day ("the Sunday Times") keeps its day.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .speaker_history import Said

__all__ = ["without_time"]

_DAYS: Final = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))
_DAY: Final = "|".join(w.capitalize() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
_SHORT_MONTH: Final = "|".join(w[:3].capitalize() + r"\." for w in MONTH_NAMES if len(w) > 4)
_TIME_PHRASES: Final = lexicon.alternation("speech", "time phrases opening a speaker phrase", r"[ \t]+")
_LEADING_TIME: Final = regex.compile(
    rf"(?:(?i:{_TIME_PHRASES})|(?:{_DAY})(?:[ \t]+\d{{1,2}})?)[ \t]+(?:by[ \t]+)?(?=\S)"
)
"""A time phrase opening a speaker phrase: "last week", "this month", "Friday", "May 3", "Friday by"
(a passive's agent after it: "quoted Friday by local media")."""
_BEFORE_A_DAY: Final = lexicon.alternation("speech", "words before a day that makes it a time")
_ON_BEFORE: Final = regex.compile(r"(?:^|[^\p{L}])(?i:" + _BEFORE_A_DAY + r")[ \t]+\Z")
_LEADING_DASH: Final = regex.compile(r"[\-–—]+[ \t]+(?=\S)")
_YEAR: Final = r"(?:1[89]|20)\d\d"
_TRAILING_TIME: Final = regex.compile(
    rf"[ \t]+(?:in[ \t]+{_YEAR}|on[ \t]+(?:{_DAY}|{_SHORT_MONTH})"
    rf"(?:[ \t]+\d{{1,2}}\.?)?(?:,?[ \t]+{_YEAR})?)\Z"
)
"""A time phrase closing a speaker phrase: "in 2003", "on Aug. 13", "on Friday"."""


def without_time(text: str, said: Said) -> Said:
    """The speaker without a time phrase it swallowed at either end, its mention moved with it."""
    name, m = said.name, said.mention
    if name is None or m is None or m.text != name:
        return said
    start, end = m.start, m.end
    dash = _LEADING_DASH.match(name, 0, None, False, KEEP_GIL)
    if dash is not None:
        start += dash.end()  # "-- the outspoken president vowed": a dash before the subject
        name = name[dash.end() :]
    lead = _LEADING_TIME.match(name, 0, None, False, KEEP_GIL)
    if lead is not None and _is_time(text, start, name, lead):
        start += lead.end()
    tail = _TRAILING_TIME.search(text, start, end, False, KEEP_GIL)
    if tail is not None and tail.start() > start:
        end = tail.start()
    if (start, end) == (m.start, m.end) or not text[start:end].strip():
        return said
    kept = text[start:end]
    return attrs.evolve(said, name=kept, mention=Mention(start, end, kept, m.kind))


def _is_time(text: str, start: int, name: str, lead: regex.Match[str]) -> bool:
    """Is the opening day or month a time, not a title's first word ("Sunday Times")? It is after
    "on" ("On Friday the company"), before "by" or a lower-case word ("Thursday officials"), or a
    "last week" kind of phrase."""
    rest = name[lead.end() :]
    return (
        not name[:1].isupper()
        or name.split(None, 1)[0].lower() not in _DAYS
        or _ON_BEFORE.search(text[max(0, start - 12) : start]) is not None
        or lead.group().rstrip().endswith("by")
        or rest[:1].islower()
    )
