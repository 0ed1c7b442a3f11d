"""The ``quotes``  plugin (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article, Quote

REQUIRES: tuple[str, ...] = ("actors",)


@hookimpl
def extract_quotes(article: Article, actors: Sequence[Actor]) -> list[Quote]:
    """Find quotes."""
    return []
