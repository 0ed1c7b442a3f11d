"""The input article of :mod:`diplotext.model`: its text and the layout the reader found in it
(title, dateline, paragraphs, captions, boilerplate), with the options that go with it (publication
date, time mode). Import it from :mod:`diplotext.model`, which re-exports it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from diplotext.model_values import (
    Span,
    TimeMode,
    _published_from,
    _span_list,
    _spans,
    _time_mode,
    published_iso,
)

__all__ = ["Article"]


@attrs.frozen(kw_only=True)
class Article:
    """An input article: its text and the layout the reader found in it."""

    text: str = attrs.field(repr=False)
    id: str | None = None
    title: str | None = None
    title_span: Span | None = None
    published: dt.date | dt.datetime | None = attrs.field(default=None, converter=_published_from)
    dateline: str | None = None
    dateline_span: Span | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    captions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    boilerplate: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    time_mode: TimeMode | None = attrs.field(default=None, converter=_time_mode)
    """How the dates plugin resolves relative dates (``None``: its default, ``news``). An input
    option, like the publication date; not part of the output document."""
    text_in_output: bool = False
    """Put ``text`` in the output document: for input whose text the user does not have (an HTML
    page's article text, which the offsets index), so the offsets point somewhere."""
    _segments: tuple[Span, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @property
    def body(self) -> str:
        """The cleaned body: the paragraphs joined by a blank line."""
        return "\n\n".join(self.text[s:e] for s, e in self.paragraphs)

    @property
    def published_date(self) -> dt.date | None:
        """The publication date (the date part of a datetime), or ``None``."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published

    @property
    def segments(self) -> tuple[Span, ...]:
        """The spans extractors read, in text order: body paragraphs and captions (each once)."""
        got = self._segments
        if got is None:  # worked out once: every plugin asks
            got = tuple(sorted(set(self.paragraphs) | set(self.captions)))
            object.__setattr__(self, "_segments", got)
        return got

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def to_dict(self) -> dict[str, Any]:
        out = {
            "title": self.title,
            "published": published_iso(self.published),
            "dateline": self.dateline,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "body": self.body,
            "paragraphs": _span_list(self.paragraphs),
            "captions": _span_list(self.captions),
            "boilerplate": _span_list(self.boilerplate),
            "title_span": list(self.title_span) if self.title_span else None,
            "dateline_span": list(self.dateline_span) if self.dateline_span else None,
        }
        if self.text_in_output:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, text: str, id: str | None = None) -> Article:
        def opt_span(v: Any) -> Span | None:
            return (int(v[0]), int(v[1])) if v else None

        return cls(
            text=text,
            id=id,
            title=data.get("title"),
            title_span=opt_span(data.get("title_span")),
            published=data.get("published"),
            dateline=data.get("dateline"),
            dateline_span=opt_span(data.get("dateline_span")),
            source=data.get("source"),
            url=data.get("url"),
            language=data.get("language") or "en",
            paragraphs=data.get("paragraphs") or (),
            captions=data.get("captions") or (),
            boilerplate=data.get("boilerplate") or (),
            text_in_output="text" in data,
        )
