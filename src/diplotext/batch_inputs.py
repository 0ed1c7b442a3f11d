"""The articles of a ``diplotext batch`` run: folders, globs and files, index metadata, stable ids.

Each INPUT is a folder (searched recursively for article files), a glob (quoted, so the shell leaves
it alone) or a file. The articles come out as small picklable *tasks*, in a fixed order (INPUTs as
given; inside a folder, entries sorted by name), one at a time, so a corpus of any size is never held
in memory:

- a ``.txt`` / ``.html`` file is a :class:`FileTask`: the worker reads it;
- each line of a ``.jsonl`` file is read here as it comes, and becomes a :class:`RecordTask`;
- a ``.json`` file (one record or a list of them; at most ``inputs.MAX_BYTES``) is read here too;
- what cannot be used becomes a :class:`BadTask`, and so a document with an ``errors`` entry.

Every document gets a stable ``id``: the record's own, else the file's path relative to the *root*,
the deepest folder holding every INPUT (``a.jsonl:12`` for line 12 of a JSONL file).
"""

from __future__ import annotations

import csv
import glob
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple

import attrs

from diplotext.inputs import (
    MAX_BYTES,
    BadRecord,
    InputError,
    _check_record,
    _json_reason,
    _noted,
    decode_with_note,
    read_records,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "INDEX_FIELDS",
    "BadTask",
    "FileTask",
    "RecordTask",
    "Source",
    "Task",
    "count_articles",
    "read_index",
    "resolve_inputs",
    "tasks",
]

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm")
"""File names a folder or a glob is searched for (case as written: ``README.TXT`` is left out)."""

INDEX_FIELDS = ("published", "title", "url", "dateline", "source")
"""The ``--index`` columns applied to articles (besides ``file``); other columns are ignored."""

_GLOB_CHARS = frozenset("*?[")
_ONE_ARTICLE = (".txt", ".html", ".htm")
_STREAMED = (".jsonl", ".ndjson")


class FileTask(NamedTuple):
    """One file holding one article, read by the worker."""

    id: str
    path: str
    meta: Mapping[str, str]
    """Index metadata: given fields, they win over what the reader finds in the file."""


class RecordTask(NamedTuple):
    """One input record, its ``id`` set and index metadata already applied."""

    record: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.record["id"])


class BadTask(NamedTuple):
    """An input that could not be used: it becomes a document with one ``errors`` entry."""

    id: str
    message: str


Task = FileTask | RecordTask | BadTask


@attrs.frozen
class Source:
    """One INPUT: a folder, a glob (with its matches) or a file, and the folder it starts from."""

    arg: str
    kind: Literal["dir", "glob", "file"]
    base: str
    matches: tuple[str, ...] = ()


def _has_magic(text: str) -> bool:
    return any(c in _GLOB_CHARS for c in text)


def _glob_base(pattern: str) -> str:
    """The folder a glob starts from: its leading parts without wildcards."""
    parts = Path(pattern).parts
    lead: list[str] = []
    for part in parts[:-1]:
        if _has_magic(part):
            break
        lead.append(part)
    return os.path.abspath(os.path.join(*lead) if lead else ".")


def resolve_inputs(args: Sequence[str]) -> tuple[list[Source], str]:
    """The sources the INPUT arguments name and the root ids are relative to.

    Raises :class:`InputError` (a one-line message) for a missing input, a glob that matches no
    article file, or a folder with none in it.
    """
    sources: list[Source] = []
    for arg in args:
        if arg == "-":
            raise InputError("-: batch reads files and folders, not standard input")
        if os.path.isdir(arg):
            source = Source(arg, "dir", os.path.abspath(arg))
        elif os.path.exists(arg):
            source = Source(arg, "file", os.path.dirname(os.path.abspath(arg)))
        elif _has_magic(arg):
            matches = tuple(sorted(glob.glob(arg, recursive=True)))
            source = Source(arg, "glob", _glob_base(arg), matches)
        else:
            raise InputError(f"{arg}: no such file or folder")
        if source.kind != "file" and next(_paths(source, frozenset()), None) is None:
            what = "no article file matches" if source.kind == "glob" else "no article files in this folder"
            raise InputError(f"{arg}: {what} ({', '.join('*' + s for s in ARTICLE_SUFFIXES)})")
        sources.append(source)
    if not sources:
        raise InputError("no INPUT given")
    root = os.path.commonpath([s.base for s in sources])
    return sources, root


def _walk(folder: str) -> Iterator[str]:
    """Article files under a folder, sorted by name at each level; hidden entries are skipped and
    links to folders are not followed. An unreadable folder is yielded as itself (it becomes an
    error document)."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        yield folder
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.name.endswith(ARTICLE_SUFFIXES) and entry.is_file():
            yield entry.path


def _paths(source: Source, exclude: frozenset[str]) -> Iterator[str]:
    if source.kind == "dir":
        found: Iterator[str] = _walk(source.base)
    elif source.kind == "file":
        found = iter([os.path.abspath(source.arg)])
    else:
        found = _glob_paths(source.matches)
    for path in found:
        if path not in exclude:
            yield path


def _glob_paths(matches: Sequence[str]) -> Iterator[str]:
    for match in matches:
        path = os.path.abspath(match)
        if os.path.isdir(path):
            yield from _walk(path)
        elif path.endswith(ARTICLE_SUFFIXES):
            yield path


def read_index(path: str) -> dict[str, dict[str, str]]:
    """A metadata index (TSV with a header; a ``file`` column, relative to the index's folder, and
    any of ``INDEX_FIELDS``): absolute file path → its non-empty fields."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if "file" not in (reader.fieldnames or ()):
                raise InputError(f"{path}: an index needs a 'file' column (tab-separated, with a header)")
            out: dict[str, dict[str, str]] = {}
            for row in reader:
                name = (row.get("file") or "").strip()
                if name:
                    meta = {k: v.strip() for k in INDEX_FIELDS if (v := row.get(k) or "").strip()}
                    out[os.path.normpath(os.path.join(folder, name))] = meta
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a UTF-8 TSV file ({exc})") from None
    return out


def _with_defaults(record: Mapping[str, Any], meta: Mapping[str, str]) -> dict[str, Any]:
    """A record with index metadata filling the fields it leaves empty."""
    out = dict(record)
    for key, value in meta.items():
        if out.get(key) is None:
            out[key] = value
    return out


def _id_of(record: Mapping[str, Any], fallback: str) -> str:
    given = record.get("id")
    return given if isinstance(given, str) and given else fallback


def _stream_jsonl(path: str, name: str, meta: Mapping[str, str]) -> Iterator[Task]:
    """The records of a JSONL file, one line at a time (a line over ``MAX_BYTES`` is a bad record)."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, generator-safe
    except OSError as exc:
        yield BadTask(name, f"{name}: {exc.strerror or exc}")
        return
    with fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline(MAX_BYTES + 1)
            except OSError as exc:
                yield BadTask(f"{name}:{lineno + 1}", f"{name}:{lineno + 1}: {exc.strerror or exc}")
                return
            if not raw:
                return
            lineno += 1
            where = f"{name}:{lineno}"
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                    pass
                yield BadTask(where, f"{where}: line longer than {MAX_BYTES:,} bytes")
                continue
            if not raw.strip():
                continue
            try:
                line, note = decode_with_note(raw, where)
                record = _check_record(json.loads(line), where)
            except InputError as exc:
                yield BadTask(where, str(exc))
                continue
            except (ValueError, RecursionError) as exc:
                reason = _json_reason(exc)
                msg = reason if reason.startswith(where) else f"{where}: invalid JSON ({reason})"
                yield BadTask(where, msg)
                continue
            record = _noted(record, note)
            yield RecordTask({**_with_defaults(record, meta), "id": _id_of(record, where)})


def _read_whole(path: str, name: str, meta: Mapping[str, str]) -> Iterator[Task]:
    """The records of a JSON file (or a file named directly whose kind is sniffed)."""
    try:
        with open(path, "rb") as fh:
            records = list(read_records(name, stream=fh))
    except InputError as exc:
        yield BadTask(name, str(exc))
        return
    except OSError as exc:
        yield BadTask(name, f"{name}: {exc.strerror or exc}")
        return
    for rec in records:
        if isinstance(rec, BadRecord):
            yield BadTask(rec.id, rec.message)
        else:
            yield RecordTask({**_with_defaults(rec, meta), "id": _id_of(rec, name)})


def tasks(
    sources: Sequence[Source],
    root: str,
    *,
    index: Mapping[str, Mapping[str, str]] | None = None,
    exclude: frozenset[str] = frozenset(),
) -> Iterator[Task]:
    """Every article of the sources as a task, in input order (``exclude``: absolute paths to leave
    out, such as the output file)."""
    for source in sources:
        for path in _paths(source, exclude):
            name = os.path.relpath(path, root).replace(os.sep, "/")
            meta: Mapping[str, str] = {}
            if index:
                meta = index.get(path) or index.get(os.path.realpath(path)) or {}
            if os.path.isdir(path):
                yield BadTask(name, f"{name}: folder cannot be read")
            elif path.endswith(_ONE_ARTICLE):
                yield FileTask(name, path, meta)
            elif path.endswith(_STREAMED):
                yield from _stream_jsonl(path, name, meta)
            else:
                yield from _read_whole(path, name, meta)


def count_articles(sources: Sequence[Source], exclude: frozenset[str] = frozenset()) -> int:
    """About how many articles the sources hold (JSON files count one; JSONL files their lines),
    for a progress bar's total."""
    n = 0
    for source in sources:
        for path in _paths(source, exclude):
            if not path.endswith(_STREAMED):
                n += 1
                continue
            try:
                with open(path, "rb") as fh:
                    last = b"\n"
                    while block := fh.read(1 << 20):
                        n += block.count(b"\n")
                        last = block[-1:]
                    n += last != b"\n"
            except OSError:
                n += 1
    return n
