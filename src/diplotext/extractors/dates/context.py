"""What every date rule shares: the :class:`Context` of a match (the text, the segment bounds, the
anchor date and what the article has named so far), the ``Match`` type, and the helpers that build a
:class:`~diplotext.model.TemporalExpression` from a span and read a group a match may not have.
"""

from __future__ import annotations

import datetime as dt

import regex

from diplotext.model import TemporalExpression, TimexType

from .resolve import Tense
from .tense import tense_at

Match = regex.Match[str]


class Context:
    """What a rule needs besides its match: the text, the segment bounds and the anchor date."""

    __slots__ = ("anchor", "hi", "last_quarter", "last_year", "lo", "low", "text")

    def __init__(self, text: str, lo: int, hi: int, anchor: dt.date | None) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.anchor = anchor
        self.low = text
        """``text`` lower-cased (same length), for the trigger scan."""
        self.last_quarter: tuple[int, int, int] | None = None
        """(year, quarter, offset) of the latest quarter named (a financial report's reference period)."""
        self.last_year: int | None = None
        """The year of the latest absolute date read so far (the narrative anchor)."""

    def tense(self, start: int, end: int) -> Tense:
        return tense_at(self.text, start, end, self.lo, self.hi)

    def before(self, start: int, width: int = 30) -> str:
        return self.text[max(self.lo, start - width) : start]

    def after(self, end: int, width: int = 30) -> str:
        return self.text[end : min(self.hi, end + width)]


def _tx(  # noqa: PLR0917
    ctx: Context,
    start: int,
    end: int,
    type_: TimexType,
    value: str | None,
    mod: str | None = None,
    *,
    quant: str | None = None,
    freq: str | None = None,
    relative: bool = False,
) -> TemporalExpression | None:
    if value is None or end <= start:
        return None
    return TemporalExpression(
        text=ctx.text[start:end],
        start=start,
        end=end,
        type=type_,
        value=value,
        mod=mod,
        quant=quant,
        freq=freq,
        anchor="published" if relative and ctx.anchor is not None else None,
        plugin="dates",
    )


def _one(t: TemporalExpression | None) -> list[TemporalExpression] | None:
    return None if t is None else [t]


def _g(m: Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None
