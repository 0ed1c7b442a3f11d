"""A state that wants someone handed over, told with the surrender participle after an aside on him
or with "returned": "Beijing wants X, a former bank manager living in Vancouver, extradited to face
charges", "Beijing wants X returned to China". In the first, the clause layer hangs the participle
on the aside's own participle; in the second, "return" is read only as a finite passive. Either is
the wanting verb's request: its subject asks, its object is the suspect, a "to" names the asker too.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.act_times import own_or_reported_times
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.people import named_suspects
from diplotext.extractors.extradition.purposes import sent_to_be_tried
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.vocabulary import SURRENDER_VERBS, WANTING_VERBS
from diplotext.syntax import Clause

__all__ = ["wanted_past_an_aside"]

_SURRENDERING: Final = frozenset(SURRENDER_VERBS)
_AFTER_AN_ASIDE: Final = regex.compile(r",[ \t]*\Z")


def _wanting(ctx: EventContext, clause: Clause) -> Clause | None:
    """The wanting clause the participle belongs to: its parent ("wants X returned"), or the last
    clause before it in the sentence whose object the aside closed by the comma describes."""
    parent = ctx.parent(clause)
    if clause.kind == "complement" and parent is not None and parent.predicate.lemma in WANTING_VERBS:
        return parent if clause.predicate.lemma == "return" else None  # (the surrender frame reads the rest)
    if clause.kind != "participle" or not _AFTER_AN_ASIDE.search(ctx.text, 0, clause.predicate.head[0]):
        return None
    before = [
        c for c in ctx.layer.in_sentence(clause.sentence) if c.end <= clause.start or c.start < clause.start
    ]
    main = next((c for c in reversed(before) if c.kind in ("main", "complement", "coordinate")), None)
    if main is None or main.predicate.lemma not in WANTING_VERBS or main.predicate.negated:
        return None
    return main


def wanted_past_an_aside(ctx: EventContext, frame: Frame, tribunal: str | None) -> Act | None:
    """The request of "S wants X, <aside>, extradited" or "S wants X returned"."""
    clause = frame.clause
    pred = clause.predicate
    if frame.phrase is not None or pred.lemma not in _SURRENDERING or not pred.passive or pred.negated:
        return None
    if pred.finite or not pred.form.endswith("ed"):
        return None
    main = _wanting(ctx, clause)
    if main is None:
        return None
    objects = [a.phrase for a in main.args if a.role == "object"]
    suspects = named_suspects(ctx, objects[0]) if objects else named_suspects(ctx, clause.subject)
    requesting = parties(ctx, main.subject, tribunal)
    requesting += [c for a in clause.preps("to") for c in parties(ctx, a.phrase, tribunal)]
    if not suspects or not requesting:
        return None
    times, reported = own_or_reported_times(ctx, main, main.times)
    return Act(
        frame=frame,
        suspects=tuple(suspects),
        requesting=tuple(dict.fromkeys(requesting)),
        requested=tuple(c for a in clause.preps("from") for c in parties(ctx, a.phrase, tribunal)),
        status="requested",
        # "wants X returned to China to face charges": a removal for trial is an extradition
        strong=pred.lemma == "extradite" or sent_to_be_tried(ctx, clause),
        dates=tuple(t for t in times if t.type in ("DATE", "TIME")),
        reported=reported,
    )
