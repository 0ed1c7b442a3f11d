"""The ``actors`` plugin: people, states, organisations and groups, with every mention.

See ``docs/actors.md``. Other plugins find the actor behind a span with :func:`actor_at`.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.extractors.actors.finder import find_actors
from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article, Span

__all__ = ["REQUIRES", "actor_at", "extract_actors", "find_actors"]

REQUIRES: tuple[str, ...] = ()


@hookimpl
def extract_actors(article: Article) -> list[Actor]:
    """Find people, states, organisations and groups, each once, with all their mentions."""
    return find_actors(article, plugin="actors")  # stamped here: the pipeline need not copy each


def actor_at(actors: Sequence[Actor], span: Span, *, kinds: Sequence[str] | None = None) -> Actor | None:
    """The actor with a mention at ``span``: exactly there if one has it, else the one whose
    mention covers the span or is covered by it (the shortest such mention wins).

    ``kinds`` limits the search ("person", "state", "organization", "group").
    """
    start, end = span
    best: Actor | None = None
    best_len = -1
    for actor in actors:
        if kinds is not None and actor.kind not in kinds:
            continue
        for s, e in actor.mentions:
            if s == start and e == end:
                return actor
            if (s <= start and end <= e) or (start <= s and e <= end):
                length = e - s
                if best is None or length < best_len:
                    best, best_len = actor, length
    return best
