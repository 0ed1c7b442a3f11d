"""Spark: a DataFrame of articles to output documents, or to one row per event or per quote.

Needs the ``spark`` extra (``pip install 'diplotext[spark]'``: pyspark, pandas, pyarrow) and a Java
runtime. Each function maps the DataFrame with ``mapInPandas``: a Python worker on an executor
loads the plugins on its first batch of rows and keeps them for the next ones, and every article
is read on its own (the pipeline keeps nothing from one article to the next), so the result does
not depend on how Spark partitions the rows.

    from diplotext.spark import extract_documents, explode_events

    docs = extract_documents(articles)          # id, document (JSON text), errors
    events = explode_events(docs)               # one row per event, typed columns

The input DataFrame needs ``id`` and ``text`` columns; ``published`` (an ISO 8601 string, a date or
a timestamp), ``title``, ``dateline``, ``url``, ``source``, ``time_mode`` and ``layout`` are read
when present, other columns ignored. See docs/scale.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypedDict, Unpack

import attrs

from diplotext.records import RECORD_FIELDS, checked_document, clean_value
from diplotext.tables import (
    DOUBLE_COLUMNS,
    EVENT_COLUMNS,
    INTEGER_COLUMNS,
    QUOTE_COLUMNS,
    event_rows,
    quote_rows,
)

if TYPE_CHECKING:
    from diplotext.model import TimeMode

__all__ = [
    "DOCUMENT_SCHEMA",
    "EVENT_SCHEMA",
    "QUOTE_SCHEMA",
    "Options",
    "explode_events",
    "explode_quotes",
    "extract_documents",
    "extract_events",
    "extract_frame",
    "extract_quotes",
]

_INTEGER_COLUMNS: Final = INTEGER_COLUMNS
_DOUBLE_COLUMNS: Final = DOUBLE_COLUMNS


def _schema(columns: Sequence[str]) -> str:
    def kind(column: str) -> str:
        if column in _INTEGER_COLUMNS:
            return "int"
        if column in _DOUBLE_COLUMNS:
            return "double"
        return "string"

    return ", ".join(f"`{column}` {kind(column)}" for column in columns)


DOCUMENT_COLUMNS: Final = ("id", "document", "errors")
DOCUMENT_SCHEMA: Final = "`id` string, `document` string, `errors` int"
"""``extract_documents``: the document as JSON text (exactly a line of ``diplotext batch``) and
the number of its ``errors`` entries."""
EVENT_SCHEMA: Final = _schema(EVENT_COLUMNS)
"""``extract_events`` / ``explode_events``: the columns of the ``events-csv`` format, typed."""
QUOTE_SCHEMA: Final = _schema(QUOTE_COLUMNS)
"""``extract_quotes`` / ``explode_quotes``: the columns of the ``quotes-csv`` format, typed."""


def _typed(columns: Sequence[str], row: Sequence[str]) -> list[Any]:
    """A CSV row of :mod:`diplotext.tables` with empty cells as nulls and numbers as numbers."""
    out: list[Any] = []
    for column, cell in zip(columns, row, strict=True):
        if cell == "":
            out.append(None)
        elif column in _INTEGER_COLUMNS:
            out.append(int(cell))
        elif column in _DOUBLE_COLUMNS:
            out.append(float(cell))
        else:
            out.append(cell)
    return out


def _document_row(data: Mapping[str, Any]) -> list[Any]:
    return [data.get("id"), json.dumps(data, ensure_ascii=False), len(data.get("errors") or ())]


def _event_rows(data: Mapping[str, Any]) -> list[list[Any]]:
    return [_typed(EVENT_COLUMNS, row) for row in event_rows(data)]


def _quote_rows(data: Mapping[str, Any]) -> list[list[Any]]:
    return [_typed(QUOTE_COLUMNS, row) for row in quote_rows(data)]


_OUTPUTS: Final[dict[str, tuple[Sequence[str], Callable[[Mapping[str, Any]], list[list[Any]]]]]] = {
    "documents": (DOCUMENT_COLUMNS, lambda data: [_document_row(data)]),
    "events": (EVENT_COLUMNS, _event_rows),
    "quotes": (QUOTE_COLUMNS, _quote_rows),
}


@attrs.frozen
class _Extract:
    """The function each executor runs over its batches (picklable: plain settings only)."""

    output: str
    plugins: tuple[str, ...] | None = None
    published: str | None = None
    time_mode: TimeMode | None = None

    def documents(self, records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            fields = {name: clean_value(record.get(name)) for name in RECORD_FIELDS}
            if fields["id"] is not None:
                fields["id"] = str(fields["id"])
            doc = checked_document(
                fields,
                default_published=self.published,
                default_time_mode=self.time_mode,
                plugins=self.plugins,
            )
            yield doc.to_dict()

    def __call__(self, frames: Iterable[Any]) -> Iterator[Any]:
        import pandas as pd

        columns, rows_of = _OUTPUTS[self.output]
        for frame in frames:
            rows = [row for data in self.documents(frame.to_dict("records")) for row in rows_of(data)]
            yield pd.DataFrame(rows, columns=list(columns))


@attrs.frozen
class _Explode:
    """Event or quote rows of documents already extracted (their JSON text)."""

    output: str
    column: str = "document"

    def __call__(self, frames: Iterable[Any]) -> Iterator[Any]:
        import pandas as pd

        columns, rows_of = _OUTPUTS[self.output]
        for frame in frames:
            rows = [
                row
                for text in frame[self.column]
                if isinstance(text, str)
                for row in rows_of(json.loads(text))
            ]
            yield pd.DataFrame(rows, columns=list(columns))


def _check_columns(df: Any, needed: Sequence[str]) -> None:
    missing = [name for name in needed if name not in df.columns]
    if missing:
        raise ValueError(
            f"the DataFrame has no {', '.join(missing)} column{'s' if len(missing) > 1 else ''} "
            f"(it has: {', '.join(df.columns) or 'none'})"
        )


def _map(df: Any, job: _Extract | _Explode, schema: str) -> Any:
    return df.mapInPandas(job, schema)


class Options(TypedDict, total=False):
    """The keyword arguments of the extract functions (those of ``diplotext batch``)."""

    plugins: Iterable[str] | None
    """The plugins to run, with their prerequisites (default: all installed)."""
    published: str | None
    """The publication date of articles that give none."""
    time_mode: TimeMode | None
    """How relative dates are resolved where an article has no ``time_mode``."""


def _settings(output: str, options: Options) -> _Extract:
    plugins = options.get("plugins")
    names = None if plugins is None else tuple(plugins)
    if names is not None:
        from diplotext.plugins import get_registry

        get_registry().closure(names)  # an unknown name fails here, on the driver
    return _Extract(output, names, options.get("published"), options.get("time_mode"))


def _extract(df: Any, output: str, options: Options) -> Any:
    _check_columns(df, ("id", "text"))
    job = _settings(output, options)
    return _map(
        df, job, {"documents": DOCUMENT_SCHEMA, "events": EVENT_SCHEMA, "quotes": QUOTE_SCHEMA}[output]
    )


def extract_documents(df: Any, **options: Unpack[Options]) -> Any:
    """A DataFrame of articles to ``id, document, errors`` (:data:`DOCUMENT_SCHEMA`), one row each.

    ``plugins`` names the plugins to run (default: all installed); ``published`` stands in for
    articles with no publication date; ``time_mode`` for those with no ``time_mode`` column value.
    """
    return _extract(df, "documents", options)


def extract_events(df: Any, **options: Unpack[Options]) -> Any:
    """A DataFrame of articles to one row per event (:data:`EVENT_SCHEMA`)."""
    return _extract(df, "events", options)


def extract_quotes(df: Any, **options: Unpack[Options]) -> Any:
    """A DataFrame of articles to one row per quote (:data:`QUOTE_SCHEMA`)."""
    return _extract(df, "quotes", options)


def explode_events(documents: Any, *, column: str = "document") -> Any:
    """The output of :func:`extract_documents` (or any DataFrame with a document JSON column) to
    one row per event, without extracting again."""
    _check_columns(documents, (column,))
    return _map(documents, _Explode("events", column), EVENT_SCHEMA)


def explode_quotes(documents: Any, *, column: str = "document") -> Any:
    """The output of :func:`extract_documents` to one row per quote, without extracting again."""
    _check_columns(documents, (column,))
    return _map(documents, _Explode("quotes", column), QUOTE_SCHEMA)


def extract_frame(frame: Any, output: str = "documents", **options: Unpack[Options]) -> Any:
    """The same on a pandas DataFrame (no Spark needed): what each Spark executor runs on a batch.

    ``output`` is ``documents``, ``events`` or ``quotes``.
    """
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}, not {output!r}")
    _check_columns(frame, ("id", "text"))
    return next(iter(_settings(output, options)([frame])))
