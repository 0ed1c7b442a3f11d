"""diplotext: structured, evidence-linked data from English news about international diplomacy.

import diplotext
doc = diplotext.extract(text, published="2011-09-12")   # fills a date the text does not state
doc.dates, doc.actors, doc.quotes, doc.events, doc.article
doc.to_dict()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Document",
    "Error",
    "Event",
    "Quote",
    "TemporalExpression",
    "__version__",
    "extract",
    "extract_record",
    "hookimpl",
]

if TYPE_CHECKING:
    from diplotext.hookspecs import hookimpl
    from diplotext.model import Actor, Article, Document, Error, Event, Quote, TemporalExpression
    from diplotext.pipeline import extract, extract_record

_LAZY = {
    "Actor": "diplotext.model",
    "Article": "diplotext.model",
    "Document": "diplotext.model",
    "Error": "diplotext.model",
    "Event": "diplotext.model",
    "Quote": "diplotext.model",
    "TemporalExpression": "diplotext.model",
    "extract": "diplotext.pipeline",
    "extract_record": "diplotext.pipeline",
    "hookimpl": "diplotext.hookspecs",
}


def __getattr__(name: str) -> Any:
    """Import the public names on first use, so ``import diplotext`` stays quick."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diplotext' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
