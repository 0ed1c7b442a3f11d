"""How ``diplotext extract`` writes its documents: pretty JSON, a JSON array, JSONL, CSV rows, or
the human-readable summary.

``json`` is one pretty document when the input is one article (a text or HTML file, a JSON object),
and a JSON array of pretty documents when it is several (several paths, JSONL, a JSON array): the
output is always one valid JSON value. The array is written as the documents come (nothing is held
back) and equals ``json.dumps(documents, ensure_ascii=False, indent=2)``.
"""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Final

if TYPE_CHECKING:
    from diplotext.model import Document

__all__ = ["FORMATS", "DocumentWriter"]

FORMATS: Final = ("json", "jsonl", "events-csv", "quotes-csv")
"""The ``--format`` values of ``diplotext extract``."""

_INDENT: Final = "  "


class DocumentWriter:
    """Writes documents to ``out`` in ``fmt`` (one of :data:`FORMATS`, or ``summary``); ``several``
    makes ``json`` a JSON array. Call :meth:`close` at the end (it ends the array)."""

    def __init__(self, out: IO[str], fmt: str, *, several: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.array = fmt == "json" and several
        self.count = 0
        if fmt in ("events-csv", "quotes-csv"):
            from diplotext.tables import EVENT_COLUMNS, QUOTE_COLUMNS, csv_text

            out.write(csv_text([EVENT_COLUMNS if fmt == "events-csv" else QUOTE_COLUMNS]))

    def write(self, doc: Document) -> None:
        """Write one document."""
        self.out.write(self._text(doc))
        self.count += 1

    def _text(self, doc: Document) -> str:
        if self.fmt == "summary":
            from diplotext.summary import summarize

            return ("\n" if self.count else "") + summarize(doc) + "\n"
        if self.fmt in ("events-csv", "quotes-csv"):
            from diplotext.tables import csv_text, event_rows, quote_rows

            rows = event_rows if self.fmt == "events-csv" else quote_rows
            return csv_text(rows(doc.to_dict()))
        if self.fmt == "jsonl":
            return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"
        pretty = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
        if not self.array:
            return pretty + "\n"
        # inside the array: one level deeper (a JSON string holds no raw line break, so every line
        # of the pretty text is a line of the layout)
        nested = "\n".join(_INDENT + line for line in pretty.split("\n"))
        return ("[\n" if not self.count else ",\n") + nested

    def close(self) -> None:
        """End the output: close the JSON array (``[]`` when there was no document)."""
        if self.array:
            self.out.write("\n]\n" if self.count else "[]\n")
