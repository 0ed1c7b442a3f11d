"""Flat tables of an output document: one record per event, quote, actor or date.

A record is a flat dict (column -> ``str``, ``int``, ``float`` or ``None``): nested values (roles,
attributes, evidence spans) are compact JSON text in one column. Records feed
``Document.to_records()`` (and so ``pandas.DataFrame``), the ``events-csv`` and ``quotes-csv``
formats of ``diplotext extract`` and ``diplotext batch`` (the same columns, ``null`` as an empty
cell) and the Spark functions. The columns are documented in ``docs/output.md`` and never renamed or
dropped: new ones are added at the end.

Everything is read off the output document (``Document.to_dict()``) alone, so a table made from a
stored JSONL line equals one made at extraction time; ``evidence_text`` is cut from the document's
``body`` (evidence in a caption, which the body leaves out, is not in it).
"""

from __future__ import annotations

import bisect
import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, TypeAlias

__all__ = [
    "ACTOR_COLUMNS",
    "DATE_COLUMNS",
    "DOUBLE_COLUMNS",
    "EVENT_COLUMNS",
    "EVIDENCE_JOINER",
    "INTEGER_COLUMNS",
    "QUOTE_COLUMNS",
    "TABLES",
    "Cell",
    "actor_records",
    "csv_text",
    "date_records",
    "dyad",
    "event_records",
    "event_rows",
    "quote_records",
    "quote_rows",
    "records",
]

Cell: TypeAlias = str | int | float | None
Record: TypeAlias = dict[str, Cell]
Row = list[str]

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
    "plover",
    "source_actor",
    "source_country",
    "target_actor",
    "target_country",
    "evidence_text",
)
"""``events-csv``: ``start``/``end`` span all the evidence; ``status`` and ``plover`` repeat
``attributes.status`` and ``attributes.plover``; the source and target (who does what to whom, as
in ICEWS and GDELT) are read off the roles (see :func:`dyad`)."""

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
    "speaker_country",
    "speaker_start",
    "speaker_end",
)
"""``quotes-csv``: ``quote_id`` is ``q1``, ``q2``... in the document's order (by offset);
``speaker_country`` is the country of the speaker's actor."""

ACTOR_COLUMNS: Final = (
    "doc_id",
    "published",
    "actor_id",
    "name",
    "kind",
    "country",
    "roles",
    "aliases",
    "mentions",
    "mention_count",
    "start",
    "plugin",
)
"""``to_records("actors")``: ``roles``, ``aliases`` and ``mentions`` are JSON lists; ``start`` is
the first mention's."""

DATE_COLUMNS: Final = (
    "doc_id",
    "published",
    "text",
    "start",
    "end",
    "type",
    "value",
    "mod",
    "quant",
    "freq",
    "anchor",
    "range_begin",
    "range_end",
    "plugin",
)
"""``to_records("dates")``: one record per temporal expression (TIMEX3 attributes)."""

INTEGER_COLUMNS: Final = frozenset(
    {"start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end", "mention_count"}
)
DOUBLE_COLUMNS: Final = frozenset({"confidence"})

EVIDENCE_JOINER: Final = " … "
"""Between the evidence sentences of ``evidence_text``."""

_SOURCE_FIRST: Final = frozenset({"requested", "demanded", "pending"})
"""Extradition statuses whose act is the requesting state's; the others are the requested state's."""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _flat(value: Any) -> Cell:
    """A value as a record cell: scalars as they are, booleans as ``true``/``false``, nested
    values as compact JSON text."""
    if value is None or (isinstance(value, str | int | float) and not isinstance(value, bool)):
        return value
    return _cell(value)


def _article_cells(doc: Mapping[str, Any]) -> tuple[str | None, str | None]:
    article = doc.get("article") or {}
    return doc.get("id"), article.get("published")


def _body_cutter(doc: Mapping[str, Any]) -> Callable[[int, int], str | None]:
    """``(start, end)`` in the input text -> that text, cut from the document's body (the
    paragraphs joined by a blank line); ``None`` for a span not inside one paragraph."""
    article = doc.get("article") or {}
    body: str = article.get("body") or ""
    paragraphs = [(int(s), int(e)) for s, e in article.get("paragraphs") or ()]
    starts = [s for s, _ in paragraphs]
    at: list[int] = []
    pos = 0
    for s, e in paragraphs:
        at.append(pos)
        pos += e - s + 2

    def cut(start: int, end: int) -> str | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > paragraphs[i][1]:
            return None
        offset = at[i] - paragraphs[i][0]
        return body[start + offset : end + offset]

    return cut


def _joined(value: Any) -> str | None:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value if v) or None
    return None if value in (None, "") else str(value)


def _country(value: Any) -> str | None:
    """A role value that is a state's code (``"POL"``), else ``None`` (a tribunal, a name)."""
    if not isinstance(value, str) or len(value) != 3 or not value.isupper():
        return None
    from diplotext.geo import country_name

    return value if country_name(value) else None


def dyad(event: Mapping[str, Any]) -> tuple[str | None, str | None, str | None, str | None]:
    """``(source_actor, source_country, target_actor, target_country)`` of an event: who does it
    to whom. A visit: the visitor and their state, to the people met and the host state. An
    extradition dispute: the requesting state to the requested state while the request is open
    (``requested``, ``pending``), the requested state to the requesting one once it has acted
    (``granted``, ``completed``, ``refused``). Another type: its roles ``source``/``target`` and
    ``source_state``/``target_state`` (or ``source_country``/``target_country``) when it has them."""
    roles = event.get("roles") or {}
    kind = event.get("type")
    if kind == "visit":
        return (
            _joined(roles.get("visitor")),
            _joined(roles.get("visitor_state")),
            _joined(roles.get("met")),
            _joined(roles.get("host_state")),
        )
    if kind == "extradition_dispute":
        asking, asked = _joined(roles.get("requesting_state")), _joined(roles.get("requested_state"))
        status = (event.get("attributes") or {}).get("status")
        if status not in _SOURCE_FIRST:
            asking, asked = asked, asking
        return asking, _country(asking), asked, _country(asked)
    return (
        _joined(roles.get("source")),
        _joined(roles.get("source_state") or roles.get("source_country")),
        _joined(roles.get("target")),
        _joined(roles.get("target_state") or roles.get("target_country")),
    )


def event_records(doc: Mapping[str, Any]) -> list[Record]:
    """One record per event of an output document (``Document.to_dict()``), in ``EVENT_COLUMNS``."""
    doc_id, published = _article_cells(doc)
    cut = _body_cutter(doc)
    out = []
    for event in doc.get("events") or ():
        evidence: Sequence[Sequence[int]] = event.get("evidence") or ()
        attributes = event.get("attributes") or {}
        pieces = (cut(int(s), int(e)) for s, e in evidence)
        evidence_text = EVIDENCE_JOINER.join(" ".join(p.split()) for p in pieces if p and p.strip())
        values = (
            doc_id,
            published,
            event.get("id"),
            event.get("type"),
            event.get("code"),
            event.get("date"),
            event.get("place"),
            attributes.get("status"),
            event.get("confidence"),
            event.get("plugin"),
            min((s for s, _ in evidence), default=None),
            max((e for _, e in evidence), default=None),
            _cell(event.get("roles") or {}),
            _cell(attributes),
            _cell([list(span) for span in evidence]),
            attributes.get("plover"),
            *dyad(event),
            evidence_text or None,
        )
        out.append(dict(zip(EVENT_COLUMNS, map(_flat, values), strict=True)))
    return out


def quote_records(doc: Mapping[str, Any]) -> list[Record]:
    """One record per quote of an output document, in ``QUOTE_COLUMNS``."""
    doc_id, published = _article_cells(doc)
    countries = {a.get("id"): a.get("country") for a in doc.get("actors") or ()}
    out = []
    for n, quote in enumerate(doc.get("quotes") or (), 1):
        values = (
            doc_id,
            published,
            f"q{n}",
            quote.get("kind"),
            quote.get("speaker"),
            quote.get("speaker_id"),
            quote.get("cue"),
            quote.get("start"),
            quote.get("end"),
            quote.get("cue_start"),
            quote.get("cue_end"),
            quote.get("plugin"),
            quote.get("text"),
            countries.get(quote.get("speaker_id")),
            quote.get("speaker_start"),
            quote.get("speaker_end"),
        )
        out.append(dict(zip(QUOTE_COLUMNS, map(_flat, values), strict=True)))
    return out


def actor_records(doc: Mapping[str, Any]) -> list[Record]:
    """One record per actor of an output document, in ``ACTOR_COLUMNS``."""
    doc_id, published = _article_cells(doc)
    out = []
    for actor in doc.get("actors") or ():
        mentions = [list(span) for span in actor.get("mentions") or ()]
        values = (
            doc_id,
            published,
            actor.get("id"),
            actor.get("name"),
            actor.get("kind"),
            actor.get("country"),
            _cell(list(actor.get("roles") or ())),
            _cell(list(actor.get("aliases") or ())),
            _cell(mentions),
            len(mentions),
            min((s for s, _ in mentions), default=None),
            actor.get("plugin"),
        )
        out.append(dict(zip(ACTOR_COLUMNS, map(_flat, values), strict=True)))
    return out


def date_records(doc: Mapping[str, Any]) -> list[Record]:
    """One record per temporal expression of an output document, in ``DATE_COLUMNS``."""
    doc_id, published = _article_cells(doc)
    out = []
    for date in doc.get("dates") or ():
        span = date.get("range") or {}
        values = (
            doc_id,
            published,
            *(
                date.get(k)
                for k in ("text", "start", "end", "type", "value", "mod", "quant", "freq", "anchor")
            ),
            span.get("begin"),
            span.get("end"),
            date.get("plugin"),
        )
        out.append(dict(zip(DATE_COLUMNS, map(_flat, values), strict=True)))
    return out


TABLES: Final[dict[str, tuple[tuple[str, ...], Callable[[Mapping[str, Any]], list[Record]]]]] = {
    "events": (EVENT_COLUMNS, event_records),
    "quotes": (QUOTE_COLUMNS, quote_records),
    "actors": (ACTOR_COLUMNS, actor_records),
    "dates": (DATE_COLUMNS, date_records),
}
"""Table name -> its columns and the function giving its records."""


def records(doc: Mapping[str, Any], table: str) -> list[Record]:
    """The records of one table (``events``, ``quotes``, ``actors`` or ``dates``) of a document."""
    try:
        _, make = TABLES[table]
    except KeyError:
        raise ValueError(f"no table {table!r}: one of {', '.join(TABLES)}") from None
    return make(doc)


def _rows(recs: Iterable[Record]) -> list[Row]:
    return [[_cell(v) for v in rec.values()] for rec in recs]


def event_rows(doc: Mapping[str, Any]) -> list[Row]:
    """One CSV row per event of an output document, in ``EVENT_COLUMNS`` order."""
    return _rows(event_records(doc))


def quote_rows(doc: Mapping[str, Any]) -> list[Row]:
    """One CSV row per quote of an output document, in ``QUOTE_COLUMNS`` order."""
    return _rows(quote_records(doc))


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV text (RFC 4180 quoting, ``\\n`` line ends; a cell may hold a quoted newline)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue()
