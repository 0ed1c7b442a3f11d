"""Rules of the grammar that only narrative mode compiles (:data:`.grammar.NARRATIVE_ONLY`): "two
days later", "a year afterwards" and "three weeks earlier", counted from the story's time, and the
story's own day: "that night", "the next morning", "the day before".

Before the text has named a date there is no story time: "two days later" is then the duration
news mode gives ("two days"), "a year earlier" is read against publication, and "that night" is not
read.
"""

from __future__ import annotations

from diplotext.model import TemporalExpression

from . import anchoring, durations
from .context import Context, Match, _g, _one, _tx
from .parts import _POD
from .values import duration_value, parse_number, unit_of


def r_story_later(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    unit = unit_of(m.group("unit"))
    amount = parse_number(m.group("num"))
    if unit is None or amount is None:
        return None
    sign = -1 if m.group("dir").lower() == "earlier" else 1
    got = anchoring.story(ctx, unit, sign * int(amount)) if amount == int(amount) else None
    if got is not None and got[0] is not None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], relative=got[1]))
    if sign < 0:
        return durations.r_ago(ctx, m)  # "a year earlier" with no story yet: as news reads it
    return _one(_tx(ctx, m.start(), m.end("unit"), "DURATION", duration_value(amount, unit)))


def r_story_day(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "dir"):
        got = anchoring.story(ctx, "day", -1 if m.group("dir").lower() == "before" else 1)
        if got is None:
            return None
        return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], relative=got[1]))
    rel = " ".join(m.group("rel").lower().split())
    offset = 1 if rel in ("the next", "the following") else -1 if rel == "the previous" else 0
    got = anchoring.story(ctx, "day", offset)
    if got is None or got[0] is None:
        return None
    return _one(
        _tx(ctx, m.start(), m.end(), "TIME", f"{got[0]}T{_POD[m.group('pod').lower()]}", relative=got[1])
    )
