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
from diplotext.lexicon import MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import verb_forms

from .fragments import share_of_people
from .mentions import Mention
from .speaker_history import Said

__all__ = ["counts_time", "day_owning", "share_after_verb", "whole_number", "without_time"]

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
    if name is None or m is None:
        return said
    a, b = _outer_cuts(name)
    if m.text != name:  # a name carried from an earlier quote ("he said"): the name alone
        return said if (a, b) == (0, len(name)) else attrs.evolve(said, name=name[a:b])
    lead = _LEADING_TIME.match(name, a, b, False, KEEP_GIL)
    if lead is not None and _is_time(text, m.start + a, name[a:b], lead.end() - a):
        a = lead.end()
    if (a, b) == (0, len(name)) or not name[a:b].strip():
        return said
    kept = name[a:b]
    return attrs.evolve(said, name=kept, mention=Mention(m.start + a, m.start + b, kept, m.kind))


def _outer_cuts(name: str) -> tuple[int, int]:
    """Where a speaker phrase starts after a dash before the subject ("-- the outspoken senator")
    and ends before a closing time phrase ("the planning unit in 2008")."""
    dash = _LEADING_DASH.match(name, 0, None, False, KEEP_GIL)
    a = dash.end() if dash is not None else 0
    tail = _TRAILING_TIME.search(name, a, None, False, KEEP_GIL)
    return a, tail.start() if tail is not None and tail.start() > a else len(name)


def _is_time(text: str, start: int, name: str, cut: int) -> bool:
    """Is the opening day or month (the first ``cut`` characters of ``name``, which starts at
    ``start``) a time, not a title's first word ("Sunday Times")? It is after "on" ("On Friday the
    company"), before "by" or a lower-case word ("Thursday officials"), or a "last week" kind of
    phrase."""
    rest = name[cut:]
    return (
        not name[:1].isupper()
        or name.split(None, 1)[0].lower() not in _DAYS
        or _ON_BEFORE.search(text[max(0, start - 12) : start]) is not None
        or name[:cut].rstrip().endswith("by")
        or rest[:1].islower()
    )


_SHARE_START: Final = regex.compile(r"(?<=[ \t])\d")


def share_after_verb(text: str, said: Said) -> Said:
    """A share of people after the verb of the clause that reports it ("the survey showed 77 percent
    of rural women said"): the share, not the survey's whole clause."""
    name, m = said.name, said.mention
    if name is None or m is None or m.text != name:
        return said
    at = _SHARE_START.search(name, 0, None, False, KEEP_GIL)
    if at is None:
        return said
    before = name[: at.start()].split()
    if not before or not before[-1].islower() or not finite_or_reporting(before[-1]):
        return said
    rest = name[at.start() :]
    if not share_of_people(rest.split()):
        return said
    start = m.start + at.start()
    return attrs.evolve(said, name=rest, mention=Mention(start, m.end, rest, m.kind))


def finite_or_reporting(word: str) -> bool:
    """Is a lower-case word a verb's past or third-person form ("showed", "found", "shows")?"""
    return any(kind in ("past", "ed", "s") for _, kind in verb_forms().get(word, ()))


_HEADS: Final = lexicon.words("speech", "speaker nouns") | lexicon.words("speech", "document heads")
_OWNED: Final = regex.compile(r"['’]s[ \t]+(\p{Ll}[\p{L}\-]*)(?:[ \t]+(\p{Ll}[\p{L}\-]*))?(?![\p{L}'’])")


def day_owning(text: str, said: Said) -> Said:
    """A day that owns the speaker ("Wednesday's statement said", "Monday's joint statement says"):
    the statement, not the day."""
    name, m = said.name, said.mention
    if name is None or m is None or name.lower() not in _DAYS:
        return said
    owned = _OWNED.match(text, m.end, min(len(text), m.end + 60), False, KEEP_GIL)
    if owned is None:
        return said
    k = next((k for k in (1, 2) if owned.group(k) is not None and owned.group(k) in _HEADS), None)
    if k is None:
        return said
    start, end = owned.start(1), owned.end(k)
    kept = text[start:end]
    return attrs.evolve(said, name=kept, mention=Mention(start, end, kept, "description"))


_NUMBER_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}\d,.])\d{1,3}(?:,\d{3})*,\Z")


def whole_number(text: str, said: Said) -> Said:
    """A speaker cut at the comma of its number ("000 people surveyed" of "12,000 people surveyed
    said"): the whole number."""
    name, m = said.name, said.mention
    if name is None or m is None or m.text != name or not name[:1].isdigit():
        return said
    before = _NUMBER_BEFORE.search(text, max(0, m.start - 16), m.start, False, KEEP_GIL)
    if before is None:
        return said
    start = before.start()
    kept = text[start : m.end]
    return attrs.evolve(said, name=kept, mention=Mention(start, m.end, kept, m.kind))


_TIME_UNIT_AFTER: Final = regex.compile(
    r"[ \t]+(?i:"
    + lexicon.alternation("speech", "time units after a count that is no speaker")
    + r")(?![\p{L}])"
)


def counts_time(text: str, said: Said) -> bool:
    """Is the speaker a lone count of a length of time ("One" of "One month after announcing ...,
    X said", "Two" of "Two weeks later")? Not "Five said" (a channel) nor "One told reporters"."""
    name, m = said.name, said.mention
    if name is None or m is None or " " in name or name.lower() not in NUMBER_WORDS:
        return False
    return _TIME_UNIT_AFTER.match(text, m.end, min(len(text), m.end + 20), False, KEEP_GIL) is not None
