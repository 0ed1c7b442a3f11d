"""A name opening its sentence behind a title set in quotation marks: 'Rebel "foreign minister" X
met ...', 'The rebels' self-styled "interior minister" X toured ...', 'Minister of State for
"Special Duties" X ...' are subjects as much as 'Foreign Minister X'; a "he" after them may be X
(see docs/quotes.md, twenty-seventh session, helper names40)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

__all__ = ["quoted_title_lead"]

_QUOTED_TITLE_LEAD: Final = regex.compile(
    r"(?:^|(?<=[.!?][\"'”’)]*[ \t]+)|(?<=\n[ \t]*))"
    r"(?:[\p{L}\-]+(?:['’]s?)?[ \t]+){0,4}"
    r"[\"“](?:[\p{L}\-]+[ \t]+){0,3}[\p{L}\-]+[\"”][ \t]+$"
)
"""A sentence's opening up to a name: at most four words, then a title of one to four words in
quotation marks ("Rebel 'foreign minister'", "Minister of State for 'Special Duties'")."""
_REACH: Final = 100


def quoted_title_lead(text: str, pos: int) -> bool:
    """Does a title in quotation marks (see the module's words) open the sentence up to ``pos``?"""
    return _QUOTED_TITLE_LEAD.search(text, max(0, pos - _REACH), pos, KEEP_GIL) is not None
