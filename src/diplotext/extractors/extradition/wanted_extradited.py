"""A suspect a state wants extradited, told in a relative clause: "X, whom Peru wants extradited",
"X, the banker Peru wants extradited". The surrender participle is the complement of a wanting verb:
the person the clause is about is the suspect, the wanting verb's subject the state that asks, and
nothing has been done yet (a request, not a completed surrender). The clause layer folds the wanting
verb into the participle's subject ("india wants"), which is read here from its words ("S wants X
extradited", a complement clause, is read by the surrender frame itself).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.act_times import own_or_reported_times
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.people import named_suspects
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.vocabulary import SURRENDER_VERBS, WANTING_VERBS
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["wanted_extradited"]

_SURRENDERING: Final = frozenset(SURRENDER_VERBS)
_WANT_FORMS: Final = frozenset(
    form for lemma in WANTING_VERBS for form in (lemma, lemma + "s", lemma + "ed", "sought", "seeks")
)
"""The forms of a wanting verb folded into a participle's subject ("india wants")."""
_APPOSED: Final = regex.compile(r"[ \t]*,[ \t]*")
"""What lies between a name and the description apposed to it: a comma."""


def wanted_extradited(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """The request of "X, whom S wants extradited" when ``frame`` is the surrender participle."""
    clause = frame.clause
    pred = clause.predicate
    if frame.phrase is not None or pred.lemma not in _SURRENDERING or pred.negated or pred.modal:
        return None
    if not pred.form.endswith("ed") or clause.subject is None:
        return None
    if clause.kind not in ("relative", "participle") or clause.subject.words[-1:] == ():
        return None
    if clause.subject.words[-1] not in _WANT_FORMS:
        return None
    # "whom India wants extradited", "the businessman India wants extradited"
    suspects = _antecedent(ctx, clause) or _apposed_to(ctx, clause.subject)
    asker = clause.subject
    requesting = parties(ctx, asker, tribunal) + [
        c for a in clause.preps("to") for c in parties(ctx, a.phrase, tribunal)
    ]
    if not suspects or not requesting:
        return None
    times, reported = own_or_reported_times(ctx, clause, clause.times)
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(dict.fromkeys(requesting)),
        requested=tuple(c for a in clause.preps("from") for c in parties(ctx, a.phrase, tribunal)),
        status="requested",
        strong=pred.lemma == "extradite",
        dates=tuple(t for t in times if t.type in ("DATE", "TIME")),
        reported=reported,
    )


def _antecedent(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The person a relative clause is about ("X, whom ...")."""
    ante = next((a.phrase for a in clause.args if a.role == "antecedent"), None)
    return named_suspects(ctx, ante)


def _apposed_to(ctx: EventContext, subject: Phrase) -> list[Actor]:
    """The person named right before a description apposed to him ("X, the businessman ...")."""
    start = ctx.layer.sentences[ctx.layer.sentence_at(subject.start)][0]
    before = [e for e in ctx.layer.entities_in(start, subject.start, places=False) if e.kind == "person"]
    if not before or before[-1].pronoun:
        return []
    last = before[-1]
    if last.actor is None or not _APPOSED.fullmatch(ctx.text, last.end, subject.start):
        return []
    return [last.actor]
