"""Cue forms that say nothing where they stand: a past form used as an adjective before a plural noun
after a preposition or a verb taking a noun ("a lead in pledged votes", "the tally includes
pledged votes"), an -s form that is the noun a participle cites ("citing intelligence reports"),
and a reporter's credit line ("Rein reported from Porto.") (see docs/quotes.md, twenty-fifth
session, helper quotes38)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:"
    + lexicon.alternation("speech", "words before a cue participle used as an adjective")
    + r")\s+$",
    regex.IGNORECASE,
)
_NOT_PLURAL: Final = lexicon.words("speech", "words ending in s that are no plural noun after a cue")
_WORD_AFTER: Final = regex.compile(r"\s+(?-i:(\p{Ll}[\p{Ll}\-]*s))(?![\p{L}'’\-])")
_CITING_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?i:"
    + lexicon.alternation("speech", "participles citing a source before a cue noun")
    + r")\s+(?:[`'\"“‘]+\s*)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}$"
)
_CREDIT_CUES: Final = lexicon.words("speech", "credit-line cues before from and a place")
_FROM_PLACE_TO_END: Final = regex.compile(
    # "from Porto", "from Tacoma, Wash.", "from Washington, D.C", then the sentence's end or
    # a semicolon ("from Porto; Marsh, from Lisbon")
    r"\s+from\s+\p{Lu}[\p{L}\-]*(?:[ ,]+\p{Lu}[\p{L}\-]*\.?(?:\p{Lu}\.?)*)*\s*(?:[.;]|$)"
)


def adjective_participle(text: str, lo: int, cue_start: int, cue_end: int, hi: int) -> bool:
    """Is the cue's past form at ``[cue_start, cue_end)`` an adjective: right after a preposition,
    "more"/"fewer" or "include", and right before a plural noun in lower case?"""
    if _BEFORE.search(text, max(lo, cue_start - 16), cue_start, KEEP_GIL) is None:
        return False
    m = _WORD_AFTER.match(text, cue_end, min(hi, cue_end + 40), KEEP_GIL)
    if m is None:
        return False
    word = m.group(1)
    return not word.endswith("ss") and word not in _NOT_PLURAL


def credit_line(text: str, cue: str, cue_end: int, hi: int) -> bool:
    """Is the cue "reported" followed only by "from" and a place up to the sentence's end: a
    reporter's credit line, not what was said?"""
    if cue.lower() not in _CREDIT_CUES:
        return False
    return _FROM_PLACE_TO_END.match(text, cue_end, min(hi, cue_end + 80), KEEP_GIL) is not None


def cited_noun(text: str, lo: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue's -s form at ``[cue_start, cue_end)`` the noun a participle cites, up to two
    lower-case words after "citing" or "quoting" ("citing intelligence reports", "quoting ``secret
    reports,''")?"""
    if not text[cue_start:cue_end].endswith("s"):
        return False
    return _CITING_BEFORE.search(text, max(lo, cue_start - 48), cue_start, KEEP_GIL) is not None
