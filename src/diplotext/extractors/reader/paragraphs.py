"""Splitting text into paragraph units: trimmed spans, one per paragraph.

A blank line always ends a paragraph. Inside a block, each line is its own paragraph (scraped pages
often put one paragraph per line), except that a hard-wrapped line is joined to the next: a line that
does not end a sentence and is followed by a line opening in lower case, or a long line (60+
characters) with no closing punctuation followed by a line that is not a bullet.
"""

from __future__ import annotations

import regex

from diplotext.extractors.reader.header import parse_date_line
from diplotext.model import Span
from diplotext.text import trim

__all__ = ["lines", "split_units"]

_LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_ENDS_SENTENCE = regex.compile(r"[.!?…:\"'”’)\]]\s*$")
_ENDS_CONTINUING = regex.compile(r"[,;\-–]\s*$")
_STARTS_LOWER = regex.compile(r"\s*\p{Ll}")
_BULLET = regex.compile(r"\s*(?:[•·▪►*\-–—]|\d{1,2}[.)])\s")

WRAP_WIDTH = 60
"""A line at least this long that does not end a sentence is taken as hard-wrapped."""


_BREAK_CHARS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
"""The characters ``_LINE_BREAK`` matches, which are those ``str.splitlines`` splits at ("\\r\\n" one
break in both)."""


def lines(text: str) -> list[Span]:
    """Every line of ``text`` as an untrimmed ``(start, end)`` span without its line break (the
    breaks of ``_LINE_BREAK``, found by ``str.splitlines``: the same breaks, several times faster)."""
    out: list[Span] = []
    pos = 0
    for piece in text.splitlines(True):
        if piece[-1] in _BREAK_CHARS:  # every piece but perhaps the last ends with its break
            n = len(piece)
            out.append((pos, pos + n - (2 if piece.endswith("\r\n") else 1)))
            pos += n
    out.append((pos, len(text)))
    return out


def _continues(text: str, line: Span, nxt: Span) -> bool:
    """Does ``nxt`` carry on the paragraph of ``line`` (hard wrapping)?"""
    cur = text[line[0] : line[1]]
    if _ENDS_SENTENCE.search(cur):
        return False
    following = text[nxt[0] : nxt[1]]
    if _BULLET.match(following):
        return False
    if _STARTS_LOWER.match(following) or _ENDS_CONTINUING.search(cur):
        return True
    # A long headline straight above its date line is not wrapped text.
    return len(cur.strip()) >= WRAP_WIDTH and parse_date_line(following) is None


def split_units(text: str) -> list[Span]:
    """The paragraphs of ``text`` as trimmed spans, in order."""
    units: list[Span] = []
    start: int | None = None
    prev: Span | None = None
    for span in lines(text):
        s, e = trim(text, *span)
        if e <= s:  # blank line: ends the paragraph
            if start is not None and prev is not None:
                units.append((start, prev[1]))
            start = prev = None
            continue
        if start is not None and prev is not None and not _continues(text, prev, (s, e)):
            units.append((start, prev[1]))
            start = None
        if start is None:
            start = s
        prev = (s, e)
    if start is not None and prev is not None:
        units.append((start, prev[1]))
    return units
