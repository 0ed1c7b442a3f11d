"""Speech bounds: a quotation mark next to the comma or colon that sets a quote off from its
reporting clause (`... as President," X told the meeting`, `X said: "...`). A clause's arguments
and times lie on the predicate's side of such a bound: words of a quote the parse could not read
into clauses of their own ("When the Governors meet in Kiev next year, ...") are no part of the
reporting clause after it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from diplotext.syntax.tokens import Token
from diplotext.syntax.types import Arg, Clause

__all__ = ["within_speech_bounds"]

_SETTING_OFF = frozenset([",", ":"])


def _bounds(toks: Sequence[Token]) -> list[int]:
    """Offsets of the quotation marks that set a quote off from its reporting clause."""
    out = []
    for k, t in enumerate(toks):
        if t.tag != "Q":
            continue
        before = toks[k - 1].text if k > 0 else ""
        if before in _SETTING_OFF or (k + 1 < len(toks) and toks[k + 1].text in _SETTING_OFF):
            out.append(t.start)
    return out


def within_speech_bounds(toks: Sequence[Token], clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with the arguments and times that lie across a speech bound from their
    predicate dropped (the sentence's clauses as they are when it has no bound)."""
    bounds = _bounds(toks)
    if not bounds:
        return clauses

    def side(pos: int) -> int:
        return bisect.bisect_right(bounds, pos)

    out = []
    for c in clauses:
        here = side(c.predicate.start)
        kept = [k for k, a in enumerate(c.args) if side(a.phrase.start) == here]
        times = tuple(t for t in c.times if side(t.start) == here)
        if len(kept) == len(c.args) and len(times) == len(c.times):
            out.append(c)
            continue
        # an argument's ``after`` counts among the arguments kept
        index = {old: new for new, old in enumerate(kept)}
        args = tuple(_renumbered(c.args[k], index) for k in kept)
        out.append(attrs.evolve(c, args=args, times=times))
    return out


def _renumbered(arg: Arg, index: dict[int, int]) -> Arg:
    """The argument with its ``after`` counted among the arguments kept (``None`` if that one went)."""
    after = arg.after
    return arg if after is None else attrs.evolve(arg, after=index.get(after))
