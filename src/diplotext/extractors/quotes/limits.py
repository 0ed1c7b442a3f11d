"""How far the quote scan reads: bounds that keep it linear on any input."""

from __future__ import annotations

from typing import Final

__all__ = ["MAX_CLAUSE", "MAX_CUES", "MAX_PARAGRAPH_CUES", "MAX_SENTENCES"]

MAX_SENTENCES: Final = 20_000
"""Most sentences analysed in one article (a long book has fewer; past it, input is not prose)."""

MAX_PARAGRAPH_CUES: Final = 20_000
"""Most cues looked at in one paragraph."""

MAX_CUES: Final = 24
"""Most cues looked at in one sentence (real sentences have a handful)."""

MAX_CLAUSE: Final = 3000
"""Longest reported clause kept (characters); longer runs are not clauses but run-on text."""
