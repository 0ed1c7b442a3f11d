"""Seasons in a background paragraph (news mode): "In 1998, the army withdrew. In the summer, ..."
is the summer of 1998, as a month or a day there is (:meth:`.context.Context.background`).

A season with no year and no "this", "next", "last" ... ("in the summer", "in summer", "By winter")
takes the year of the paragraph's opening date of an earlier year, unless its clause is in the
future tense ("will return in the summer" is told from now).
"""

from __future__ import annotations

from .context import Context

__all__ = ["background_year"]


def background_year(ctx: Context, start: int, end: int) -> tuple[int, str] | None:
    """(year, anchor value) of the background paragraph around ``text[start:end]``, or ``None``
    when there is none or the clause is in the future tense."""
    bg = ctx.background(start)
    if bg is None or ctx.tense(start, end) == "future":
        return None
    return bg.year, bg.value
