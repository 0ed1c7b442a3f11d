"""An "it" that stands for no one: the dummy subject of a passive cue ("It is also widely claimed
that ...", "It has long been argued that ..."). Such an attribution has no speaker (``null``), never
the body or person that spoke last (see docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .mentions import Mention

__all__ = ["dummy_it"]

_BETWEEN: Final = regex.compile(
    r"\s+(?:"
    + lexicon.alternation("speech", "be forms before a passive cue after a dummy it")
    + r")\s+(?:(?:"
    + lexicon.alternation("speech", "modifiers between a passive auxiliary and a cue")
    + r")\s+){0,3}\Z",
    regex.IGNORECASE,
)


_PROGRESSIVE: Final = regex.compile(r"\p{L}+ing(?![\p{L}])")


def dummy_it(text: str, mention: Mention | None, cue_start: int) -> bool:
    """Is ``mention`` an "it" whose cue at ``cue_start`` follows it as a passive ("It is also
    widely claimed")?"""
    if mention is None or mention.kind != "pronoun" or mention.text.lower() != "it":
        return False
    if _PROGRESSIVE.match(text, cue_start) is not None:
        return False  # "It is also calling on ...": the body's own words
    m = _BETWEEN.match(text, mention.end, cue_start, KEEP_GIL)
    return m is not None
