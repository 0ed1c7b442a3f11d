"""Quotation-mark pairing within paragraphs: straight and curly, double and single.

Rules (one left-to-right pass per paragraph, so linear in the text):

- ``“ „ «`` open and ``” »`` close a double quote; a straight ``"`` opens after a space, a line
  start, a bracket or a dash, and closes otherwise.
- two apostrophes (``''``) count as a straight double mark and two backquotes open one (the
  typewriter convention of some archives).
- single quotes (``‘ ’`` and ``'``) open only at a word start after a space or bracket and before
  a letter, and close only before a non-letter, so apostrophes never count: ``Russia's``,
  ``don't``, ``the '90s``, ``rock 'n' roll``. Single quotes inside a double quote are nested and
  not reported on their own.
- a mark that opens while another double quote is open restarts the quote there; when the open
  quote's words end a sentence right before it (``"A. "B."``, paragraphs of one quote run into one
  line) they are a quote of their own, else the earlier mark was stray; a closing mark with nothing
  open is ignored. An opening mark typed for a closing one (``“We won,“ she said``: after a word or
  a punctuation mark and before a space, while a quote is open) closes it.
- a quote still open at the end of a paragraph runs to the paragraph end when the next paragraph
  opens with a quotation mark (the news convention for a quote over several paragraphs), or when it
  opened the paragraph or followed a colon; otherwise the stray mark is dropped. A quote never runs
  past its paragraph, so an unbalanced mark cannot swallow the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

import attrs
import regex

from diplotext import runtime
from diplotext.asciitwin import ascii_twin
from diplotext.model import Span
from diplotext.quickinit import quick_init

__all__ = ["MAX_MARKS", "QuoteSpan", "find_quote_spans", "opens_with_quote", "paragraph_quotes"]

_MARK: Final = regex.compile(r"''|``|[\"“”„«»‘’']")
_MARK_ASCII: Final = re.compile(r"''|``|\"|'")
"""``_MARK`` for ASCII text, every branch opening with one character: ``re`` then skips to the
next mark at once (a third of the time)."""
_OPEN_DOUBLE: Final = frozenset("“„«")
_CLOSE_DOUBLE: Final = frozenset("”»")
_OPENERS_BEFORE: Final = frozenset("([{—–-/\u00a0")
_ELISIONS: Final = regex.compile(r"(?i:em|n|til|cause|tis|twas|bout|round)(?![\p{L}])")
_SENTENCE_END: Final = regex.compile(r"(?r)[.!?][)\]]?[ \t]+$")
"""A sentence ends right before a mark (searched in reverse: tried at the end of the window only)."""
_LEADING: Final = regex.compile(r"[\s(\[\-—–]*(?:``|[\"“„«‘'])")
_LEADING_ASCII: Final = ascii_twin(_LEADING)


MAX_MARKS: Final = 40_000
"""Most quotation marks read in one paragraph."""


@quick_init
@attrs.frozen
class QuoteSpan:
    """A paired quotation: the marks at ``open`` and ``close`` (``close`` is None when the quote
    runs to the paragraph end), and the words between them, ``start``-``end``."""

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int
    close_width: int = 1

    @property
    def outer_end(self) -> int:
        """End of the quote including its closing mark."""
        return self.close + self.close_width if self.close is not None else self.end


def _is_space(ch: str) -> bool:
    return ch.isspace()


def opens_with_quote(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` begin (after spaces and brackets) with an opening quotation mark?"""
    return (_LEADING_ASCII if text.isascii() else _LEADING).match(text, start, end) is not None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quote_spans(text: str, paragraphs: Sequence[Span]) -> list[QuoteSpan]:
    """Every top-level quotation in the paragraphs, in text order."""
    out: list[QuoteSpan] = []
    for index, (ps, pe) in enumerate(paragraphs):
        next_opens = index + 1 < len(paragraphs) and opens_with_quote(text, *paragraphs[index + 1])
        out.extend(paragraph_quotes(text, ps, pe, index, next_opens))
    return out


def paragraph_quotes(text: str, ps: int, pe: int, index: int, next_opens: bool) -> list[QuoteSpan]:
    """The quotations of one paragraph (``next_opens``: the next paragraph opens with a quote)."""
    return _pair(text, ps, pe, index, next_opens)


def _pair(text: str, ps: int, pe: int, index: int, next_opens: bool) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    dq: int | None = None  # position of the open double mark
    dq_width = 1
    sq: int | None = None  # position of the open single mark (top level only when dq is None)
    sq_nested = False
    found: Iterator[Any] = (_MARK_ASCII if text.isascii() else _MARK).finditer(text, ps, pe)
    for n, m in enumerate(found):
        if n >= MAX_MARKS:  # not prose: leave the rest of the paragraph unquoted
            runtime.warn(
                f"paragraph with more than {MAX_MARKS:,} quotation marks: the marks after that "
                "were not paired (count: paragraphs)"
            )
            break
        i = m.start()
        width = m.end() - i
        ch = '"' if m.group() == "''" else "“" if m.group() == "``" else text[i]
        prev = text[i - 1] if i > ps else " "
        nxt = text[m.end()] if m.end() < pe else " "
        if ch in "‘’'":
            at_open = (_is_space(prev) or prev in _OPENERS_BEFORE or prev in '"“„«') and nxt.isalpha()
            if ch == "'" and at_open and _ELISIONS.match(text, i + 1, min(pe, i + 8)):
                at_open = False
            if ch == "’" and not nxt.isalpha() and sq is not None:
                at_open = False
            if sq is None:
                if at_open and ch != "’":
                    sq, sq_nested = i, dq is not None
                continue
            # a single quote is open: close it on a mark followed by a non-letter
            if not nxt.isalnum() and not _is_space(prev):
                if not sq_nested and dq is None:
                    spans.append(QuoteSpan(sq, i, sq + 1, i, index))
                sq = None
            continue
        # double marks
        if ch in _OPEN_DOUBLE:
            # an opening mark typed for a closing one: '“We won,“ she said' (after a word, before a space)
            opening = dq is None or _is_space(prev) or not (_is_space(nxt) or m.end() >= pe)
        elif ch in _CLOSE_DOUBLE:
            # a closing mark typed for an opening one: '”Mr. Trump ...' at a paragraph start
            opening = dq is None and (i == ps or _is_space(prev)) and nxt.isalpha()
        else:
            opening = _is_space(prev) or prev in _OPENERS_BEFORE or i == ps
            if dq is not None and opening and (_is_space(nxt) or i + 1 >= pe):
                opening = False  # '... end "' : a closing mark after a space
        if opening:
            if dq is not None and _SENTENCE_END.search(text, dq + dq_width, i):
                # '"A. "B."': a quote over several paragraphs run into one; A ends at its sentence
                end = _trim_end(text, dq + dq_width, i)
                if end > dq + dq_width:
                    spans.append(QuoteSpan(dq, None, dq + dq_width, end, index))
            dq, dq_width = i, width
            sq = None
        elif dq is not None:
            spans.append(QuoteSpan(dq, i, dq + dq_width, i, index, width))
            dq = None
            sq = None
    if dq is not None:
        before = text[ps:dq].rstrip()
        if next_opens or not before or before.endswith(":"):
            end = _trim_end(text, dq + dq_width, pe)
            if end > dq + dq_width:
                spans.append(QuoteSpan(dq, None, dq + dq_width, end, index))
    elif sq is not None and not sq_nested and sq == ps and next_opens:
        end = _trim_end(text, sq + 1, pe)
        if end > sq + 1:
            spans.append(QuoteSpan(sq, None, sq + 1, end, index))
    spans.sort(key=lambda q: q.open)
    return spans
