""" "This weekend" told in the past early in the week is the weekend just gone: a Monday's "crowds
gathered this weekend" means the Saturday and Sunday before it (the ISO week before), not the coming
ones. Not after a verb of saying ("said this weekend would be busy": the reported clause may look
ahead), nor when a quotation mark stands between the past cue and the weekend (a quote's own
"this weekend")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .context import Context

_REPORTING: Final = lexicon.words("time", "reporting verbs")
_QUOTE: Final = regex.compile(r"[\"“”]")
_LAST_GONE_WEEKDAY: Final = 3
"""The last weekday (ISO, Wednesday) on which "this weekend" told in the past is the one gone."""


def weekend_gone(ctx: Context, start: int, end: int) -> bool:
    """Is "this weekend" at ``text[start:end]`` the weekend before publication?"""
    if ctx.anchor is None or ctx.anchor.isoweekday() > _LAST_GONE_WEEKDAY:
        return False
    tense, cue, at = ctx.tense_cue(start, end)
    return (
        tense == "past"
        and cue not in _REPORTING
        and _QUOTE.search(ctx.text, min(at, start), max(at, end), KEEP_GIL) is None
    )
