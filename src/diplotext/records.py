"""One input record to one output document, whatever is wrong with the record.

Shared by the ways of running many articles (``diplotext batch``, the Spark functions): a
``published`` that is not ISO 8601 is left out with an ``errors`` entry (the article is still read),
and a pipeline that raises gives a document holding only the error, so one bad article never stops
a run.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diplotext.model import Document, TimeMode

__all__ = ["RECORD_FIELDS", "checked_document", "clean_value", "error_document"]

RECORD_FIELDS = ("id", "text", "title", "published", "dateline", "url", "source", "time_mode", "layout")
"""The record fields the pipeline reads; other fields of a record are ignored."""


def clean_value(value: Any) -> Any:
    """A record value as the pipeline takes it: missing values (``None``, NaN, pandas' NaT) become
    ``None``, timestamps and dates their ISO 8601 text."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ == "NaTType":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    isoformat = getattr(value, "isoformat", None)  # pandas.Timestamp, numpy datetime64 wrappers
    if callable(isoformat) and not isinstance(value, str):
        return isoformat()
    return value


def error_document(doc_id: str, stage: str, message: str) -> Document:
    """A document with no text and one error (the article could not be read at all)."""
    from diplotext.model import Article, Document, Error

    return Document(
        id=doc_id, article=Article(text=""), errors=[Error(plugin="diplotext", stage=stage, message=message)]
    )


def checked_document(
    record: Mapping[str, Any],
    *,
    default_published: str | None = None,
    default_time_mode: TimeMode | None = None,
    plugins: tuple[str, ...] | None = None,
    time_budget: float | None = None,
) -> Document:
    """Extract from ``record``; a bad ``published`` and a failing pipeline become ``errors`` entries
    (``time_budget``: seconds for the article, as in :func:`diplotext.extract`)."""
    import attrs

    from diplotext.model import Error
    from diplotext.model_values import _published_from
    from diplotext.pipeline import extract_record

    record = dict(record)
    doc_id = str(record.get("id") or "")
    if not isinstance(record.get("text"), str):
        return error_document(
            doc_id, "input", f"{doc_id or 'record'}: no text (the text field is missing or not a string)"
        )
    problems = []
    try:
        _published_from(record.get("published"))
    except (TypeError, ValueError):
        problems.append(
            Error(
                plugin="diplotext",
                stage="input",
                message=f"published: {record['published']!r} is not an ISO 8601 date or datetime; left out",
            )
        )
        record["published"] = None
    try:
        doc = extract_record(
            record,
            default_published=default_published,
            default_time_mode=default_time_mode,
            plugins=plugins,
            time_budget=time_budget,
        )
    except Exception as exc:
        return error_document(doc_id, "pipeline", f"{type(exc).__name__}: {exc}"[:500])
    return attrs.evolve(doc, errors=(*doc.errors, *problems)) if problems else doc
