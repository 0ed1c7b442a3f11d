"""A substring test that spares a pattern its search in a window of text: a pattern that must match
one of some words, case ignored, cannot match in a window whose case-folded text holds none of them
(the rules ask about the few characters before each mention of each person, and most such windows
hold none of the words a rule looks for)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from diplotext.patterns import KEEP_GIL

__all__ = ["found_before", "holds_folded"]


def holds_folded(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Does ``text[start:end]``, case-folded, hold one of ``words`` (lower-case ASCII)? Every
    character ``regex`` matches to an ASCII letter when case is ignored (the letter in either case,
    the Kelvin sign, the long s) case-folds to that letter, so where this is ``False`` no pattern
    that must match one of the words there (case ignored or not) matches in the window."""
    window = text[start:end].casefold()
    return any(map(window.__contains__, words))


def found_before(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int], reach: int, words: tuple[str, ...]
) -> bool:
    """Does ``pattern`` match in the ``reach`` characters before one of ``starts`` (``search``
    there)? Only the windows that hold one of ``words`` (:func:`holds_folded`), which every match
    of the pattern holds, are searched."""
    for start in starts:
        lo = max(0, start - reach)
        if holds_folded(text, lo, start, words) and pattern.search(text, lo, start, KEEP_GIL) is not None:
            return True
    return False
