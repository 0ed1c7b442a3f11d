"""Where a body is based, written before its name ("Toronto-based Maple Leaf Insurance", "the
Salt Lake City-based First Ledger Bank", "Paris-based IEA"): the place and "-based" are no part of
the speaker's name."""

from __future__ import annotations

from typing import Final

__all__ = ["after_based"]


def after_based(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens after a leading "PLACE-based" modifier when a capitalised name follows it and
    only capitalised place words or a determiner stand before it; else ``toks`` unchanged."""
    for k, (_, _, word) in enumerate(toks[: _REACH + 1]):
        if word.lower().endswith(_BASED) and len(word) > len(_BASED):
            if (
                k + 1 < len(toks)
                and toks[k + 1][2][:1].isupper()
                and all(t[2][:1].isupper() or t[2].lower() in _DETERMINERS for t in toks[:k])
            ):
                return toks[k + 1 :]
            return toks
    return toks


_BASED: Final = "-based"
_DETERMINERS: Final = frozenset({"the", "a", "an"})
_REACH: Final = 4
