"""Quotations no attribution takes that are nobody's words: a title or a name in quotation marks
standing in the reporter's sentence ('the drama, "Harbour Lights," returns in May', '"The Long
Road" was nominated'), and a subheading in single marks in an article that quotes in double
marks, a paragraph of a few words alone ('A tough decision.' between two paragraphs).
"""

from __future__ import annotations

import itertools
from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .marks import QuoteSpan

__all__ = ["nobodys_words"]

_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_AFTER: Final = regex.compile(r"[,\s]*(\p{Ll}[\p{L}\-]*)")
_MAX_TITLE_WORDS: Final = 8
_MAX_HEADING_WORDS: Final = 10


def _title_like(text: str, q: QuoteSpan) -> bool:
    """Title case and short, ending with no sentence mark ("Harbour Lights," "The Long Road")."""
    inner = text[q.start : q.end].rstrip()
    if not inner or inner[-1] in ".!?":
        return False
    words = [m.group() for m in itertools.islice(_WORD.finditer(text, q.start, q.end, False, KEEP_GIL), 9)]
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words if len(w) >= 4)


def nobodys_words(text: str, q: QuoteSpan, ss: int, se: int, *, paragraph_start: bool) -> bool:
    """Is a quotation no attribution took a title, a name or a subheading rather than a
    continuation of the last speaker's words?"""
    if _title_like(text, q):
        # the reporter's sentence goes on after it in lower case: '"The Long Road" was nominated'
        after = _AFTER.match(text, q.outer_end, se, KEEP_GIL)
        if after is not None:
            return True
    if text[q.open] in "'‘" and paragraph_start and q.close is not None:
        whole = not text[ss : q.open].strip() and not text[q.outer_end : se].strip(" .")
        words = sum(1 for _ in itertools.islice(_WORD.finditer(text, q.start, q.end), _MAX_HEADING_WORDS + 1))
        end = se
        while end < len(text) and text[end] in " \t":
            end += 1
        return whole and words <= _MAX_HEADING_WORDS and (end >= len(text) or text[end] in "\r\n")
    return False
