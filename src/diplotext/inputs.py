"""Reading input files and streams into records: ``.txt``, ``.json``, ``.jsonl``, ``.html``, stdin.

A file that cannot be read raises :class:`InputError` with a one-line message naming it. One bad
record in a JSONL stream does not stop the stream: it comes back as a :class:`BadRecord`.
"""

from __future__ import annotations

import codecs
import json
import re
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


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
"""Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)."""

SNIFF_BYTES = 65_536
"""How much of the start of an input is looked at to tell text from binary data."""

MAX_CONTROL_SHARE = 0.01
"""Above this share of C0 control bytes (other than tab, newlines, form feed) the input is binary."""

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r") + b"\x7f"


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler for the Windows-1252 fallback: its five unassigned bytes are read
    as Latin-1 (the C1 control with the same number), so that decoding cannot fail."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("diplotext-latin1", _cp1252_or_latin1)


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(b) for b in _CONTROL_BYTES[1:])
    return controls > max(1, len(sample) * MAX_CONTROL_SHARE)


def decode_with_note(data: bytes, name: str) -> tuple[str, str | None]:
    """Bytes to text, and a note when some bytes could not be read as written (see
    docs/reliability.md, "Inputs and the decoding policy"):

    1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding and is dropped; bytes that
       do not decode are refused (:class:`InputError`);
    2. otherwise a NUL byte or more than 1% of control bytes in the first 64 KB: binary, refused;
    3. valid UTF-8 is UTF-8;
    4. UTF-8 with damage (as many well-formed multi-byte sequences as bad bytes) is UTF-8 with each
       bad byte read as U+FFFD, and the note says how many;
    5. anything else is Windows-1252 (Latin-1 for its five unassigned bytes), which never fails.

    Each step is linear in the size of the input.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), None
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: not {label} text despite its byte-order mark ({exc.reason} at byte "
                    f"{exc.start + len(bom)})"
                ) from None
    if _looks_binary(data[:SNIFF_BYTES]):
        hint = " (UTF-16 without a byte-order mark?)" if _utf16_without_bom(data[:SNIFF_BYTES]) else ""
        raise InputError(f"{name}: binary data, not a text file{hint}")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    given = data.count("\ufffd".encode())
    bad = text.count("\ufffd") - given
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad - given
    if multibyte >= bad:  # Windows-1252 text hardly ever holds a well-formed UTF-8 sequence
        return text, f"{name}: not valid UTF-8: {bad:,} bad byte(s) read as U+FFFD"
    return data.decode("cp1252", "diplotext-latin1"), None


def _utf16_without_bom(sample: bytes) -> bool:
    """Mostly ASCII with a NUL in every other byte: UTF-16 text that lost its byte-order mark."""
    half = len(sample) // 2
    return half > 0 and max(sample[0::2].count(0), sample[1::2].count(0)) > 0.8 * half


def decode(data: bytes, name: str) -> str:
    """Bytes to text by the decoding policy of :func:`decode_with_note` (the note is dropped)."""
    return decode_with_note(data, name)[0]


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


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: JSON's ``"\\ud800"`` escape reads as one, and no UTF-8 output can hold it."""


def _check_record(obj: Any, where: str) -> Record:
    """A JSON object checked as an input record; a lone surrogate in one of its strings is replaced
    by U+FFFD (one character for one, so offsets do not move) and noted in ``input_notes``."""
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: a record must be a JSON object, not {type(obj).__name__}")
    if not isinstance(obj.get("text"), str):
        raise ValueError(f'{where}: a record needs a string "text" field')
    for key in ("id", "title", "published", "dateline", "url", "source", "language"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"{where}: field {key!r} must be a string or null")
    if obj.get("time_mode") is not None and obj["time_mode"] not in TIME_MODES:
        raise ValueError(f"{where}: field 'time_mode' must be one of {', '.join(TIME_MODES)} or null")
    record: dict[str, Any] = {k: v for k, v in obj.items() if k != "input_notes"}  # ours only
    notes = []
    for key, value in obj.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            record[key], n = _SURROGATE.subn("\ufffd", value)
            notes.append(f"{where}: {n:,} lone surrogate(s) in field {key!r} read as U+FFFD")
    if notes:
        record["input_notes"] = notes
    return record


def _noted(record: Record, note: str | None) -> Record:
    """The record with ``note`` (about the file it came from) first among its ``input_notes``."""
    if note is None:
        return record
    return {**record, "input_notes": [note, *record.get("input_notes", ())]}


def _json_reason(exc: Exception) -> str:
    """Why JSON did not load: the parser's message, or "nested too deeply" (Python's parser
    recurses, and raises :class:`RecursionError` on ``[[[[...``)."""
    return "nested too deeply" if isinstance(exc, RecursionError) else str(exc)


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        first = text.lstrip().split("\n", 1)[0].strip()
        try:
            json.loads(first)
        except (ValueError, RecursionError):
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
    text, note = decode_with_note(_read_bytes(name, stream), name)
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
        except (ValueError, RecursionError) as exc:
            raise InputError(f"{name}: invalid JSON ({_json_reason(exc)})") from None
    several = kind == "jsonl" or isinstance(data, list)
    return Input(name=name, kind=kind, several=several, records=_records_of(name, kind, text, data, note))


def read_records(path: str, stream: BinaryIO | None = None) -> Iterator[Record | BadRecord]:
    """The records in one input (``-`` or a given stream means standard input)."""
    yield from open_input(path, stream).records


def _records_of(name: str, kind: str, text: str, data: Any, note: str | None) -> Iterator[Record | BadRecord]:
    if kind == "txt":
        yield _noted({"id": name, "text": text}, note)
    elif kind == "html":
        from diplotext.html import html_record

        yield _noted({"id": name, **html_record(text)}, note)
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
            yield _noted({**rec, "id": rec.get("id") or where}, note)
    else:
        # "\n" only: str.splitlines() would also cut at U+2028, U+0085..., which JSON strings may hold
        for lineno, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                rec = _check_record(json.loads(line), where)
            except (ValueError, RecursionError) as exc:
                msg = (
                    str(exc) if str(exc).startswith(where) else f"{where}: invalid JSON ({_json_reason(exc)})"
                )
                yield BadRecord(id=where, message=msg)
                continue
            yield _noted({**rec, "id": rec.get("id") or where}, note)
