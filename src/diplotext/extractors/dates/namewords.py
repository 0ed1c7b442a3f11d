"""Deictic words that open a title or a name: "the journal Current Biology", "appeared on the Tonight
Show", "starred in The Tomorrow People", "the band's Now Or Never tour". None is a time.

A one-word expression read from a capitalised deictic word (the lexicon's ``time``/``deictic words
opening a name``) inside a sentence — after a plain lower-case word, or after "The" that does not
open a sentence — and right before another capitalised word is dropped, unless that word is a
weekday, a month or a part of the day (``time``/``words after a deictic word that keep it a time``).
A title-case line ("Storm Hits Coast Tomorrow Night") keeps its times: the word before is
capitalised there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.model import TemporalExpression

__all__ = ["drop_name_words"]

_WORDS: Final = frozenset(w.capitalize() for w in lexicon.words("time", "deictic words opening a name")) | {
    f"{day.capitalize()} {part.capitalize()}"
    for day in WEEKDAY_NAMES
    for part in lexicon.words("time", "parts of the day in a title")
}
"""The words, and a weekday with a capitalised part of the day ("Saturday Night Live": a weekday alone
always has its capital, so it tells nothing)."""
_KEEP_NEXT: Final = (
    lexicon.words("time", "words after a deictic word that keep it a time")
    | {m.lower() for m in MONTH_NAMES}
    | {d.lower() for d in WEEKDAY_NAMES}
)
_BEFORE: Final = regex.compile(
    r"(?:(?<![\w'’.-])(?:[a-z]+|[A-Za-z]*[a-z]['’]s)|(?<=[a-z,;:]\s{1,2})The)\s{1,2}$"
)
"""Before the word: a plain lower-case word ("journal Current"), a possessive ("band's Now", "the
duo's Saturday Night"), or "The" after a lower-case word ("in The Tomorrow People")."""
_NEXT: Final = regex.compile(r"\s{1,2}([A-Z][\w'’]*)")


def drop_name_words(text: str, found: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` without the deictic words that open a title or a name."""
    return [t for t in found if t.text not in _WORDS or not _opens_name(text, t)]  # (the cheap test first)


def _opens_name(text: str, t: TemporalExpression) -> bool:
    nxt = _NEXT.match(text, t.end)
    if nxt is None or nxt.group(1).lower() in _KEEP_NEXT:
        return False
    return _BEFORE.search(text, max(0, t.start - 24), t.start) is not None
