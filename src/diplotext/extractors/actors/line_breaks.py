"""A name never runs over a paragraph's line break (issue 10, twenty-sixth session, helper names38).

Text with one paragraph per line puts a headline or a caption in title case right before a paragraph
that opens with a name ("... Ban Zinc Mining Over Water Supply" / "Roy Dalton said ..."): the
capitalised run over the break is two phrases, not one name "Water Supply Roy Dalton". A text wrapped
at a fixed width (no line longer than 100 characters) may break a name over two lines, so there a
break joins as before."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from diplotext.extractors.actors.tokens import Token

_WRAP_WIDTH: Final = 100
"""No line of a text wrapped at a fixed width is longer."""


def _wrapped(text: str) -> bool:
    return max(map(len, text.split("\n")), default=0) <= _WRAP_WIDTH


def split_at_line_breaks(
    text: str, tokens: Sequence[Token], runs: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """``runs`` (token ranges) cut where a line break stands between two of their tokens, unless
    the text is wrapped at a fixed width."""
    wrapped: bool | None = None
    for i, j in runs:
        start = i
        for k in range(i + 1, j):
            if "\n" not in text[tokens[k - 1].end : tokens[k].start]:
                continue
            if wrapped is None:
                wrapped = _wrapped(text)
            if wrapped:
                break
            yield start, k
            start = k
        yield start, j
