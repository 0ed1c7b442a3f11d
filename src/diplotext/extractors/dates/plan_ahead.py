"""A day told as the date of a plan in the present ("the visit is scheduled for April 17", "he is
expected in Lima on April 17", "the talks have been set for May 2"): ahead as after "will", so a
month and day a few weeks gone by is next year's (:func:`~.anchoring.month_and_day`)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

from .context import Context

__all__ = ["present_plan_before"]

_PLAN_WORDS: Final = lexicon.alternation("time", "present plan words before a day ahead", r"\s{1,3}")
_PLAN_REACH: Final = 48
"""How far (characters) before a month and day the plan word may stand."""
_PRESENT_PLAN: Final = regex.compile(
    r"\b(?:is|are|am|['’]s|(?:has|have)\s{1,3}been)\s{1,3}(?:\w+\s{1,3})?"
    rf"(?:{_PLAN_WORDS})\b"
    r"[^.;:!?()\n]*$",
    regex.IGNORECASE,
)
"""A present plan word (one word, "now", "tentatively", may come between), then the rest of the
clause up to the day with no sentence break."""


def present_plan_before(ctx: Context, start: int) -> bool:
    """Does a present-tense plan word ("is scheduled", "are expected", "has been set") stand at most
    :data:`_PLAN_REACH` characters before the day at ``start``, in its clause?"""
    return _PRESENT_PLAN.search(ctx.text, max(0, start - _PLAN_REACH), start) is not None
