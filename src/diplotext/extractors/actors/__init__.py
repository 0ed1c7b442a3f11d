"""The ``actors``  plugin (placeholder until its issue lands)."""

from __future__ import annotations

from diplotext.hookspecs import hookimpl
from diplotext.model import Actor, Article

REQUIRES: tuple[str, ...] = ()


@hookimpl
def extract_actors(article: Article) -> list[Actor]:
    """Find people, states and organisations."""
    return []
