"""The clause a surrender infinitive depends on when an aside set off by commas stands between it
and that clause: "Peru asked Bolivia, where he is believed to be hiding, to hand him over", "asked
Bolivia, which is holding him, to extradite X". The clause layer hangs the infinitive on the aside's
last verb ("hiding"); the request is the clause the aside hangs on ("asked"), when a comma opens
the aside and another closes it right before the infinitive.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause

__all__ = ["parent_past_an_aside"]

_MARKERS: Final = lexicon.words("events", "markers of an aside before a governed infinitive")
_THROUGH: Final = ("infinitive", "complement")
"""Kinds of clause inside the aside the walk up goes through ("is believed [to be hiding]")."""
_DEPTH: Final = 4


def _after_comma(ctx: EventContext, start: int) -> bool:
    return ctx.text[max(0, start - 3) : start].rstrip().endswith(",")


def parent_past_an_aside(ctx: EventContext, clause: Clause) -> Clause | None:
    """The clause ``clause`` depends on, past a comma-set aside that ends right before it."""
    parent = ctx.parent(clause)
    if clause.kind != "infinitive" or parent is None or not _after_comma(ctx, clause.start):
        return parent
    seen = parent
    for _ in range(_DEPTH):
        if seen.kind in ("relative", "adverbial") and (seen.marker or "").lower() in _MARKERS:
            host = ctx.parent(seen)
            if host is None or host is seen or host.end > seen.start or not _after_comma(ctx, seen.start):
                return parent
            return host
        up = ctx.parent(seen)
        if seen.kind not in _THROUGH or up is None or up is seen:
            return parent
        seen = up
    return parent
