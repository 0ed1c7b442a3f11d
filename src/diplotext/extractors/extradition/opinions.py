"""A court's opinion on a surrender: "the investigating chamber gave an unfavourable opinion on
Rwanda's request to extradite X" (a refusal), "a favourable opinion on his extradition to Italy" or
"gave a favourable opinion to the extradition of X" (a grant). In French, Belgian, Swiss and
Italian procedure the court gives an opinion ("avis", "parere") that the government follows;
English reports keep the word. The court that gives it is of the state asked."""

from __future__ import annotations

from typing import Final

import attrs

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import parties
from diplotext.syntax import Clause

__all__ = ["opinion_given"]

_OPINIONS: Final = lexicon.words("events", "nouns of a court's opinion")
_AGAINST: Final = lexicon.words("events", "words of an unfavourable opinion")
_FOR: Final = lexicon.words("events", "words of a favourable opinion")
_ON: Final = lexicon.words("events", "prepositions of a court's opinion")


def _opinion(clause: Clause) -> str | None:
    """ "refused" or "granted" when the clause gives an (un)favourable opinion on something."""
    if clause.predicate.negated or not any(a.role == "pp" and a.prep in _ON for a in clause.args):
        return None
    for a in clause.args:
        if a.role != "object" or a.phrase.head.lower() not in _OPINIONS:
            continue
        words = {w.lower() for w in a.phrase.words}
        if words & _AGAINST:
            return "refused"
        if words & _FOR:
            return "granted"
    return None


def opinion_given(ctx: EventContext, act: Act, tribunal: str | None) -> Act | None:
    """The act as the court's opinion made it (its status, the state of the court that gave it, the
    day of that clause when the act has none) when its surrender is the matter of a court's opinion
    (its own clause, or the one a "request to extradite" infinitive hangs on); else ``None``."""
    clause = act.frame.clause
    clauses = [clause]
    parent = ctx.parent(clause)
    if parent is not None and clause.kind == "infinitive":
        clauses.append(parent)
    for c in clauses:
        status = _opinion(c)
        if status is not None:
            days = act.dates or tuple(t for t in c.times if t.type in ("DATE", "TIME"))
            asked = (*act.requested, *parties(ctx, ctx.doers(c), tribunal))
            reported = act.reported if act.dates else not days
            return attrs.evolve(act, status=status, requested=asked, dates=days, reported=reported)
    return None
