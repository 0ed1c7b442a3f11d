"""A speaker described and then named by the name they gave: "said a man who gave his name only as
Tomas", "a woman who would give her first name only as Ana, said" are Tomas and Ana, not the
description nor a name elsewhere (see docs/quotes.md, twenty-seventh session, helper names40)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .speaker_history import Said

__all__ = ["name_given_only"]

_GAVE_NAME_AS: Final = regex.compile(
    r",?[ \t]+who[ \t]+(?:\p{Ll}+[ \t]+){1,4}?name[ \t]+(?:only[ \t]+)?as[ \t]+"
    r"(?P<name>\p{Lu}[\p{Ll}\-’']+(?:[ \t]+\p{Lu}[\p{Ll}\-’']+)?)(?![\p{L}\p{N}])"
)
"""The relative clause after a speaker's description that gives the name they gave."""


def name_given_only(text: str, m: Mention) -> Said | None:
    """The name the person described at ``m`` gave (see the module's words), else ``None``."""
    if m.kind not in ("group", "description"):
        return None
    given = _GAVE_NAME_AS.match(text, m.end, min(len(text), m.end + 120), KEEP_GIL)
    if given is None:
        return None
    return Said(given.group("name"), None, m, True)
