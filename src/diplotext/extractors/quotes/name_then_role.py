"""A name set off after a clause, then a role with no comma after it, before the cue ("CLAUSE, Ivo X,
a party senator said", "CLAUSE, Ivo X, the chairman told"): the name speaks, the clause is what was
said (the role alone would leave the name inside the reported clause)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .mentions import Mention, core, head_noun, name_like
from .naming import BODY_HEADS, DOCUMENT_HEADS, can_speak_head

__all__ = ["name_before_role"]


def name_before_role(text: str, lo: int, role: tuple[int, int]) -> Mention | None:
    """The name between the clause's comma and the comma right before the role phrase ``role`` (an
    article opening it, a head for a person), or ``None``."""
    words = text[role[0] : role[1]]
    head = head_noun(words).lower()
    if (
        not can_speak_head(head)
        or head in BODY_HEADS
        or head in DOCUMENT_HEADS
        or _ARTICLE.match(words) is None
    ):
        return None  # a person's role, not "the news agency reported", "a company statement said"
    if _ARTICLE.match(words) is None:
        return None
    found = _SET_OFF_NAME.search(text, max(lo, role[0] - _REACH), role[0], KEEP_GIL)
    if found is None or not name_like(text, *found.span("name")):
        return None
    m = core(text, *found.span("name"))
    return m if m is not None and m.kind == "name" else None


_REACH: Final = 60
_ARTICLE: Final = regex.compile(r"(?:an?|the)\s")
_SET_OFF_NAME: Final = regex.compile(
    r"[\p{L}\p{N}\"”’'],\s+(?P<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}),\s*$"
)
"""A clause's last word, a comma, a capitalised name of two to four words and a comma."""
