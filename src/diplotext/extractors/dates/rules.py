"""From a grammar match to TIMEX3 expressions: the table of rules by grammar name, and ``interpret``.

The rules are in :mod:`.days` (dates, weekdays, clock times), :mod:`.holidays`, :mod:`.periods` (months,
seasons, years, decades, centuries), :mod:`.quarters` (quarters, halves, fiscal years),
:mod:`.durations` (durations, "ago", sets), :mod:`.relative` ("last week", the weekend, "now") and
:mod:`.story` (narrative mode's "two days later", "that night");
they share the :class:`~.context.Context` of :mod:`.context`, the part readers of :mod:`.parts` and
the context checks of :mod:`.checks`.

``interpret`` returns ``None`` when the match is not a temporal expression at all (the scanner then
tries again one position later), ``[]`` when the span is a known trap to skip ("18 years old"), or the
expressions it holds (usually one; a range such as "Nov. 18-19" gives two).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from diplotext.model import TemporalExpression

from . import (
    clockwords,
    days,
    durations,
    holidays,
    laterdates,
    ordinaldays,
    periods,
    quarters,
    relative,
    reportdays,
    story,
    twoback,
    vaguelengths,
    weekdays,
)
from .context import Context, Match
from .dispatch import rule_names
from .grammar import RULE_NAMES

__all__ = ["Context", "interpret"]

Rule = Callable[[Context, Match], list[TemporalExpression] | None]

_DEFINED: Final = {
    name: value
    for module in (
        clockwords,
        days,
        holidays,
        periods,
        quarters,
        durations,
        relative,
        reportdays,
        story,
        ordinaldays,
        twoback,
        weekdays,
        vaguelengths,
        laterdates,
    )
    for name, value in vars(module).items()
    if name.startswith("r_")
}
"""Every rule function by name, from the modules that hold them."""

_RULES: Final[dict[str, Rule]] = {name: _DEFINED[name] for name in RULE_NAMES}


def interpret(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """The expressions a grammar match stands for (``None``: not one; ``[]``: a trap to skip)."""
    for name in rule_names(m.re):
        if m.start(name) >= 0:
            return _RULES[name](ctx, m)
    return None
