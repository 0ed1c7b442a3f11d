"""Attributions that trail a quotation without a cue verb of the lists: a dash and a name
('"..." ― Sonya Herridge') or a name and a past-tense verb ('"...," an angry Duval retaliated.')."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL, lazy

from .cues import Cue
from .marks import QuoteSpan
from .mentions import Mention, core
from .naming import can_speak_head
from .unit_types import Unit

__all__ = ["dash_attribution", "signed", "verb_attribution"]


_DASH_NAME: Final = regex.compile(
    r"[ \t\u00a0]*(―|—|–|--|(?<=[ \t\u00a0])-(?=[ \t\u00a0]))[ \t\u00a0]*"
    r"((?:\p{Lu}[\p{L}'’\-]*\.?)(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){0,3})"
    r"(?=[ \t\u00a0]*(?:[,.;\n]|$|[\"“]))"
)
"""A dash and a name after a closing mark, spaces (also no-break spaces) around the dash (a hyphen
needs them on both sides), then the end, a comma or the next signed quotation."""


def signed(text: str, q: QuoteSpan, se: int) -> bool:
    """Is the quotation signed with a dash and a name right after it?"""
    return q.close is not None and _DASH_NAME.match(text, q.outer_end, se, KEEP_GIL) is not None


def dash_attribution(text: str, q: QuoteSpan, se: int) -> Unit | None:
    """'"..." ― Sonya Herridge': a quotation signed with a dash and a name."""
    m = _DASH_NAME.match(text, q.outer_end, se, KEEP_GIL)
    if m is None:
        return None
    mention = Mention(m.start(2), m.end(2), m.group(2), "name")
    cue = Cue(m.start(1), m.end(1), m.group(1), "dash")
    return Unit(cue, mention, cue.start, m.end(2), cue.start, inverted=True, took_direct_before=True)


_VERB_AFTER_QUOTE: Final = lazy(
    r"""[ \t]*(?P<np>(?:(?:an?|the)[ \t]+(?:(?!(?:to|of|for|with|from|at|in|on|by)[ \t])
                                          [\p{Ll}\-]+[ \t]+){0,2})?
          \p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3}
        |(?:an?|the)[ \t]+(?:[\p{Ll}\-]+[ \t]+){0,2}(?P<head>[\p{Ll}]+))
        (?:,[ \t]*\d{1,3},)?[ \t]+
        (?P<verb>\p{Ll}{3,}ed|shot|went|broke|threw|spoke|sang|cut|chimed)
        (?:[ \t]+(?:back|on|in|out|up))?(?:[ \t]+(?:aloud|\p{Ll}+ly))?
        (?=[ \t]*(?:[.!?,;]|$
                  |[ \t](?:with|to|in|at|on|as|after|before|when|while|during|from)(?![\p{L}])))""",
    regex.VERBOSE,
)


def verb_attribution(text: str, q: QuoteSpan, se: int) -> Unit | None:
    """'"France is France," an angry Duval retaliated.': after a quotation that ends in a comma,
    question or exclamation mark, a name (or "a/the ... Name") and a past-tense verb of any kind,
    closing the sentence or followed by a phrase about how, when or where it was said."""
    inner = text[max(q.start, q.end - 2) : q.end + 1] if q.close is not None else ""
    if not any(ch in inner for ch in ",?!"):
        return None
    m = _VERB_AFTER_QUOTE.match(text, q.outer_end, se, KEEP_GIL)
    if m is None:
        return None
    if m.group("head") is not None and not can_speak_head(m.group("head")):
        return None  # "the door slammed", not "the minister wondered"
    mention = core(text, m.start("np"), m.end("np"))
    if mention is None or mention.kind not in {"name", "description", "group"}:
        return None
    cue = Cue(m.start("verb"), m.end("verb"), m.group("verb"), m.group("verb"))
    return Unit(cue, mention, m.start("np"), m.end(), m.start("np"), inverted=False, took_direct_before=True)
