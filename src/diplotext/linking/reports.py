"""What linking keeps of a ``diplotext batch`` output: one :class:`Report` per event, read a line
at a time.

A report holds the event's type, roles, status and date, the article's id, source, publication date
and title, and a few evidence snippets: the document itself (its body, actors, dates, quotes) is
dropped as soon as its line is read, so memory grows with the number of events, not of articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final
from urllib.parse import urlsplit

import attrs

__all__ = [
    "KINDS",
    "ArticleInfo",
    "Evidence",
    "Kind",
    "LineError",
    "Report",
    "Tally",
    "read_reports",
    "source_of",
]

SNIPPET_CHARS: Final = 160
"""Evidence snippets are cut to this many characters (an ellipsis marks the cut)."""
SNIPPETS_PER_REPORT: Final = 3
"""Snippets kept per event; every evidence span still counts as a mention."""


@attrs.frozen
class Kind:
    """How to read one event type: the role naming the person and the two state roles."""

    type: str
    person: str
    states: tuple[str, str]
    statuses: tuple[str, ...]
    """The statuses the plugin gives, in the order a case goes through them."""


KINDS: Final[Mapping[str, Kind]] = {
    "visit": Kind(
        "visit",
        "visitor",
        ("visitor_state", "host_state"),
        ("planned", "postponed", "cancelled", "ongoing", "completed"),
    ),
    "extradition_dispute": Kind(
        "extradition_dispute",
        "suspect",
        ("requesting_state", "requested_state"),
        ("requested", "granted", "pending", "refused", "completed"),
    ),
}


@attrs.frozen
class ArticleInfo:
    """An article a case cites."""

    id: str
    source: str | None
    published: str | None
    """The publication date (``YYYY-MM-DD``), or ``None``."""
    title: str | None = None


@attrs.frozen
class Evidence:
    """One evidence span of an event: offsets into the article's text, and the words there."""

    article: str
    start: int
    end: int
    text: str | None
    """The words (cut to :data:`SNIPPET_CHARS`), or ``None`` when the document does not hold them."""


@attrs.frozen
class Report:
    """One event of one article, as linking needs it."""

    kind: Kind
    article: ArticleInfo
    event_id: str
    person: str | None
    states: tuple[str | None, str | None]
    status: str | None
    date: str | None
    place: str | None
    met: tuple[str, ...]
    details: tuple[tuple[str, str], ...]
    """Other roles and attributes worth showing (victim, case, grounds), as ``(name, value)``."""
    mentions: int
    evidence: tuple[Evidence, ...]
    confidence: float


@attrs.frozen
class LineError:
    """A line of the input that could not be read."""

    line: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


def source_of(article: Mapping[str, Any], doc_id: str) -> str | None:
    """``article.source``, else the host of ``article.url`` (no ``www.``), else the outlet of an LDC
    document id (``news/AFP_ENG_19970401.0006.txt`` -> ``AFP``), else the top folder of the document
    id (``wire/0412.txt`` -> ``wire``), else ``None`` (unknown)."""
    source = article.get("source")
    if isinstance(source, str) and source.strip():
        return source.strip()
    url = article.get("url")
    if isinstance(url, str) and url:
        host = urlsplit(url if "//" in url else "//" + url).hostname
        if host:
            return host.removeprefix("www.")
    ldc = _LDC_ID.match(doc_id.rsplit("/", 1)[-1])
    if ldc is not None:
        return ldc.group(1).upper()
    if "/" in doc_id:
        top = doc_id.split("/", 1)[0]
        return top or None
    return None


_LDC_ID: Final = re.compile(r"([A-Za-z]{2,5})(?:_?(?:[A-Z]{3}_)?(?:19|20)\d{6}[._]\d{3,4}|_\d{4}\b)")
"""A file named like a document of the LDC news corpora (Gigaword, TimeBank...): the outlet's
letters, a language code, then the date or a number (``AFP_ENG_19970401.0006``, ``APW20000210.0328``,
``wsj_0610``)."""


def _published(value: Any) -> str | None:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rstrip() + "…"


class _Snippets:
    """Evidence words from an output document: offsets are into the article's text, which the
    document holds as its paragraphs joined by a blank line (``body``) and its title."""

    def __init__(self, article: Mapping[str, Any]) -> None:
        self.body = article.get("body") if isinstance(article.get("body"), str) else ""
        self.title = article.get("title") if isinstance(article.get("title"), str) else None
        self.title_span = article.get("title_span")
        self.paragraphs: list[tuple[int, int, int]] = []  # (start, end, body offset)
        at = 0
        for span in article.get("paragraphs") or ():
            try:
                s, e = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError):
                self.paragraphs = []
                break
            self.paragraphs.append((s, e, at))
            at += e - s + 2

    def _in_body(self, offset: int, *, end: bool) -> int | None:
        for s, e, at in self.paragraphs:
            if s <= offset < e or (end and s < offset <= e):
                return at + offset - s
        return None

    def text(self, start: int, end: int) -> str | None:
        a, b = self._in_body(start, end=False), self._in_body(end, end=True)
        if a is not None and b is not None and a < b and self.body:
            return _clip(self.body[a:b])
        span = self.title_span
        if self.title and isinstance(span, Sequence) and len(span) == 2 and span[0] <= start < end <= span[1]:
            return _clip(self.title[start - span[0] : end - span[0]])
        return None


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str) and v)
    return ()


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _report(kind: Kind, event: Mapping[str, Any], info: ArticleInfo, snippets: _Snippets) -> Report:
    roles = _mapping(event.get("roles"))
    attributes = _mapping(event.get("attributes"))
    spans = [s for s in event.get("evidence") or () if isinstance(s, Sequence) and len(s) == 2]
    evidence = tuple(
        Evidence(article=info.id, start=int(s), end=int(e), text=snippets.text(int(s), int(e)))
        for s, e in spans[:SNIPPETS_PER_REPORT]
    )
    details = tuple(
        (name, value)
        for name in ("victim", "case", "grounds")
        if (value := _text(roles.get(name)) or _text(attributes.get(name))) is not None
    )
    confidence = event.get("confidence")
    return Report(
        kind=kind,
        article=info,
        event_id=str(event.get("id") or ""),
        person=_text(roles.get(kind.person)),
        states=(_text(roles.get(kind.states[0])), _text(roles.get(kind.states[1]))),
        status=_text(attributes.get("status")),
        date=_text(event.get("date")),
        place=_text(event.get("place")),
        met=_names(roles.get("met")),
        details=details,
        mentions=len(spans),
        evidence=evidence,
        confidence=float(confidence) if isinstance(confidence, int | float) else 0.0,
    )


@attrs.define
class Tally:
    """What was read: lines with a document, events, events of a type linking knows."""

    documents: int = 0
    events: int = 0
    linked_events: int = 0
    errors: list[LineError] = attrs.Factory(list)


def read_reports(lines: Iterable[str], tally: Tally) -> Iterator[Report]:
    """The reports of a JSONL stream of output documents, one line at a time. A line that is not
    JSON or not a document, or an event that cannot be read, becomes an entry of ``tally.errors``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            tally.errors.append(LineError(number, f"not JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict):
            tally.errors.append(LineError(number, "not a diplotext document (no 'article' object)"))
            continue
        events = doc.get("events") or []
        if not isinstance(events, list):
            tally.errors.append(LineError(number, "'events' is not a list"))
            continue
        tally.documents += 1
        article = doc["article"]
        doc_id = str(doc.get("id") or f"line {number}")
        info = ArticleInfo(
            id=doc_id,
            source=source_of(article, doc_id),
            published=_published(article.get("published")),
            title=_text(article.get("title")),
        )
        snippets: _Snippets | None = None
        for event in events:
            tally.events += 1
            if not isinstance(event, dict) or not isinstance(event.get("type"), str):
                continue
            kind = KINDS.get(event["type"])
            if kind is None:
                continue
            snippets = snippets or _Snippets(article)
            try:
                report = _report(kind, event, info, snippets)
            except (TypeError, ValueError) as exc:
                tally.errors.append(LineError(number, f"event {event.get('id')!r}: {exc}"))
                continue
            tally.linked_events += 1
            yield report
