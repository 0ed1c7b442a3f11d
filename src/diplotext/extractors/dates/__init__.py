"""The ``dates``  plugin (placeholder until its issue lands)."""

from __future__ import annotations

from diplotext.hookspecs import hookimpl
from diplotext.model import Article, TemporalExpression

REQUIRES: tuple[str, ...] = ()


@hookimpl
def extract_dates(article: Article) -> list[TemporalExpression]:
    """Find temporal expressions."""
    return []
