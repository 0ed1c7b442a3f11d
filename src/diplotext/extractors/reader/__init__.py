"""The ``reader`` plugin: raw article text to an :class:`~diplotext.model.Article`.

It finds the title line, the date line (publication date, time and zone, and a dateline place:
"... - NEW DELHI", "Belgrade, 3 March 2008"), a dateline opening the first body paragraph
("MOSCOW, Sept 12 (Reuters) -"; with a year, its date is the publication date when the header
gives none), photo captions (each kept once; spans the record's ``captions`` gives are captions) and
boilerplate (sign-up, paywall, newsletter, comment and share blocks), and splits the body into
paragraphs. Every result is a span into the input text.

The hook is ``trylast``, so a third-party reader registered as a plugin takes precedence. See
``docs/reader.md`` for the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

from diplotext import runtime
from diplotext.datelines import date_in
from diplotext.extractors.reader.boilerplate import is_boilerplate, is_tail_filler, stems_in
from diplotext.extractors.reader.captions import is_caption
from diplotext.extractors.reader.header import (
    byline_place,
    find_dateline,
    is_byline,
    looks_like_title,
    parse_date_line,
)
from diplotext.extractors.reader.paragraphs import split_units
from diplotext.hookspecs import hookimpl
from diplotext.model import Article, Span
from diplotext.text import trim

__all__ = ["read", "read_article"]

MAX_HEADER_LINES = 8
"""How many short lines after the title may still be header (date lines, bylines)."""

MIN_DUPLICATE = 30
"""Shortest paragraph (characters) whose repetition is dropped as a duplicate."""

Kind = Literal["body", "caption", "boilerplate", "duplicate"]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _merge(spans: list[Span], text: str) -> list[Span]:
    """Join spans separated only by whitespace."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


class _Header:
    def __init__(self) -> None:
        self.title: str | None = None
        self.title_span: Span | None = None
        self.published: dt.date | dt.datetime | None = None
        self.from_updated = False
        self.dateline: str | None = None
        self.dateline_span: Span | None = None

    def take_date_line(self, line: str, start: int) -> bool:
        got = parse_date_line(line, start)
        if got is None:
            return False
        if got.published is not None and (self.published is None or (self.from_updated and not got.updated)):
            self.published = got.published
            self.from_updated = got.updated
        if got.dateline is not None and self.dateline is None:
            self.dateline, self.dateline_span = got.dateline, got.dateline_span
        return True


def given_captions(record: Mapping[str, Any], text: str) -> list[Span]:
    """The record's ``captions`` (spans an input reader found, e.g. an HTML page's ``<figcaption>``),
    keeping only well-formed spans inside the text."""
    value = record.get("captions")
    if not isinstance(value, list | tuple):
        return []
    out: list[Span] = []
    for item in value:
        if (
            isinstance(item, list | tuple)
            and len(item) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in item)
            and 0 <= item[0] < item[1] <= len(text)
        ):
            out.append((item[0], item[1]))
    return out


def _within(span: Span, spans: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _read_header(
    text: str, units: list[Span], given_title: Any, captions: list[Span] | None = None
) -> tuple[_Header, int]:
    """The header fields and the index of the first unit after the header."""
    head = _Header()
    if not units or (captions and _within(units[0], captions)):
        return head, 0
    i = 0
    s, e = units[0]
    first = text[s:e]
    if "\n" not in first and head.take_date_line(first, s):
        i = 1
    elif isinstance(given_title, str) and given_title.strip():
        if _norm(first) == _norm(given_title):
            i = 1  # the given title stands at the top: not body
    elif len(units) > 1 and looks_like_title(first):
        head.title, head.title_span = first, (s, e)
        i = 1
    while 0 < i < min(len(units), MAX_HEADER_LINES + 1):
        s, e = units[i]
        line = text[s:e]
        if "\n" in line:
            break
        if head.take_date_line(line, s) or is_byline(line):
            filed = byline_place(line, s) if head.dateline is None and is_byline(line) else None
            if filed is not None:
                head.dateline, head.dateline_span = filed  # "By Jane Smith, Abuja": filed from there
            i += 1
            continue
        break
    return head, i


def _classify(text: str, units: list[Span], first: int, captions: list[Span] | None = None) -> list[Kind]:
    kinds: list[Kind] = []
    seen: set[str] = set()
    stems = stems_in(text)  # the furniture stems of the whole text: a block holds no other
    for s, e in units[first:]:
        if captions and _within((s, e), captions):
            kinds.append("caption")
            continue
        chunk = text[s:e]
        key = _norm(chunk) if e - s >= MIN_DUPLICATE else None
        if key is not None and key in seen:
            kinds.append("duplicate")
            continue
        if key is not None:
            seen.add(key)
        if is_caption(chunk):
            kinds.append("caption")
        elif is_boilerplate(chunk, stems):
            kinds.append("boilerplate")
        else:
            kinds.append("body")
    # The tail: from the first boilerplate block after which only boilerplate, duplicates,
    # captions and short fragments follow, everything is boilerplate.
    tail: int | None = None
    for k in range(len(kinds) - 1, -1, -1):
        kind = kinds[k]
        if kind == "boilerplate":
            tail = k
        elif kind == "body" and not is_tail_filler(text[units[first + k][0] : units[first + k][1]], stems):
            break
    if tail is not None:
        for k in range(tail, len(kinds)):
            if kinds[k] != "duplicate":
                kinds[k] = "boilerplate"
    return kinds


def read(text: str, record: Mapping[str, Any] | None = None) -> Article:
    """Read one article: header, dateline, paragraphs, captions and boilerplate."""
    record = record or {}
    units = split_units(text)
    if record.get("layout") == "body":
        return Article(text=text, paragraphs=units)

    captions_given = given_captions(record, text)
    head, first = _read_header(text, units, record.get("title"), captions_given)
    kinds = _classify(text, units, first, captions_given)
    repeats = kinds.count("duplicate")
    if repeats:
        runtime.warn(
            f"repeated paragraphs dropped (the same words as an earlier paragraph of {MIN_DUPLICATE}+ "
            "characters; count: paragraphs)",
            count=repeats,
        )
    paragraphs: list[Span] = []
    captions: list[Span] = []
    removed: list[Span] = []
    dateline_checked = False
    for (start, stop), kind in zip(units[first:], kinds, strict=True):
        s, e = start, stop
        if kind == "caption":
            captions.append((s, e))
        elif kind in ("boilerplate", "duplicate"):
            removed.append((s, e))
        else:
            if not dateline_checked:
                dateline_checked = True
                found = find_dateline(text, s, e)
                if found is not None:
                    place, place_span, body_start = found
                    if head.dateline is None:
                        head.dateline, head.dateline_span = place, place_span
                    if head.published is None:  # "BELGRADE, March 3, 2008 (AFP) -": the date, with its year
                        head.published = date_in(text[s:body_start])
                    s, e = trim(text, body_start, e)
                    if s >= e:  # the dateline stood alone: the body starts at the next paragraph
                        continue
            paragraphs.append((s, e))
    return Article(
        text=text,
        title=head.title,
        title_span=head.title_span,
        published=head.published,
        dateline=head.dateline,
        dateline_span=head.dateline_span,
        paragraphs=paragraphs,
        captions=captions,
        boilerplate=_merge(removed, text),
    )


@hookimpl(trylast=True)
def read_article(text: str, record: Mapping[str, Any]) -> Article:
    """The built-in reader (``trylast``: another plugin's reader wins)."""
    return read(text, record)
