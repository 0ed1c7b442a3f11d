"""Offsets of the tokens a tokenizer's spaced pattern finds: each match is ``(spaces, token)`` and
the matches are contiguous (each takes the spaces before its token), so a token's start is the
scan's start plus the lengths of everything before it, and its end its start plus its own length.
:func:`token_offsets` adds the lengths up in C (``itertools.accumulate``) instead of two ``len``
calls and two additions a token in the tokenizer's loop (issue 12, twenty-fourth session)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, chain

__all__ = ["token_offsets"]


def token_offsets(pairs: Sequence[tuple[str, str]], start: int) -> tuple[list[int], list[int]]:
    """The starts and the ends of the tokens of ``pairs`` (contiguous ``(spaces, token)`` matches
    from ``start``), in order."""
    running = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
    return running[1::2], running[2::2]
