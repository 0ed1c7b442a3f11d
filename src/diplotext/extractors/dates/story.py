"""Counting from the story's time: "two days later", "a year afterwards" and "three weeks earlier"
(rules only narrative mode compiles, :data:`.grammar.NARRATIVE_ONLY`), and the story's own day: "that
night", "the next morning", "the day before".

Before the text has named a date there is no story time: "two days later" is then the duration
news mode gives ("two days"), "a year earlier" is read against publication, and "that night" is not
read. News mode reads "that night" and "the next morning" too, from the day the text named shortly
before ("caught fire on Saturday ... announced it that night"), and leaves them alone when it named
none.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.model import TemporalExpression

from . import anchoring, durations
from .context import Context, Match, _g, _one, _tx
from .parts import _POD, _anchor_day, _pmod
from .values import duration_value, parse_number, unit_of


def r_story_later(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "two days later", "a year earlier", and "two days after the landing", "a few hours before
    the attack" (a point the story's time stands for; the extent is the amount alone, as TimeML
    has it, "after" being the signal)."""
    unit = unit_of(m.group("unit"))
    direction = m.group("dir").lower()
    event = direction in ("after", "before") and not _CLAUSE_END.match(ctx.after(m.end(), 4))
    if direction in ("after", "before") and not event:
        return None  # "two days before." is the ago rule's
    amount = (
        parse_number(_g(m, "num2") or _g(m, "num")) if _g(m, "num") else None
    )  # "two or three years later": three
    if unit is None or (amount is None and not (event and unit in _SUB_DAY)):
        return None if unit is None or not event else _duration(ctx, m, amount, unit)
    end = m.end("unit") if event else m.end()
    sign = -1 if direction in ("earlier", "before") else 1
    if amount is None or unit in _SUB_DAY:  # "a few hours after the vote": that day
        got = anchoring.story(ctx, "day", 0) if event else None
    else:
        got = anchoring.story(ctx, unit, sign * int(amount)) if amount == int(amount) else None
    if got is not None and got[0] is not None:
        return _one(_tx(ctx, m.start(), end, "DATE", got[0], relative=got[1]))
    if event:
        return _duration(ctx, m, amount, unit)
    if sign < 0:
        return durations.r_ago(ctx, m)  # "a year earlier" with no story yet: as news reads it
    return _duration(ctx, m, amount, unit)


_CLAUSE_END: Final = regex.compile(r"\s*(?:[.,;:)]|$)")
_SUB_DAY: Final = frozenset(["second", "minute", "hour"])


def _duration(ctx: Context, m: Match, amount: float | None, unit: str) -> list[TemporalExpression] | None:
    """The amount alone, as news reads it ("two days", "a few hours")."""
    start = m.start("num") if _g(m, "num") else m.start("vague")
    return _one(_tx(ctx, start, m.end("unit"), "DURATION", duration_value(amount, unit)))


def r_story_day(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "dir"):  # "the day before", "the night before": a day from the day named
        got = _day(ctx, -1 if m.group("dir").lower() == "before" else 1, m.start())
        if got is None or got[0] is None:
            return None
        part = m.group("dunit").lower()
        if part == "day":
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], relative=got[1]))
        return _one(_tx(ctx, m.start(), m.end(), "TIME", f"{got[0]}T{_POD[part]}", relative=got[1]))
    rel = " ".join(m.group("rel").lower().split())  # ("that same night": that night)
    offset = 1 if rel in ("the next", "the following") else -1 if rel == "the previous" else 0
    got = _day(ctx, offset, m.start())
    if got is None or got[0] is None:
        return None
    value = f"{got[0]}T{_POD[m.group('pod').lower()]}"
    before = ctx.before(m.start(), 12)
    pmod = _PMOD_BEFORE.search(before)  # "later that evening", "early the next morning"
    start = m.start() - len(before) + pmod.start() if pmod else m.start()
    return _one(
        _tx(ctx, start, m.end(), "TIME", value, _pmod(pmod.group(1)) if pmod else None, relative=got[1])
    )


_PMOD_BEFORE: Final = regex.compile(r"(?<![\w-])(early|late|earlier|later)\s{1,3}$", regex.IGNORECASE)


def _day(ctx: Context, offset: int, start: int) -> anchoring.Anchored | None:
    """``offset`` days from the story's day (narrative) or from the day named shortly before (news)."""
    if ctx.mode == "news":
        return anchoring.from_named(ctx, "day", offset, start, night=True)
    return anchoring.story(ctx, "day", offset)


_PRESENT_BEFORE: Final = regex.compile(r"(?:\bis|['’]s)\s{1,3}$", regex.IGNORECASE)
_SENTENCE_STOP: Final = regex.compile(r"[.!?;]\s")


def r_nth_day(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the second day of the talks", "the first day in office": a day of an event, as TimeML tags it.
    After "is" it is today ("Today is the eighth day of the blockade"); otherwise it is the day the
    sentence named before it, in news ("entered on Monday the second day of its campaign"); with
    neither it is left alone (the event's day is not known; a story's day may be its first)."""
    if _PRESENT_BEFORE.search(ctx.before(m.start(), 12)):
        return _one(_tx(ctx, m.start(), m.end(), "DATE", _anchor_day(ctx), relative=True))
    named = ctx.last_day
    if named is None or _SENTENCE_STOP.search(ctx.text, named[1], m.start()):
        return []
    got = anchoring.from_named(ctx, "day", 0, m.start())
    if got is None or got[0] is None:
        return []
    return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], relative=got[1]))
