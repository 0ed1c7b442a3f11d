"""A date still to be set: "at a later date", "to a future date", "at a subsequent date" — a DATE
``FUTURE_REF`` from the article to "date", as TimeBank tags it.

"later date", "future date" and "subsequent date" are phrases of the pre-scan (lexicon
``time``/``trigger phrases``: "date" alone is too common a noun and verb to be a trigger) and the
start words of the grammar's ``later_date`` rule, which wants "a" or "an" before them. "an earlier
date" is left alone: earlier than planned, not a past.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from .context import Context, Match, _one, _tx

__all__ = ["r_later_date"]

_ARTICLE_BEFORE: Final = regex.compile(r"\ban?\s{1,3}$", regex.IGNORECASE)
_REACH: Final = 6


def r_later_date(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "a later date": ``FUTURE_REF``, the article inside."""
    article = _ARTICLE_BEFORE.search(ctx.text, max(ctx.lo, m.start() - _REACH), m.start(), KEEP_GIL)
    if article is None:
        return None
    return _one(_tx(ctx, article.start(), m.end(), "DATE", "FUTURE_REF"))
