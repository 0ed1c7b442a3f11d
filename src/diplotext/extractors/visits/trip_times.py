"""When a trip's times fall, told from the article: a time before, at or after publication
(resolved against the day of publication, or by its first word when it cannot be), the times that
are dates and not the start of a count ("her first visit since 2009"), and the word right before a
position.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, compare_to, date_value
from diplotext.extractors.visits.vocabulary import COUNTING_MODIFIERS, FUTURE_MODIFIERS, PAST_MODIFIERS
from diplotext.model import TemporalExpression
from diplotext.syntax.words import PREPOSITIONS


def when_told(ctx: EventContext, t: TemporalExpression) -> int | None:
    """Is the time before (-1), at (0) or after (1) publication? A range holding the day of
    publication is now ("is visiting China from March 8 to 13", told on March 10)."""
    r = t.range
    if r is not None and r.begin and r.end:
        begin, end = compare_to(r.begin, ctx.published), compare_to(r.end, ctx.published)
        if begin is not None and end is not None and begin <= 0 <= end:
            return 0
    return compare_to(t.value, ctx.published)


def dated(ctx: EventContext, times: tuple[TemporalExpression, ...]) -> list[TemporalExpression]:
    """The times that are dates ("DATE" or "TIME" with a calendar value), not durations or sets,
    nor the time of an event a "since" phrase counts from ("his first trip since a reshuffle last
    month"; "has been there since Monday" keeps Monday)."""
    return [
        t
        for t in times
        if t.type in ("DATE", "TIME")
        and date_value(t.value) is not None
        and not _SINCE_EVENT.search(ctx.text, max(0, t.start - 60), t.start)
    ]


_SINCE_EVENT = regex.compile(r"\b(?i:since)[ \t]+(?:[\p{L}'’-]+[ \t]+){1,8}\Z")
""""since" and the words of an event before a time ("since a cabinet reshuffle [last month]")."""


def uncounted(
    ctx: EventContext, times: list[TemporalExpression], words: Iterable[str]
) -> list[TemporalExpression]:
    """``times`` without a "since" date when ``words`` count the trip among others ("her first
    visit since 2009", "three times since 2001"): that date starts the count; it is no trip's."""
    if not times or not COUNTING_MODIFIERS.intersection(w.lower() for w in words):
        return times
    return [t for t in times if word_before(ctx, t.start) not in SINCE_WORDS]


def _unanchored(times: tuple[TemporalExpression, ...]) -> list[int | None]:
    """With no publication date to resolve them against: "next week", "tomorrow" are to come (1),
    "last month", "yesterday" gone by (-1), by their first word."""
    out: list[int | None] = []
    for t in times:
        if not t.value.startswith("XXXX") or not t.text:
            continue
        first = t.text.split()[0].lower()
        if first in FUTURE_MODIFIERS or first == "tomorrow":
            out.append(1)
        elif first in PAST_MODIFIERS or first == "yesterday":
            out.append(-1)
    return out


_LAST_WORD: Final = regex.compile(r"(\w+)\W*$")


SINCE_WORDS: Final = lexicon.words("time", "since")


def word_before(ctx: EventContext, pos: int) -> str:
    """The word right before ``pos``, lower case ("during" of "during staying in X")."""
    m = _LAST_WORD.search(ctx.text, max(0, pos - 24), pos)
    return m.group(1).lower() if m is not None else ""


def _after_preposition(ctx: EventContext, pos: int) -> bool:
    return word_before(ctx, pos) in PREPOSITIONS
