"""Helpers for the actors tests: the persons the actors plugin finds in a text, and the visits
the whole pipeline makes of it."""

from __future__ import annotations

import diplotext
from diplotext.extractors.actors import find_actors
from diplotext.model import Actor, Article


def people(text: str) -> list[Actor]:
    return [a for a in find_actors(Article(text=text, paragraphs=((0, len(text)),))) if a.kind == "person"]


def visits(text: str, published: str = "2024-03-05") -> list[dict[str, object]]:
    doc = diplotext.extract(text, default_published=published).to_dict()
    return [e["roles"] for e in doc["events"] if e["type"] == "visit"]
