"""Helpers the quote test files share: the quotes of an invented body, and their speakers."""

from __future__ import annotations

import diplotext
from diplotext.model import Quote


def quotes(text: str) -> list[Quote]:
    """The quotes of ``text`` read as an article body published on 2030-06-12."""
    return list(diplotext.extract(text, published="2030-06-12", layout="body").quotes)


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote of ``text``, in order."""
    return [q.speaker for q in quotes(text)]
