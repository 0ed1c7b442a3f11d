"""A challenge to a surrender that a court is to hear: "The High Court in Dublin will this month
hear a challenge to the surrender of X", "the court is examining his appeal against extradition".
The case is pending before that court, which sits in the state asked.
"""

from __future__ import annotations

from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import holders

__all__ = ["challenge_heard"]

_HEARING: Final = lexicon.words("events", "verbs of a court hearing a challenge")
_CHALLENGES: Final = lexicon.words("events", "appeal nouns")
_AGAINST: Final = frozenset(["to", "against"])


def challenge_heard(ctx: EventContext, act: Act, tribunal: str | None) -> Act | None:
    """The act as pending before the court that hears a challenge to it (the challenge an object
    of a hearing verb, the surrender its "to" or "against" phrase), else ``None``."""
    clause = act.frame.clause
    pred = clause.predicate
    if act.frame.phrase is None or act.status not in (None, "pending") or pred.negated:
        return None
    if pred.lemma not in _HEARING:
        return None
    phrase = act.frame.phrase
    for i, a in enumerate(clause.args):
        if a.role != "object" or a.phrase.head.lower() not in _CHALLENGES:
            continue
        # "a challenge [to the surrender of X]": inside the object, or chained right after it
        inside = any(prep in _AGAINST and p.start <= phrase.start < p.end for prep, p in a.phrase.preps)
        chained = any(
            b.role == "pp"
            and b.prep in _AGAINST
            and b.after == i
            and b.phrase.start <= phrase.start < b.phrase.end
            for b in clause.args
        )
        if inside or chained:
            asked = (*act.requested, *holders(ctx, ctx.doers(clause), tribunal))
            return attrs.evolve(act, status="pending", requested=asked)
    return None
