"""A length counted ahead from the text's own day: "two weeks from now", "a year from today".

As "two weeks ago" counts back from the publication day, "two weeks from now" counts as far ahead:
a DATE at the unit's own granularity ("three days from now" -> a day, "two weeks from today" -> a
week, "a year from now" -> a year). A vague or fractional count ("a few weeks from now", "a year
and a half from now") is a time ahead with no value of its own, ``FUTURE_REF``; "from now on" is a
start, no date (the grammar leaves it out).
"""

from __future__ import annotations

from diplotext.model import TemporalExpression

from .context import Context, Match, _tx
from .resolve import day_value, shift

__all__ = ["from_now"]


def from_now(ctx: Context, m: Match, unit: str, amount: float | None) -> TemporalExpression | None:
    """The date ``amount`` ``unit`` after the anchor of ``ctx`` ("two weeks from now")."""
    if amount is None or ctx.anchor is None or amount != int(amount):
        return _tx(ctx, m.start(), m.end(), "DATE", "FUTURE_REF")
    n = int(amount)
    value: str | None
    if unit in ("second", "minute", "hour"):
        value = day_value(ctx.anchor)  # "three hours from now": later today
    elif unit in ("decade", "century", "millennium"):
        value = shift(ctx.anchor, "year", n * {"decade": 10, "century": 100}.get(unit, 1000))
    else:
        value = shift(ctx.anchor, unit, n)
    return _tx(ctx, m.start(), m.end(), "DATE", value, relative=True)
