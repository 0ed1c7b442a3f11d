"""Leaders of groups that are no state: "X, political leader of the militant group Y", "X, the
leader of the Y movement". A person titled only as a leader (leader, chief, chairman, head) in an
apposition naming such a group (``events.txt [non-state group nouns]``) stands for no state, whatever
demonym the group carries ("the Palestinian militant group")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

__all__ = ["leads_a_group"]

_GROUP_NOUNS: Final = lexicon.words("events", "non-state group nouns")
_LEADER_OF_A_GROUP: Final = regex.compile(
    r",[ \t]+(?:the[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?(?:leader|chief|chairman|head)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:[\p{L}'’-]+[ \t]+){0,4}?(?i:" + "|".join(sorted(_GROUP_NOUNS)) + r")\b"
)
"""An apposition right after the name: ", (political) leader of the (Palestinian militant) group"."""
_REACH: Final = 90


def leads_a_group(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Is a mention of the person followed by an apposition titling him a leader of a group that is
    no state ("X, political leader of the militant group Y")?"""
    return any(
        _LEADER_OF_A_GROUP.match(text, end, min(len(text), end + _REACH), KEEP_GIL) is not None
        for _, end in mentions
    )
