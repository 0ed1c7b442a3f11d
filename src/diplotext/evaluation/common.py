"""What every scorer shares: options, the error for unreadable gold, running the pipeline."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from diplotext.evaluation.report import Result
from diplotext.model import Document, TimeMode
from diplotext.plugins import Registry

__all__ = ["HALVES", "GoldError", "Options", "half_of", "published_default", "read_text", "run_pipeline"]

HALVES = ("a", "b")
"""The two halves of a development set (``--half``): ``a`` to read errors on, ``b`` held out."""


def half_of(name: str) -> str:
    """The half a document belongs to: ``a`` when the first byte of the SHA-1 of its name (the gold
    ``file`` path, the TimeML or brat file stem) is even, else ``b``. Stable across runs and
    machines, and independent of the document's content or order."""
    return HALVES[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


class GoldError(Exception):
    """Gold data that cannot be read; ``str(exc)`` is a one-line message naming the file."""


@attrs.frozen(kw_only=True)
class Options:
    """How to run an evaluation.

    ``plugins``: run only these (their prerequisites too); ``None`` runs all. ``registry``: a
    registry to use instead of the process-wide one (tests). ``limit``: score only the first N
    documents. ``root``: the folder gold ``file`` paths are relative to (diplotext gold only).
    ``half``: score only the documents of this half (:func:`half_of`), ``None`` for all.
    ``time_mode``: the dates plugin's mode for documents that do not set one (``None``: news).
    """

    plugins: Sequence[str] | None = None
    registry: Registry | None = None
    limit: int | None = None
    root: Path | None = None
    half: str | None = None
    time_mode: TimeMode | None = None

    def wants(self, name: str) -> bool:
        """Is the document of this name in the chosen half (always, when no half is chosen)?"""
        return self.half is None or half_of(name) == self.half


def run_pipeline(
    record: Mapping[str, Any], default_published: str | None, options: Options, result: Result
) -> Document:
    """Run the pipeline on one gold document and count it in ``result`` (plugin failures land in
    ``Document.errors`` and are listed as issues)."""
    from diplotext.pipeline import extract_record

    doc = extract_record(
        record,
        default_published=default_published,
        default_time_mode=options.time_mode,
        plugins=options.plugins,
        registry=options.registry,
    )
    doc_id = str(record.get("id"))
    result.documents += 1
    result.pipeline_errors += len(doc.errors)
    for err in doc.errors:
        result.issue(doc_id, "pipeline", "error", f"{err.plugin}: {err.message}")
    return doc


def json_records(file: Path, items: str, what: str) -> list[Mapping[str, Any]]:
    """A JSON file holding a list of records, each with a ``text`` string and an ``items`` list
    (``GoldError`` naming the file and ``what`` it should be, otherwise)."""
    try:
        data = json.loads(read_text(file, keep_newlines=True))
    except ValueError as exc:
        raise GoldError(f"{file}: invalid JSON ({exc})") from None
    if not isinstance(data, list) or not all(
        isinstance(r, dict) and isinstance(r.get("text"), str) and isinstance(r.get(items), list)
        for r in data
    ):
        raise GoldError(f"{file}: {what} is a JSON list of records with 'text' and '{items}'")
    return data


def read_text(path: Path, *, keep_newlines: bool = False) -> str:
    """A UTF-8 text file as Python reads it in text mode (newlines translated unless
    ``keep_newlines``, for standoff offsets counted in the raw file), BOM dropped."""
    try:
        with path.open(encoding="utf-8-sig", newline="" if keep_newlines else None) as fh:
            return fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise GoldError(f"{path}: {reason}") from None


def published_default(value: str | None) -> str | None:
    """A gold or DCT date usable as ``default_published``: a valid ISO date or datetime, else None."""
    if not value:
        return None
    value = value.strip()
    try:
        if "T" in value:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return value
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return value[:10]
