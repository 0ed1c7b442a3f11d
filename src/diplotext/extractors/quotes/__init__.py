"""The ``quotes`` plugin: direct, partial and reported speech, with cue and resolved speaker.

See ``docs/quotes.md`` for the rules. The pieces: ``marks`` pairs quotation marks, ``cues`` is the
reporting-verb lexicon, ``direct`` tells direct from partial quotations, ``indirect`` finds reported
clauses, ``speakers`` finds and resolves speaker mentions, and ``scan`` puts them together.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article, Quote
from diplotext.syntax import ClauseLayer

from .scan import scan_article

__all__ = ["REQUIRES", "extract_quotes"]

REQUIRES: tuple[str, ...] = ("actors", "clauses")


@hookimpl
def extract_quotes(article: Article, actors: Sequence[Actor], clauses: ClauseLayer) -> list[Quote]:
    """Find direct, partial and indirect quotes in the article's paragraphs and captions."""
    return scan_article(article.text, article.segments, actors, clauses)
