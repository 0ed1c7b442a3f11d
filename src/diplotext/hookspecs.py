"""Hook specifications: the stages every diplotext plugin can take part in.

Stages run in this order, each seeing what the earlier ones found:
``read_article`` -> ``extract_actors`` -> ``extract_dates`` -> ``extract_clauses`` ->
``extract_quotes`` -> ``extract_events`` -> ``finalize_document``. Hooks are always called with
keyword arguments, and a specification only ever gains arguments, so an implementation may take any
subset of them. Every hook is also given ``report`` (a :class:`~diplotext.runtime.Report`): a plugin
records a cap it hit with ``report.warn(...)`` and checks the article's time budget in long loops
with ``report.check_time()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pluggy

from diplotext.model import Actor, Article, Document, Event, Quote, TemporalExpression
from diplotext.runtime import Report
from diplotext.syntax.layer import ClauseLayer

PROJECT = "diplotext"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(firstresult=True)
def read_article(text: str, record: Mapping[str, Any], report: Report) -> Article | None:
    """Turn raw input text (and the fields of its input record) into an Article."""


@hookspec
def extract_actors(article: Article, report: Report) -> Sequence[Actor] | None:
    """Find the people, states, organisations and groups an article mentions."""


@hookspec
def extract_dates(
    article: Article, actors: Sequence[Actor], report: Report
) -> Sequence[TemporalExpression] | None:
    """Find temporal expressions, resolved against the publication date."""


@hookspec(firstresult=True)
def extract_clauses(
    article: Article, actors: Sequence[Actor], dates: Sequence[TemporalExpression], report: Report
) -> ClauseLayer | None:
    """Read each sentence into clauses: predicate, subject, objects, phrases and times."""


@hookspec
def extract_quotes(
    article: Article,
    actors: Sequence[Actor],
    dates: Sequence[TemporalExpression],
    clauses: ClauseLayer,
    report: Report,
) -> Sequence[Quote] | None:
    """Find direct, partial and reported speech with cue and speaker."""


@hookspec
def extract_events(  # noqa: PLR0917 - hooks are called with keywords
    article: Article,
    actors: Sequence[Actor],
    dates: Sequence[TemporalExpression],
    quotes: Sequence[Quote],
    clauses: ClauseLayer,
    report: Report,
) -> Sequence[Event] | None:
    """Find coded events (one per real-world case), using what earlier stages found."""


@hookspec
def finalize_document(document: Document, report: Report) -> Document | None:
    """Inspect or replace the finished document (return a new one, or None to keep it)."""
