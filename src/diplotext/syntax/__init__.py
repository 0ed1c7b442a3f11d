"""The clause layer: who does what, when, where, in each sentence.

:func:`parse` gives an article's :class:`ClauseLayer`: its sentences read into :class:`Clause`
objects (a predicate with tense, aspect, modality and negation; subject, objects and prepositional
phrases as :class:`Phrase` objects holding the actors, places and times the earlier stages found;
the time expressions that belong to the clause). Event and quote rules read frames from here
instead of scanning words. docs/clauses.md describes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.model import Actor, Article, TemporalExpression
from diplotext.syntax.entities import (
    dateline_country,
    find_entities,
    place_kind,
    places_at_home,
    world_place,
)
from diplotext.syntax.layer import ClauseLayer, parse_sentence
from diplotext.syntax.types import Arg, Clause, Entity, Phrase, Predicate
from diplotext.text import sentences

__all__ = [
    "Arg",
    "Clause",
    "ClauseLayer",
    "Entity",
    "Phrase",
    "Predicate",
    "dateline_country",
    "parse",
    "parse_sentence",
    "place_kind",
    "world_place",
]


def parse(article: Article, actors: Sequence[Actor], dates: Sequence[TemporalExpression]) -> ClauseLayer:
    """The clause layer of an article's body and captions (sentences are read on first use)."""
    return ClauseLayer(
        article.text,
        sentences(article),
        lambda: find_entities(article, actors, dates, places=False),
        places_at_home(article),
    )
