"""The ``reader`` plugin: raw article text to an Article (placeholder: first line title, rest body)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from diplotext.hookspecs import hookimpl
from diplotext.model import Article, Span

_PARA = regex.compile(r"[^\n]+(?:\n[^\n]+)*")


@hookimpl(trylast=True)
def read_article(text: str, record: Mapping[str, Any]) -> Article:
    """Split the text into title and body paragraphs."""
    spans: list[Span] = []
    for m in _PARA.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    title = None
    title_span = None
    if spans and record.get("title") is None and len(spans) > 1:
        title_span = spans.pop(0)
        title = text[title_span[0] : title_span[1]]
    return Article(text=text, title=title, title_span=title_span, paragraphs=spans)
