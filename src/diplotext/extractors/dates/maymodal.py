""" "may" as a tense cue: the modal in lower case before a verb puts a date ahead ("thousands may
attend the rally on Saturday", "the bridge may reopen Saturday", "it may not happen before Friday").

"May" with a capital is the month or a name; "may" after a word that makes it the month ("in may",
"since may", "by may": lexicon ``time``/``words before may or march``) or before a number ("may 5")
is the month written in lower case. "may have" and a participle is an unreal past
(:mod:`diplotext.extractors.dates.unreal`), read before this."""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon

from .resolve import Tense

__all__ = ["MAY", "may_modal"]

MAY: Final = lexicon.words("time", "modals that are also a month")

_NEXT: Final = re.compile(r"[^\S\n]{1,3}([a-z]+)\b(?![-'’])")
"""The word after "may": a lower-case word (a verb, "not", "well", "also"), not a number or a name."""
_MONTH_BEFORE: Final = re.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before may or march')})\s{{1,3}}$", re.IGNORECASE
)


def may_modal(text: str, ws: int, we: int) -> Tense:
    """``future`` if ``text[ws:we]`` is the modal "may" before a verb, else ``None``."""
    if text[ws] != "m" or _NEXT.match(text, we) is None:
        return None  # "May 5", "Theresa May said", "May," (the month)
    if _MONTH_BEFORE.search(text, max(0, ws - 16), ws):
        return None  # "in may we went to the coast": the month in lower case
    return "future"
