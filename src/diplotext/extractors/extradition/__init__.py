"""The ``extradition`` plugin: disputes over the surrender of a named person between states.

One event per suspect (``type: "extradition_dispute"``): the request, the refusal and the court
case about one person are one event with all of their sentences as evidence. The CAMEO code and
PLOVER type follow the status (see :data:`diplotext.extractors.extradition.rules.CODES`); the rules
are in :mod:`diplotext.extractors.extradition.rules` and described in docs/events.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.rules import find_disputes
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
    """Find extradition disputes, one event per suspect."""
    if not article.segments:
        return []
    return find_disputes(EventContext.of(article, actors, dates, quotes, clauses))
