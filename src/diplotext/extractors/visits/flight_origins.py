"""Where a flight came from is no stay: "X flew in from Brussels on Tuesday for talks in Ottawa",
"X, who arrived from Vienna late on Monday, ...". A flight verb's "from" phrase that is a bare place
name tells where the plane took off, not a visit there (he may have changed planes, or come from
home by way of it). The place stays an origin (it is still not where the story is set); it is only
no longer made a stay of its own. Only an arrival with no destination of its own counts (he came
to where the story is set): "flew from X to Y" and "flew into Y from X" are legs of a tour, and X
a stop on it. "left Beijing for Tokyo", "on his way from X", "flew in from a
visit to X" and "from talks in X" keep their stay: the verb or the phrase says he was there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.syntax import Entity

__all__ = ["flown_from"]

_FLIGHT: Final = lexicon.words("events", "verbs of a flight from a place")
_WHERE_AFTER: Final = regex.compile(r"[ \t]*,?[ \t]*where\b", regex.IGNORECASE)
# "on his way from X", "en route from X": the trip's last stop, not the plane's take-off
_FROM_BEFORE: Final = regex.compile(
    r"(?<!\b(?:way|route)[ \t]+)\bfrom[ \t]+(?:the[ \t]+)?$", regex.IGNORECASE
)


def flown_from(ctx: EventContext, frame: Frame, hosts: Sequence[Entity], origins: Sequence[Entity]) -> bool:
    """Is the first of the ``origins`` of a flight verb's frame (but for those among its ``hosts``)
    a bare place name right after "from"? (Places after it are chained to it: "from X on Tuesday
    for talks with officials in Y".)"""
    if frame.phrase is not None or frame.lemma not in _FLIGHT or hosts:
        return False
    if any(frame.clause.preps("to", "into")):
        return False  # "flew from Baghdad to Basra", "flew into Amman from X": a leg of a tour
    codes = {h.code for h in hosts}
    left = sorted((o for o in origins if o.code not in codes), key=lambda o: o.start)
    if not left:
        return False
    first = left[0]
    if _WHERE_AFTER.match(ctx.text, first.end):
        return False  # "arrived from Brussels, where she held talks": a stay told there
    return bool(_FROM_BEFORE.search(ctx.text, max(frame.clause.start, first.start - 12), first.start))
