"""Two suspects wanted extradited together: "Brazil wants X and Y extradited". The clause layer
reads "and Y extradited" as a clause of its own, coordinated with "Brazil wants X", whose subject
is Y; it is the second half of the wanting verb's object, the surrender its complement. Both
persons are the suspects of one request made by the wanting verb's subject.
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

__all__ = ["wanted_together"]

_JOINED: Final = regex.compile(r"[ \t]*(?:,[ \t]*)?and[ \t]+")
"""What lies between the first suspect and the clause of the second: "and"."""
_BARE: Final = regex.compile(r"[ \t]*")
"""What lies between the second suspect and the participle: nothing (no "was", no "has")."""
_SURRENDERING: Final = frozenset(SURRENDER_VERBS)


def wanted_together(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """The request of "S wants X and Y extradited" when ``frame`` is its "and Y extradited"."""
    clause = frame.clause
    pred = clause.predicate
    if clause.kind != "coordinate" or frame.phrase is not None or pred.lemma not in _SURRENDERING:
        return None
    if pred.negated or pred.modal or not pred.form.endswith("ed") or clause.parent is None:
        return None
    parent = ctx.layer.in_sentence(clause.sentence)[clause.parent]
    second = clause.subject
    first = next((a.phrase for a in parent.args if a.role == "object"), None)
    if (
        parent.predicate.lemma not in WANTING_VERBS
        or parent.predicate.negated
        or first is None
        or second is None
    ):
        return None
    if not _JOINED.fullmatch(ctx.text, first.end, clause.start) and not _JOINED.fullmatch(
        ctx.text, first.end, second.start
    ):
        return None
    if not _BARE.fullmatch(ctx.text, second.end, pred.head[0]):
        return None
    suspects = (*named_suspects(ctx, first), *named_suspects(ctx, second))
    if len(suspects) < 2:
        return None
    times, reported = own_or_reported_times(ctx, parent, parent.times or clause.times)
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(
            parties(ctx, parent.subject, tribunal)
            + [c for a in clause.preps("to") for c in parties(ctx, a.phrase, tribunal)]
        ),
        requested=tuple(c for a in clause.preps("from") for c in parties(ctx, a.phrase, tribunal)),
        status="requested",
        strong=True,
        dates=tuple(t for t in times if t.type in ("DATE", "TIME")),
        reported=reported,
    )
