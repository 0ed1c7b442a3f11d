"""The ``visits`` plugin: official trips abroad (CAMEO 042 "Make a visit", PLOVER CONSULT, mode visit).

One event per (visitor, host state): a tour of four countries is four events, and every sentence
about one of them (the announcement, the leg, the talks held there) is evidence of that one event.
The rules are in :mod:`diplotext.extractors.visits.rules`; docs/events.md describes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.rules import find_visits
from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article, Event, Quote, TemporalExpression
from diplotext.syntax import ClauseLayer

REQUIRES: tuple[str, ...] = ("actors", "dates", "clauses")

__all__ = ["REQUIRES", "extract_events"]


@hookimpl
def extract_events(
    article: Article,
    actors: Sequence[Actor],
    dates: Sequence[TemporalExpression],
    quotes: Sequence[Quote],
    clauses: ClauseLayer,
) -> list[Event]:
    """Find visits, one event per visitor and host state."""
    if not article.segments:
        return []
    return find_visits(EventContext.of(article, actors, dates, quotes, clauses))
