"""The ``visits``  plugin (placeholder until its issue lands)."""

from __future__ import annotations

from diplotext.hookspecs import hookimpl
from diplotext.model import Article, Event

REQUIRES: tuple[str, ...] = ("actors", "dates", "quotes")


@hookimpl
def extract_events(article: Article) -> list[Event]:
    """Find visits."""
    return []
