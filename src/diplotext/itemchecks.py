"""What the pipeline checks in every item a plugin returns, before it enters the document.

An item is kept when it is of the stage's type and its offsets point into the article text, with
``text[start:end]`` equal to its ``text`` (dates and quotes) and its cue and speaker spans inside
the text. :func:`problem` says what is wrong with one item, or ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from diplotext.model import Actor, Article, Event, Quote, Span, TemporalExpression

__all__ = ["article_problem", "problem"]


def _outside(spans: Iterable[Span | None], size: int) -> Span | None:
    for span in spans:
        if span is not None and not 0 <= span[0] <= span[1] <= size:
            return span
    return None


def _pair(start: int | None, end: int | None) -> Span | None:
    if start is None and end is None:
        return None
    if start is None or end is None:
        return (-1, -1)  # half a span: as bad as one outside the text
    return (start, end)


def problem(item: Any, kind: type, text: str) -> str | None:
    """Why ``item`` cannot enter the document (``None``: it can)."""
    if item is None:
        return "a None item"
    if not isinstance(item, kind):
        return f"a {type(item).__name__}, expected {kind.__name__}"
    size = len(text)
    if isinstance(item, (TemporalExpression, Quote)):  # a tuple: no union type built per item
        if not 0 <= item.start <= item.end <= size:
            return f"offsets {item.start}-{item.end} outside the text ({size} characters)"
        if text[item.start : item.end] != item.text:
            return f"text[{item.start}:{item.end}] is not its text {item.text[:40]!r}"
        if isinstance(item, Quote):
            bad = _outside(
                (_pair(item.cue_start, item.cue_end), _pair(item.speaker_start, item.speaker_end)), size
            )
            if bad is not None:
                return f"cue or speaker span {bad[0]}-{bad[1]} outside the text ({size} characters)"
        return None
    if isinstance(item, Actor):
        bad = _outside(item.mentions, size)
    elif isinstance(item, Event):
        bad = _outside(item.evidence, size)
    else:
        return None
    if bad is not None:
        return f"span {bad[0]}-{bad[1]} outside the text ({size} characters)"
    return None


def article_problem(article: Article) -> str | None:
    """Why a reader's article cannot stand (``None``: it can)."""
    spans = (*article.paragraphs, *article.captions, *article.boilerplate)
    bad = _outside((*spans, article.title_span, article.dateline_span), len(article.text))
    if bad is not None:
        return f"span {bad[0]}-{bad[1]} outside the text ({len(article.text)} characters)"
    return None
