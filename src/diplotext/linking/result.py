"""Linking from end to end: JSONL lines (or a file) in, a :class:`LinkResult` out."""

from __future__ import annotations

import os
from collections.abc import Iterable

import attrs

from diplotext.linking.cases import Case, build_cases
from diplotext.linking.reports import LineError, Tally, read_reports

__all__ = ["LinkResult", "link_file", "link_lines"]


@attrs.frozen(kw_only=True)
class LinkResult:
    """The cases, what was read to make them, and the lines that could not be read."""

    cases: tuple[Case, ...]
    documents: int
    events: int
    linked_events: int
    """Events of a type linking knows (``visit``, ``extradition_dispute``)."""
    errors: tuple[LineError, ...]


def link_lines(lines: Iterable[str]) -> LinkResult:
    """Link the documents of a ``diplotext batch`` JSONL stream (one document per line)."""
    tally = Tally()
    reports = list(read_reports(lines, tally))
    return LinkResult(
        cases=tuple(build_cases(reports)),
        documents=tally.documents,
        events=tally.events,
        linked_events=tally.linked_events,
        errors=tuple(tally.errors),
    )


def link_file(path: str | os.PathLike[str]) -> LinkResult:
    """Link a JSONL file, read a line at a time (``OSError`` when it cannot be opened or read;
    undecodable bytes are replaced, so such a line becomes an error entry, not an exception)."""
    with open(path, encoding="utf-8", errors="replace") as lines:
        return link_lines(lines)
