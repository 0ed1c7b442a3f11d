"""A length of time with neither count nor unit: "for some time", "for quite some time", "for a
while", "will take some time" — a DURATION of months (``PXM``, as TimeBank values "for some time";
its ``PXX``, no unit at all, is no value of this plugin's schema), the preposition or verb outside,
as TimeML tags it.

"some time", "a while" and "a little while" are phrases of the pre-scan (lexicon ``time``/``trigger
phrases``: "time" and "while" alone are too common to be triggers) and the start words of the
grammar's ``vague_length`` rule, which wants a word of ``time``/``words before a length with no unit``
before them ("for", "take" ...) and no point after them ("some time ago", "some time in May", "some
time after dusk"). "for a long time", "after a while" are left alone.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from .context import Context, Match, _one, _tx

__all__ = ["r_vague_length"]

_QUITE_BEFORE: Final = regex.compile(r"\bquite\s{1,3}$", regex.IGNORECASE)
_REACH: Final = 12


def r_vague_length(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "for some time": ``PXM``, with "quite" before it inside ("for quite some time")."""
    start = m.start()
    quite = _QUITE_BEFORE.search(ctx.text, max(ctx.lo, start - _REACH), start, KEEP_GIL)
    if quite is not None:
        start = quite.start()
    return _one(_tx(ctx, start, m.end(), "DURATION", "PXM"))
