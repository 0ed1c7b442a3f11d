"""A document named in a phrase fronted before its issuer: "In a report issued on Monday, the rights
group Sea Watch accused ..." makes Sea Watch who "the report said" later stands for (see
docs/quotes.md, twenty-seventh session, helper names40)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.patterns import lazy

from .naming import DOCUMENT_HEADS

__all__ = ["fronted_document_issuer"]

_FRONTED: Final = lazy(
    r"(?:^|(?<=[.!?][\"'”’)]*[ \t]+)|(?<=\n[ \t]*))In[ \t]+(?:"
    + lexicon.alternation("speech", "articles before a fronted document")
    + r")[ \t]+"
    r"(?:[\p{Ll}\-]+[ \t]+){0,3}?(?P<head>"
    + "|".join(lexicon.longest_first(DOCUMENT_HEADS))
    + r")(?![\p{L}])[^.,\n\"“”]{0,150},[ \t]+(?:the[ \t]+(?:[\p{Ll}\-]+[ \t]+){0,3}?)?"
    r"(?P<by>\p{Lu}[\p{L}\-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}\-]*){0,5})"
    r"(?=[ \t]+\p{Ll})"
)
"""'In a report issued on Monday, the rights group X accused': the head and the issuer (the first
comma after the head ends the fronted phrase; lower-case words before the name only after "the":
not "five UN experts")."""


def fronted_document_issuer(text: str, head: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the issuer of the last document with head word ``head`` a fronted phrase names
    between ``lo`` and ``hi``, or ``None``."""
    found = None
    for m in _FRONTED.finditer(text, lo, hi):
        if m.group("head").lower() == head:
            found = m
    return found.span("by") if found is not None else None
