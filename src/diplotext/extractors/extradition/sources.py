"""The state a surrender told in the passive was made from, when the surrender names neither where
it came from nor where it went: "X, who is wanted in Poland, was deported on Tuesday, Thai police
said" (the sayer's state), "BANGKOK - X, wanted in Poland, was deported on Tuesday" (the state the
story is told from). The state that wants him is known from elsewhere ("wanted in Poland")."""

from __future__ import annotations

from collections.abc import Iterable

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import SAY_LEMMAS, parties

__all__ = ["undirected_source"]


def undirected_source(
    ctx: EventContext, acts: Iterable[Act], asking: str, seats: Iterable[str | None], tribunal: str | None
) -> str | None:
    """The state a completed passive surrender with no "to", "from" or "by" phrase was made from:
    the one state of the body or official reporting it in its sentence, else the dateline's state;
    never ``asking`` or the ``seats`` (a tribunal's)."""
    skip = {asking, tribunal, *seats}
    for act in acts:
        clause = act.frame.clause
        pred = clause.predicate
        if (
            act.frame.phrase is not None
            or act.status != "completed"
            or act.requesting
            or act.requested
            or not pred.passive
            or any(a.role == "agent" for a in clause.args)
        ):
            continue
        for c in ctx.layer.in_sentence(act.frame.sentence):
            if c is clause or c.predicate.lemma not in SAY_LEMMAS or c.predicate.negated:
                continue
            codes = {x for x in parties(ctx, c.subject, tribunal) if x not in skip}
            if len(codes) == 1:
                return codes.pop()  # "..., Thai police said"
        if ctx.dateline_code is not None and ctx.dateline_code not in skip:
            return ctx.dateline_code  # "BANGKOK - X was deported on Tuesday"
    return None
