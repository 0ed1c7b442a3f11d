"""What must follow a "posted" cue for it to be speech: the social network or page it was posted on
("X posted on Twitter: '...'", "posted to her Facebook page that ...", "posted a message on Telegram
saying ..."), or a colon and a quotation ("X posted: '...'"); not "posted a profit", "posted to
Kabul" (see docs/quotes.md, "Cues")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon

__all__ = ["POSTED_ON"]

POSTED_ON: Final = regex.compile(
    r"(?:\s+an?(?:\s+\p{Ll}+){1,3}?)?\s+(?:on|to)\s+(?:\p{Ll}+\s+){0,2}?(?:"
    + lexicon.alternation("speech", "places a post is written")
    + r")(?![\p{L}])|\s*:\s*[\"“]"
)
"""The place of a post right after "posted", or after what was posted when it is "a message", "a
long note" (not "posted the clip to YouTube": a thing, not words)."""
