"""The ``quotes`` plugin: direct, partial and reported speech, with cue and resolved speaker.

See ``docs/quotes.md`` for the rules. The pieces, in the order the scan uses them: ``marks`` pairs
quotation marks, ``cues`` finds the reporting verbs (lexicon in ``speech.txt``), ``units`` makes each
cue an attribution with its speaker mention (``mentions`` reads the phrase next to the cue,
``subjects`` asks the clause layer when none stands there), ``sentence`` gives each attribution its
direct quotations, reported clause (``indirect``, ``direct``) and partial quotations,
``transcripts`` reads speaker-labelled turns, ``speakers`` resolves every mention over the article
(``resolver`` looks up the article's names, which ``article_names`` finds, ``naming`` how bodies and
genders are named, ``issuers`` and ``outlets`` who issued a document and which speakers are news
outlets, ``fragments`` what can never be a speaker), and ``scan`` runs it all paragraph by paragraph
within ``limits``.
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
