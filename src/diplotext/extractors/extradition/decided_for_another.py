"""A request a state decides on is another state's: "Peru said Spain had rejected its request for
the extradition of X", "Spain turned down their request to extradite X, Peruvian officials said".
"its" or "their" owning the request that the subject of a refusal or grant decides on is not
that subject (a state does not refuse its own request) but the sayer of the report that tells it
(the clause it is reported under, or a "..., Peru said" after it); with no such sayer, the act
asks for no one. Without this the two sides are one state and the refusal reads as the asking
state's own step (:mod:`.home_steps`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import SAY_LEMMAS, parties
from diplotext.extractors.extradition.vocabulary import GRANT_VERBS, REFUSAL_VERBS
from diplotext.syntax import Clause, Phrase

__all__ = ["mend_decided_requests"]

_POSSESSIVES: Final = lexicon.words("events", "possessive pronouns of a request's maker")
_DECIDING: Final = REFUSAL_VERBS | GRANT_VERBS


def _sayer(ctx: EventContext, clause: Clause) -> Phrase | None:
    """The subject of the report a clause is told under: its parent's, or that of a reporting
    clause after it in its sentence ("..., Peru said on Tuesday")."""
    clauses = ctx.layer.in_sentence(clause.sentence)
    if clause.kind == "complement" and clause.parent is not None and 0 <= clause.parent < len(clauses):
        parent = clauses[clause.parent]
        if parent.predicate.lemma in SAY_LEMMAS:
            return parent.subject
    after = next(
        (
            c
            for c in clauses
            if c.start >= clause.end - 1
            and c.predicate.lemma in SAY_LEMMAS
            and c.subject is not None
            and c.subject.start > clause.start
        ),
        None,
    )
    return after.subject if after is not None else None


def mend_decided_requests(ctx: EventContext, acts: Sequence[Act], tribunal: str | None) -> list[Act]:
    """The acts with the maker of a request told by "its"/"their" under a state's decision on it
    (read as the deciding state, or as no one) set to the report's sayer, else to no one."""
    out = []
    for act in acts:
        clause = act.frame.clause
        deciders = set(parties(ctx, clause.subject, tribunal))
        if (
            clause.predicate.lemma not in _DECIDING
            or not deciders
            or not set(act.requesting) <= deciders
            or not any(
                a.role == "object" and a.phrase.words[:1] and a.phrase.words[0].lower() in _POSSESSIVES
                for a in clause.args
            )
        ):
            out.append(act)
            continue
        sayers = tuple(c for c in parties(ctx, _sayer(ctx, clause), tribunal) if c not in deciders)
        out.append(attrs.evolve(act, requesting=sayers[:1]))
    return out
