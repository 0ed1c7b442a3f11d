"""What must follow a "posted" cue for it to be speech: the social network or page it was posted on
("X posted on Twitter: '...'", "posted to her Facebook page that ...", "posted a message on Telegram
saying ..."), or a colon and a quotation ("X posted: '...'"); not "posted a profit", "posted to
Kabul" (see docs/quotes.md, "Cues")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

__all__ = ["POSTED_ON", "thing_posted_before"]

_PLACES: Final = (
    r"(?:on|to)\s+(?:\p{Ll}+\s+){0,2}?(?:" + lexicon.alternation("speech", "places a post is written") + ")"
)
POSTED_ON: Final = regex.compile(
    r"\s+" + _PLACES + r"(?![\p{L}])"
    r"|\s+an?(?:\s+\p{Ll}+){1,3}?\s+" + _PLACES + r"(?:\s+(?:page|account|feed))?\s*(?::|,\s*[\"“]|\s+that\b)"
    r"|\s*:\s*[\"“]"
)
"""The place of a post right after "posted" ("posted on Twitter that ..."); after what was posted
("a message", "a long note") only when the words posted follow at once ("posted a message on
Telegram: ..."), not "posted a message on Facebook on Friday announcing ...", whose cue is the
participle; or a colon and a quotation ("posted: '...'"). Not "posted the clip to YouTube": a
thing, not words."""


def thing_posted_before(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end with what is posted, right before a "posted" at ``hi`` ("a video
    message posted to Twitter": a passive participle, the message no speaker)?"""
    return _THING_BEFORE.search(text, lo, hi, KEEP_GIL) is not None


_THING_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?i:" + lexicon.alternation("speech", "things posted before a participle") + r")\s+$"
)
