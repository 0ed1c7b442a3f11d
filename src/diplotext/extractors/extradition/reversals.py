"""A decision that reverses the one before: "On Monday an appeals court reversed that ruling and
granted the extradition". A grant (or refusal) told in a clause coordinated with a verb of reversal
("reverse", "overturn", "quash") comes after the decision it reverses, whatever the days told: it
is the case's status, and the reversal's day is its day when its own clause tells none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.syntax import Clause

__all__ = ["reversed_decisions"]

_REVERSING: Final = lexicon.words("events", "verbs reversing a decision")
_DECIDED: Final = frozenset(["granted", "refused"])


def reversed_decisions(ctx: EventContext, acts: Sequence[Act]) -> list[Act]:
    """The acts, with a decision that reverses an opposite one dated on the reversal's day when its
    clause has none, and every earlier decision of the other way left without status."""
    found = next(
        ((a, r) for a in reversed(acts) if a.status in _DECIDED and (r := _reversal(ctx, a.frame.clause))),
        None,
    )
    if found is None or not any(a.status in _DECIDED - {found[0].status} for a in acts):
        return list(acts)
    reversal, verb = found
    out: list[Act] = []
    for act in acts:
        if act is reversal and not act.dates:
            out.append(attrs.evolve(act, dates=tuple(t for t in verb.times if t.type in ("DATE", "TIME"))))
        elif act.status in _DECIDED and act.status != reversal.status:
            out.append(attrs.evolve(act, status=None))  # reversed
        else:
            out.append(act)
    return out


def _reversal(ctx: EventContext, clause: Clause) -> Clause | None:
    """The clause of reversal a coordinate clause follows in its sentence ("reversed the ruling,
    holding that ..., and granted the extradition"), else ``None``."""
    if clause.kind != "coordinate":
        return None
    return next(
        (
            c
            for c in ctx.layer.in_sentence(clause.sentence)
            if c.start < clause.start and c.predicate.lemma in _REVERSING and not c.predicate.negated
        ),
        None,
    )
