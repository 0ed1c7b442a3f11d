"""Where a suspect has taken refuge: "X sought asylum in Argentina to avoid extradition",
"Ecuador granted asylum to X", "X fled to Paraguay". The state that shelters him is the one asked
to surrender him, when no sentence names it otherwise (words in ``data/lexicon/events.txt``,
sections "refuge nouns" and "flight verbs")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.extractors.extradition.sides import holders, parties
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["refuge_states"]

_REFUGE_NOUNS: Final = lexicon.words("events", "refuge nouns")
_FLIGHT_VERBS: Final = lexicon.words("events", "flight verbs")


def refuge_states(ctx: EventContext, clause: Clause, suspect: Actor, tribunal: str | None) -> list[str]:
    """The states a clause says shelter the suspect: "asylum in Y" sought or got by him, "Y granted
    (him) asylum", "he fled to Y"."""
    pred = clause.predicate
    if pred.negated:
        return []
    objects = [a.phrase for a in clause.args if a.role == "object"]
    his = suspect in ctx.persons(clause.subject)
    if any(o.head.lower() in _REFUGE_NOUNS for o in objects):
        if his:  # "X sought asylum in Argentina", "X was granted asylum by Uruguay"
            preps = ("in", "by") if pred.passive else ("in",)
            return [c for p in pp_phrases(clause, *preps) for c in parties(ctx, p, tribunal)]
        given_to = [p for p in pp_phrases(clause, "to") if suspect in ctx.persons(p)]
        if given_to or any(suspect in ctx.persons(o) for o in objects):
            return holders(ctx, clause.subject, tribunal)  # "Ecuador granted asylum to X"
        return []
    if his and pred.lemma in _FLIGHT_VERBS and not pred.passive:
        return [c for p in pp_phrases(clause, "to") for c in parties(ctx, p, tribunal)]  # "fled to Y"
    return []
