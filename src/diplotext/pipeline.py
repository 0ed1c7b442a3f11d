"""The pipeline: run the plugin stages over one article and assemble its Document.

Each plugin is called through pluggy on its own (:mod:`diplotext.hookcalls`): one that raises,
returns bad results or runs out of the time budget is recorded in ``Document.errors`` and the other
plugins go on (``strict=True`` re-raises instead); caps plugins hit are in ``Document.warnings``.
Results never depend on the order plugins were registered in: each list is sorted by offsets, then
plugin name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs

from diplotext import itemchecks, runtime
from diplotext.hookcalls import HookRunner
from diplotext.language import detect_language
from diplotext.model import (
    Actor,
    Article,
    Document,
    Error,
    Event,
    Notice,
    Quote,
    TemporalExpression,
    TimeMode,
)
from diplotext.plugins import Registry, get_registry
from diplotext.syntax.layer import ClauseLayer

__all__ = ["MAX_CHARS", "PUBLISHED_POLICIES", "PublishedPolicy", "extract", "extract_record"]

MAX_CHARS = 5_000_000
"""Longest text processed; longer input gives a document with an ``errors`` entry and no findings."""

RECORD_FIELDS = ("title", "published", "dateline", "url", "source", "time_mode", "language")

PublishedPolicy = Literal["fill", "override"]
PUBLISHED_POLICIES: tuple[PublishedPolicy, ...] = ("fill", "override")
"""How a publication date given to ``extract`` or ``--published`` meets one the text states:
``fill`` only fills a missing one (the default), ``override`` wins over it."""


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    dateline: str | None = None,
    url: str | None = None,
    source: str | None = None,
    id: str | None = None,
    default_published: str | dt.date | None = None,
    published_policy: PublishedPolicy = "fill",
    layout: str | None = None,
    time_mode: TimeMode | None = None,
    plugins: Iterable[str] | None = None,
    strict: bool = False,
    registry: Registry | None = None,
    time_budget: float | None = None,
) -> Document:
    """Extract dates, actors, quotes and events from one article.

    ``published`` fills in the publication date when the text gives none (a date line such as
    ``"Published: 12 September 2011"`` or ``"Belgrade, 3 March 2008"`` wins), as ``--published``
    does on the command line; with ``published_policy="override"`` it wins over the text's date.
    ``default_published`` is the same as ``published`` under ``"fill"`` (``published`` wins when
    both are given). The other given fields (``title``, ``dateline`` ...) win over what the reader
    detects in ``text``. ``layout="body"`` says the text is
    all body (no title, date line or dateline to look for). ``time_mode`` is how relative dates are
    resolved: ``news`` (the default: against publication), ``narrative`` (against the story's own
    time) or ``auto`` (see docs/dates.md). ``plugins`` names the plugins to run (their
    prerequisites run too); all by default. ``time_budget`` (seconds) bounds the time spent on
    the article: plugins whose turn comes after it are not run, and one still running stops at its
    next budget check; each is named in ``errors`` (see docs/reliability.md).
    """
    if published_policy not in PUBLISHED_POLICIES:
        raise ValueError(f"published_policy must be 'fill' or 'override', not {published_policy!r}")
    if published_policy == "fill" and published is not None:
        published, default_published = None, published
    record: dict[str, Any] = {
        "id": id,
        "text": text,
        "title": title,
        "published": published,
        "dateline": dateline,
        "url": url,
        "source": source,
        "layout": layout,
        "time_mode": time_mode,
    }
    return extract_record(
        record,
        default_published=default_published,
        plugins=plugins,
        strict=strict,
        registry=registry,
        time_budget=time_budget,
    )


def extract_record(
    record: Mapping[str, Any],
    *,
    default_published: str | dt.date | None = None,
    published_policy: PublishedPolicy = "fill",
    default_time_mode: TimeMode | None = None,
    plugins: Iterable[str] | None = None,
    strict: bool = False,
    registry: Registry | None = None,
    time_budget: float | None = None,
) -> Document:
    """Extract from an input record (``{"text": ..., "title": ..., "published": ...}``).

    ``default_published`` stands in when neither the record nor the text gives a publication date
    (``published_policy="fill"``, the default); with ``published_policy="override"`` it wins over
    both (what ``--published-policy override`` does). ``default_time_mode`` stands in when the
    record has no ``time_mode``; ``time_budget`` as in :func:`extract`.
    """
    if time_budget is not None and not time_budget > 0:
        raise ValueError(f"time_budget must be a positive number of seconds, not {time_budget!r}")
    if published_policy not in PUBLISHED_POLICIES:
        raise ValueError(f"published_policy must be 'fill' or 'override', not {published_policy!r}")
    if published_policy == "override" and default_published is not None:
        record = {**record, "published": default_published}
    reg = registry or get_registry()
    selected = reg.closure(plugins) if plugins is not None else None
    report = runtime.Report.starting_now(time_budget)
    token = runtime.activate(report)
    try:
        hooks = HookRunner(reg, selected, strict, report)
        return _Run(hooks, default_published, default_time_mode).run(record)
    finally:
        runtime.deactivate(token)


class _Run:
    def __init__(
        self,
        hooks: HookRunner,
        default_published: str | dt.date | None = None,
        default_time_mode: TimeMode | None = None,
    ) -> None:
        self.default_published = default_published
        self.default_time_mode = default_time_mode
        self.hooks = hooks
        self.errors = hooks.errors

    def fail(self, plugin: str, stage: str, exc: BaseException) -> None:
        self.hooks.fail(plugin, stage, exc)

    # ---------------------------------------------------------------- stages
    def read(self, text: str, record: Mapping[str, Any]) -> Article:
        article = self.hooks.first(
            "read_article", Article, {"text": text, "record": record}, itemchecks.article_problem
        )
        if article is None:  # no reader: the whole text is one paragraph
            article = Article(text=text, paragraphs=[(0, len(text))] if text.strip() else [])
        return self.with_record(article, record, detect=True)

    def with_record(self, article: Article, record: Mapping[str, Any], *, detect: bool) -> Article:
        """The article with the record's given fields (a ``published`` that is not a date is
        dropped with an ``errors`` entry), the defaults, and (``detect``) its language."""
        given = {k: record[k] for k in RECORD_FIELDS if record.get(k) is not None}
        if "dateline" in given:
            given["dateline_span"] = None
        if "title" in given:
            given["title_span"] = None
        if "published" in given:
            try:
                attrs.evolve(article, published=given["published"])
            except (TypeError, ValueError) as exc:  # "published": "garbage": the record's date is dropped
                self.fail("input", "read_article", ValueError(f"field 'published': {exc}"))
                del given["published"]
        if record.get("text_in_output") is True:
            given["text_in_output"] = True
        if detect and "language" not in given and article.language == "en":  # a reader's finding stands
            given["language"] = detect_language(article.span_text(span) for span in article.segments)
        if not _same(article, record.get("id"), given):  # (most records change nothing: no copy)
            article = attrs.evolve(article, id=record.get("id"), **given)
        if article.published is None and self.default_published is not None:
            try:
                article = attrs.evolve(article, published=self.default_published)
            except (TypeError, ValueError) as exc:  # published="garbage": no date, and an errors entry
                self.fail("input", "read_article", ValueError(f"published: {exc}"))
                self.default_published = None
        if article.time_mode is None and self.default_time_mode is not None:
            article = attrs.evolve(article, time_mode=self.default_time_mode)
        return article

    def clauses(
        self, article: Article, actors: Sequence[Actor], dates: Sequence[TemporalExpression]
    ) -> ClauseLayer:
        """The first clause layer a plugin gives (an empty one when none does, or all fail)."""
        layer = self.hooks.first(
            "extract_clauses",
            ClauseLayer,
            {"article": article, "actors": actors, "dates": dates},
            lambda _: None,
        )
        return layer if layer is not None else ClauseLayer()

    def run(self, record: Mapping[str, Any]) -> Document:
        text = record.get("text")
        if not isinstance(text, str):
            raise TypeError(f"the article text must be a str, not {type(text).__name__}")
        self.errors.extend(_input_errors(record.get("input_errors")))
        for note, count in _input_notes(record.get("input_warnings")):  # "read without trafilatura"
            self.hooks.report.warnings.append(
                Notice(plugin=note.plugin, stage=note.stage, message=note.message, count=count)
            )
        notes = record.get("input_notes")  # what the input readers noted (docs/reliability.md)
        if isinstance(notes, list | tuple):
            self.errors.extend(Error(plugin="diplotext", stage="input", message=str(n)[:500]) for n in notes)
        if len(text) > MAX_CHARS:
            self.errors.append(
                Error(
                    plugin="diplotext",
                    stage="input",
                    message=(
                        f"text of {len(text):,} characters is over the limit of {MAX_CHARS:,}; not processed"
                    ),
                )
            )
            return Document(
                id=record.get("id"), article=Article(text=text, id=record.get("id")), errors=self.errors
            )
        if not text.strip():
            self.errors.append(
                Error(plugin="diplotext", stage="input", message="empty text: nothing to extract")
            )
            article = self.with_record(Article(text=text), record, detect=False)
            return Document(id=record.get("id"), article=article, errors=self.errors)
        article = self.read(text, record)
        if article.language != "en":
            message = f"the text reads as {article.language!r}, not English: nothing extracted"
            self.errors.append(Error(plugin="diplotext", stage="input", message=message))
            return Document(id=record.get("id"), article=article, errors=self.errors)

        text = article.text
        actors = [
            a if a.plugin else attrs.evolve(a, plugin=n)
            for n, a in self.hooks.collect("extract_actors", Actor, {"article": article}, text)
        ]
        actors.sort(key=lambda a: (a.start, a.plugin or "", a.id))
        dates = [
            d if d.plugin else attrs.evolve(d, plugin=n)
            for n, d in self.hooks.collect(
                "extract_dates", TemporalExpression, {"article": article, "actors": actors}, text
            )
        ]
        dates.sort(key=lambda d: (d.start, d.end, d.plugin or ""))
        clauses = self.clauses(article, actors, dates)
        quotes = [
            q if q.plugin else attrs.evolve(q, plugin=n)
            for n, q in self.hooks.collect(
                "extract_quotes",
                Quote,
                {"article": article, "actors": actors, "dates": dates, "clauses": clauses},
                text,
            )
        ]
        quotes.sort(key=lambda q: (q.start, q.end, q.plugin or ""))
        events = [
            e if e.plugin else attrs.evolve(e, plugin=n)
            for n, e in self.hooks.collect(
                "extract_events",
                Event,
                {"article": article, "actors": actors, "dates": dates, "quotes": quotes, "clauses": clauses},
                text,
            )
        ]
        events = _number_events(events)

        document = Document(
            id=record.get("id"),
            article=article,
            actors=actors,
            dates=dates,
            quotes=quotes,
            events=events,
            errors=self.errors,
            warnings=self.hooks.report.warnings,
        )
        for _, replaced in self.hooks.last_of("finalize_document", Document, {"document": document}):
            document = replaced
        warnings = self.hooks.report.warnings
        if document.errors != tuple(self.errors) or document.warnings != tuple(warnings):
            extra = [e for e in self.errors if e not in document.errors]
            more = [w for w in warnings if w not in document.warnings]
            document = attrs.evolve(
                document, errors=(*document.errors, *extra), warnings=(*document.warnings, *more)
            )
        return document


def _same(article: Article, id_: Any, given: Mapping[str, Any]) -> bool:
    """Would ``attrs.evolve(article, id=id_, **given)`` give an article equal to ``article`` in every
    field (the same id object, at most the language it already has)? Then no copy is made."""
    if id_ is not article.id or not given.keys() <= {"language"}:
        return False
    language = given.get("language", article.language)
    return type(language) is str and language == article.language


def _input_errors(value: Any) -> list[Error]:
    """The notes an input reader left in the record (``input_errors``: how the input was read, e.g.
    a page trafilatura failed on); entries that are not ``{"message": str, ...}`` are skipped."""
    return [note for note, _ in _input_notes(value)]


def _input_notes(value: Any) -> list[tuple[Error, int]]:
    """The ``{"message", "plugin", "stage", "count"}`` notes an input reader left in a record
    (``input_errors``, ``input_warnings``), each with its count (1 when it gives none)."""
    if not isinstance(value, list | tuple):
        return []
    out = []
    for item in value:
        if isinstance(item, Mapping) and isinstance(item.get("message"), str):
            plugin, stage, count = item.get("plugin"), item.get("stage"), item.get("count")
            note = Error(
                plugin=plugin if isinstance(plugin, str) else "input",
                message=item["message"][:500],
                stage=stage if isinstance(stage, str) else "input",
            )
            out.append((note, count if isinstance(count, int) and count > 0 else 1))
    return out


def _number_events(events: Sequence[Event]) -> list[Event]:
    """Sort events by first evidence, then plugin and type, and give ids ``e1``... where missing."""
    ordered = sorted(events, key=lambda e: (e.start, e.plugin or "", e.type, e.id))
    taken = {e.id for e in ordered if e.id}
    out: list[Event] = []
    n = 0
    for event in ordered:
        if event.id:
            out.append(event)
            continue
        n += 1
        while f"e{n}" in taken:
            n += 1
        out.append(attrs.evolve(event, id=f"e{n}"))
    return out
