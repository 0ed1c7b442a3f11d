"""Flat tables of an output document: one row per event or per quote, for the CSV formats.

Scalars go in their own columns (empty for ``null``); nested values (roles, attributes, evidence)
are compact JSON in one cell. The columns are documented in ``docs/scale.md`` and never renamed or
dropped: new ones are added at the end.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

__all__ = ["EVENT_COLUMNS", "QUOTE_COLUMNS", "csv_text", "event_rows", "quote_rows"]

EVENT_COLUMNS: Final = (
    "doc_id",
    "published",
    "event_id",
    "type",
    "code",
    "date",
    "place",
    "status",
    "confidence",
    "plugin",
    "start",
    "end",
    "roles",
    "attributes",
    "evidence",
)
"""``events-csv``: ``start``/``end`` span all the evidence; ``status`` repeats ``attributes.status``."""

QUOTE_COLUMNS: Final = (
    "doc_id",
    "published",
    "quote_id",
    "kind",
    "speaker",
    "speaker_id",
    "cue",
    "start",
    "end",
    "cue_start",
    "cue_end",
    "plugin",
    "text",
)
"""``quotes-csv``: ``quote_id`` is ``q1``, ``q2``... in the document's order (by offset)."""

Row = list[str]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _article_cells(doc: Mapping[str, Any]) -> tuple[str, str]:
    article = doc.get("article") or {}
    return _cell(doc.get("id")), _cell(article.get("published"))


def event_rows(doc: Mapping[str, Any]) -> list[Row]:
    """One row per event of an output document (``Document.to_dict()``), in ``EVENT_COLUMNS`` order."""
    doc_id, published = _article_cells(doc)
    rows = []
    for event in doc.get("events") or ():
        evidence: Sequence[Sequence[int]] = event.get("evidence") or ()
        attributes = event.get("attributes") or {}
        rows.append(
            [
                doc_id,
                published,
                _cell(event.get("id")),
                _cell(event.get("type")),
                _cell(event.get("code")),
                _cell(event.get("date")),
                _cell(event.get("place")),
                _cell(attributes.get("status")),
                _cell(event.get("confidence")),
                _cell(event.get("plugin")),
                _cell(min((s for s, _ in evidence), default=None)),
                _cell(max((e for _, e in evidence), default=None)),
                _cell(event.get("roles") or {}),
                _cell(attributes),
                _cell([list(span) for span in evidence]),
            ]
        )
    return rows


def quote_rows(doc: Mapping[str, Any]) -> list[Row]:
    """One row per quote of an output document, in ``QUOTE_COLUMNS`` order."""
    doc_id, published = _article_cells(doc)
    return [
        [
            doc_id,
            published,
            f"q{n}",
            _cell(quote.get("kind")),
            _cell(quote.get("speaker")),
            _cell(quote.get("speaker_id")),
            _cell(quote.get("cue")),
            _cell(quote.get("start")),
            _cell(quote.get("end")),
            _cell(quote.get("cue_start")),
            _cell(quote.get("cue_end")),
            _cell(quote.get("plugin")),
            _cell(quote.get("text")),
        ]
        for n, quote in enumerate(doc.get("quotes") or (), 1)
    ]


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV text (RFC 4180 quoting, ``\\n`` line ends; a cell may hold a quoted newline)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue()
