"""Reading input files and streams into records: ``.txt``, ``.json``, ``.jsonl``, ``.html``, stdin.

A file that cannot be read raises :class:`InputError` with a one-line message naming it. One bad
record in a JSONL stream does not stop the stream: it comes back as a :class:`BadRecord`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from diplotext.model import TIME_MODES

MAX_BYTES = 20_000_000
"""Largest input file read (bytes)."""


class InputError(Exception):
    """An input that cannot be read; ``str(exc)`` is a one-line message naming it."""


@attrs.frozen(kw_only=True)
class BadRecord:
    """A record in a stream that could not be used; it becomes a document with an ``errors`` entry."""

    id: str
    message: str


Record = Mapping[str, Any]


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (a BOM is dropped); binary data is refused; other encodings are read
    as Windows-1252, the usual culprit in scraped news."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _read_bytes(path: str, stream: BinaryIO | None) -> bytes:
    try:
        if stream is not None:
            data = stream.read(MAX_BYTES + 1)
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(f"{path}: is a directory")
            with p.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES:,} bytes")
    return data


def _check_record(obj: Any, where: str) -> Record:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: a record must be a JSON object, not {type(obj).__name__}")
    if not isinstance(obj.get("text"), str):
        raise ValueError(f'{where}: a record needs a string "text" field')
    for key in ("id", "title", "published", "dateline", "url", "source"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"{where}: field {key!r} must be a string or null")
    if obj.get("time_mode") is not None and obj["time_mode"] not in TIME_MODES:
        raise ValueError(f"{where}: field 'time_mode' must be one of {', '.join(TIME_MODES)} or null")
    return obj


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        first = text.lstrip().split("\n", 1)[0].strip()
        try:
            json.loads(first)
        except ValueError:
            return "json"
        rest = text.lstrip().split("\n", 1)
        return "jsonl" if len(rest) > 1 and rest[1].strip() else "json"
    if head == "<":
        return "html"
    return "txt"


@attrs.frozen
class Input:
    """One opened input: its name, how it is read, and its records (produced lazily)."""

    name: str
    kind: str
    """``txt``, ``html``, ``json`` or ``jsonl``: by the file's suffix, else by its content."""
    several: bool
    """A collection of records (JSONL, a JSON array), not one article: always the same for the same
    content, whether it comes from a file or from standard input."""
    records: Iterator[Record | BadRecord]


def open_input(path: str, stream: BinaryIO | None = None) -> Input:
    """Read one input (``-`` or a given stream means standard input); raises :class:`InputError`
    when it cannot be read (or is a JSON file that does not parse)."""
    name = "<stdin>" if path == "-" else path
    if path == "-" and stream is None:
        stream = sys.stdin.buffer
    text = decode(_read_bytes(name, stream), name)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    kind = {
        ".json": "json",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".txt": "txt",
        ".html": "html",
        ".htm": "html",
    }.get(suffix) or _sniff(text)
    data: Any = None
    if kind == "json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{name}: invalid JSON ({exc})") from None
    several = kind == "jsonl" or isinstance(data, list)
    return Input(name=name, kind=kind, several=several, records=_records_of(name, kind, text, data))


def read_records(path: str, stream: BinaryIO | None = None) -> Iterator[Record | BadRecord]:
    """The records in one input (``-`` or a given stream means standard input)."""
    yield from open_input(path, stream).records


def _records_of(name: str, kind: str, text: str, data: Any) -> Iterator[Record | BadRecord]:
    if kind == "txt":
        yield {"id": name, "text": text}
    elif kind == "html":
        from diplotext.html import html_record

        yield {"id": name, **html_record(text)}
    elif kind == "json":
        items = data if isinstance(data, list) else [data]
        for i, obj in enumerate(items):
            where = name if not isinstance(data, list) else f"{name}[{i}]"
            try:
                rec = _check_record(obj, where)
            except ValueError as exc:
                if not isinstance(data, list):
                    raise InputError(str(exc)) from None
                yield BadRecord(id=where, message=str(exc))
                continue
            yield {**rec, "id": rec.get("id") or where}
    else:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                rec = _check_record(json.loads(line), where)
            except ValueError as exc:
                msg = str(exc) if str(exc).startswith(where) else f"{where}: invalid JSON ({exc})"
                yield BadRecord(id=where, message=msg)
                continue
            yield {**rec, "id": rec.get("id") or where}
