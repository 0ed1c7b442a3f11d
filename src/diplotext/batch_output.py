"""The output of a ``diplotext batch`` run: formats, whole-line writes, and picking up after a stop.

Documents are written whole (one JSONL line, or all the CSV rows of one document, in one write)
and flushed, so a stopped run leaves a file that is valid up to its last whole line. ``--resume``
first cuts off what a stop may have left half-written, then reads the ids already there.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator, Mapping
from typing import IO, Any, Final

from diplotext.inputs import InputError
from diplotext.tables import EVENT_COLUMNS, QUOTE_COLUMNS, csv_text, event_rows, quote_rows

__all__ = [
    "FORMATS",
    "ResumeError",
    "format_document",
    "header",
    "open_output",
    "resume_point",
    "write_whole",
]

FORMATS: Final = ("jsonl", "events-csv", "quotes-csv")

_START = b'{"schema": "diplotext/'
_ID_AT_START = re.compile(rb'\{"schema": "diplotext/[^"]*", "id": ("(?:[^"\\]|\\.)*"|null)')


class ResumeError(InputError):
    """The output file cannot be resumed (not this format, or unreadable)."""


def header(fmt: str) -> str:
    """What a new output file starts with: the CSV header line, nothing for JSONL."""
    if fmt == "events-csv":
        return csv_text([EVENT_COLUMNS])
    if fmt == "quotes-csv":
        return csv_text([QUOTE_COLUMNS])
    return ""


def format_document(doc: Mapping[str, Any], fmt: str) -> str:
    """One output document (``Document.to_dict()``) as text in the given format, ending in ``\\n``
    (empty for a CSV format when the document has no rows)."""
    if fmt == "events-csv":
        return csv_text(event_rows(doc))
    if fmt == "quotes-csv":
        return csv_text(quote_rows(doc))
    return json.dumps(doc, ensure_ascii=False) + "\n"


def _jsonl_ids(fh: IO[bytes], name: str) -> tuple[set[str], int]:
    """The ids of the whole lines of a JSONL output, and where the last whole line ends."""
    done: set[str] = set()
    end = 0
    for lineno, line in enumerate(fh, 1):
        whole = line.endswith(b"\n")
        m = _ID_AT_START.match(line) if whole else None
        if not (m or (not whole and line[: len(_START)] == _START[: len(line)])):
            # written by something else: refuse rather than cut
            raise ResumeError(f"{name}:{lineno}: not a diplotext JSONL document; not resuming")
        if not whole:
            break  # a half-written last line
        end += len(line)
        got = json.loads(m.group(1)) if m else None
        if isinstance(got, str):
            done.add(got)
    return done, end


class _Lines:
    """Text lines of a binary file that remember how many bytes they have handed out."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.pos = 0
        self.partial = False

    def __iter__(self) -> Iterator[str]:
        for line in self.fh:
            if not line.endswith(b"\n"):
                self.partial = True
                return
            self.pos += len(line)
            yield line.decode("utf-8")


def _csv_ids(fh: IO[bytes], name: str, columns: tuple[str, ...]) -> tuple[set[str], int]:
    """The document ids of a CSV output and where to cut it: before the rows of its last document,
    which a stop may have left with some rows missing (it is done again)."""
    header_line = csv_text([columns])
    lines = _Lines(fh)
    reader = csv.reader(lines, strict=True)
    done: set[str] = set()
    last_id: str | None = None
    last_start = 0
    try:
        first = next(reader, None)
        if first is None:
            fh.seek(0)
            if not header_line.startswith(fh.read(len(header_line) + 1).decode("utf-8", "replace")):
                raise ResumeError(f"{name}: its header is not the one of this --format; not resuming")
            return done, 0
        if tuple(first) != columns:
            raise ResumeError(f"{name}: its header is not the one of this --format; not resuming")
        while True:
            start = lines.pos
            try:
                row = next(reader)
            except StopIteration:
                break
            if len(row) != len(columns):
                raise ResumeError(f"{name}: row {reader.line_num} has {len(row)} cells; not resuming")
            if row[0] != last_id:
                if last_id is not None:
                    done.add(last_id)
                last_id, last_start = row[0], start
    except csv.Error:
        pass  # a half-written last row: cut before its document
    except UnicodeDecodeError:
        raise ResumeError(f"{name}: not UTF-8 text; not resuming") from None
    return done, (last_start if last_id is not None else lines.pos)


def resume_point(path: str, fmt: str) -> tuple[set[str], int]:
    """Cut ``path`` back to its last whole document and return the ids it holds and how many bytes
    are kept. A missing or empty file gives ``(set(), 0)``."""
    if not os.path.exists(path):
        return set(), 0
    try:
        with open(path, "rb+") as fh:
            if fmt == "jsonl":
                done, end = _jsonl_ids(fh, path)
            else:
                columns = EVENT_COLUMNS if fmt == "events-csv" else QUOTE_COLUMNS
                done, end = _csv_ids(fh, path, columns)
            fh.truncate(end)
    except OSError as exc:
        raise ResumeError(f"{path}: {exc.strerror or exc}") from None
    return done, end


def open_output(path: str | None, fmt: str, *, resume: bool) -> tuple[IO[str], set[str]]:
    """The output stream (standard output when ``path`` is ``None``) and, with ``resume``, the ids
    already written. A new file gets the format's header; raises :class:`InputError` when the file
    cannot be written."""
    if path is None:
        import sys

        sys.stdout.write(header(fmt))
        return sys.stdout, set()
    done: set[str] = set()
    kept = 0
    if resume:
        done, kept = resume_point(path, fmt)
    try:
        out = open(path, "a" if kept else "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if not kept:
        out.write(header(fmt))
        out.flush()
    return out, done


def write_whole(out: IO[str], text: str) -> None:
    """Write one or more whole documents and flush them."""
    if text:
        out.write(text)
        out.flush()
