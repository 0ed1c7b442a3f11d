"""The home a described suspect's demonym gives: "Chile's Supreme Court refused to extradite a
former Argentine police officer accused of torture". A surrender verb whose object is an
indefinite description with one demonym ("a former Argentine police officer", "a Moldovan
businessman"), and no destination, sends him to the state of that demonym, when the case names no
state that asks and that state is not the one asked ("Thailand will extradite a Thai monk": no).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act

__all__ = ["described_home"]

_INDEFINITE: Final = lexicon.words("events", "indefinite articles of a description")


def described_home(ctx: EventContext, acts: Sequence[Act], asked: str | None) -> str | None:
    """The one state of the demonyms in the indefinite object of an active surrender verb with no
    destination, when it is not ``asked``; else ``None``."""
    if asked is None:
        return None
    homes: set[str] = set()
    for act in acts:
        clause = act.frame.clause
        if act.frame.phrase is not None or clause.predicate.passive or act.requesting:
            continue
        for a in clause.args:
            if a.role != "object" or not a.phrase.words or a.phrase.words[0] not in _INDEFINITE:
                continue
            # the states of the description's own words ("a former Argentine police officer"), not
            # of a phrase after it ("a man from Chile")
            homes.update(e.code for e in a.phrase.entities if e.kind == "state" and e.code)
    return homes.pop() if len(homes) == 1 and asked not in homes else None
