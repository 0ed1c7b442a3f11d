"""A month named as a modifier of a trip noun ("his October visit", "the planned May trip"): the
dates plugin reads a bare month name in a noun phrase as no date, but before a trip noun it says
when the trip was (or will be).
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.lexicon import MONTH_NAMES
from diplotext.model import TemporalExpression
from diplotext.syntax import Phrase

__all__ = ["coming_month", "month_modifier"]

_MONTH: Final = regex.compile(r"\b(" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\b")
"""A capitalised month name ("May" the month, not "may" the modal)."""


def month_modifier(ctx: EventContext, phrase: Phrase, status: str | None) -> list[TemporalExpression]:
    """The month a trip noun's modifier names, as a ``YYYY-MM`` date: the next such month for a
    planned trip, else the last one up to the story's month."""
    published = ctx.published
    if published is None:
        return []
    m = _MONTH.search(ctx.text, phrase.start, phrase.head_span[0])
    if m is None:
        return []
    month = MONTH_NAMES.index(m.group(1).lower()) + 1
    year = published.year
    if status == "planned":
        year += 1 if month < published.month else 0
    else:
        year -= 1 if month > published.month else 0
    return [
        TemporalExpression(
            text=m.group(1), start=m.start(), end=m.end(), type="DATE", value=f"{year:04d}-{month:02d}"
        )
    ]


_YEAR_MONTH: Final = regex.compile(r"(\d{4})-(\d{2})")


def coming_month(ctx: EventContext, t: TemporalExpression) -> TemporalExpression:
    """A bare month of a trip still to come, read as the last such month: the next one instead."""
    published = ctx.published
    m = _YEAR_MONTH.fullmatch(t.value or "")
    if published is None or m is None or t.text.strip().lower() not in _BARE_MONTHS:
        return t
    year = int(m.group(1)) + 1
    if (year, int(m.group(2))) < (published.year, published.month):
        return t
    return attrs.evolve(t, value=f"{year:04d}-{m.group(2)}")


_BARE_MONTHS: Final = frozenset(MONTH_NAMES) | {f"in {m}" for m in MONTH_NAMES}
