"""The ``clauses`` plugin: the clause layer (:mod:`diplotext.syntax`) as a pipeline stage.

Later stages (quotes, events) receive its :class:`~diplotext.syntax.ClauseLayer` as ``clauses``.
A plugin that implements ``extract_clauses`` and is loaded instead (``--plugins``) replaces it, as
long as it returns the same types. docs/clauses.md describes the layer.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article, TemporalExpression
from diplotext.syntax import ClauseLayer, parse

REQUIRES: tuple[str, ...] = ("actors", "dates")

__all__ = ["REQUIRES", "extract_clauses"]


@hookimpl
def extract_clauses(
    article: Article, actors: Sequence[Actor], dates: Sequence[TemporalExpression]
) -> ClauseLayer:
    """Read every sentence of the body and captions into clauses."""
    return parse(article, actors, dates)
