"""Bodies named with a "to" infinitive ("the Committee to Shield Reporters", "Campaign to Free the
Press"): the actors plugin and the mention reader cut the name at the lower-case "to" and keep the
capitalised words after it ("Shield Reporters"), which name no one. The whole name speaks."""

from __future__ import annotations

from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .mentions import Mention
from .naming import BODY_HEADS
from .speaker_history import Said

__all__ = ["whole_body_name"]

_HEADS: Final = BODY_HEADS | lexicon.words("speech", "body heads named with a to infinitive")
_BEFORE_TO: Final = regex.compile(
    r"(?<![\p{L}\-'’])((?:(?!(?:The|A|An)[ \t])\p{Lu}[\p{L}\-]*[ \t]+){0,3}?)(\p{Lu}\p{Ll}+)[ \t]+to[ \t]+\Z"
)
_REACH: Final = 80


def whole_body_name(text: str, said: Said) -> Said:
    """``said`` with its name grown to the body's whole name when the mention follows "<Body> to"
    (capitalised, a body head like "Committee" or "Campaign" last); else ``said`` unchanged."""
    m = said.mention
    if m is None or said.name is None or not said.name[:1].isupper():
        return said
    if said.name.endswith(m.text):
        at = m.start  # the mention is the last words of the name: the words before it
    elif m.text.endswith(said.name):
        at = m.end - len(said.name)  # the mention holds the whole name, the actor its end
    else:
        return said
    found = _BEFORE_TO.search(text, max(0, at - _REACH), at, KEEP_GIL)
    if found is None or found.group(2).lower() not in _HEADS:
        return said
    start = found.start()
    name = text[start : m.end]
    return attrs.evolve(
        said, name=name, actor_id=None, mention=Mention(start, m.end, name, "group"), person=False
    )
