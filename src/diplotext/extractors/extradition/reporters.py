"""The state that tells of a surrender made from its own soil: "X was extradited to Germany on
Monday, Spanish police said", "Spanish police said X was deported to Germany": a passive surrender
with a destination and no source, reported in its own sentence by a state's body or official, was
made by that state (never the destination itself)."""

from __future__ import annotations

from collections.abc import Iterable

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import SAY_LEMMAS, parties

__all__ = ["reporting_state"]


def reporting_state(
    ctx: EventContext, acts: Iterable[Act], asking: str | None, tribunal: str | None
) -> str | None:
    """The one state (other than ``asking``) of the sayer of a completed passive surrender's
    sentence, when the surrender names no state it was made from; else ``None``."""
    for act in acts:
        clause = act.frame.clause
        if act.status != "completed" or act.requested or not act.requesting or not clause.predicate.passive:
            continue
        for c in ctx.layer.in_sentence(act.frame.sentence):
            if c is clause or c.predicate.lemma not in SAY_LEMMAS or c.predicate.negated:
                continue
            codes = [x for x in parties(ctx, c.subject, tribunal) if x not in (asking, tribunal)]
            if len(set(codes)) == 1:
                return codes[0]
    return None
