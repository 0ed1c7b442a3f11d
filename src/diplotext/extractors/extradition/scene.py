"""Where a suspect the story names by a description did the deed: "A gunman killed 20 people at a
store in Tucson, Arizona. Peru will seek to extradite the gunman": he was there when last told of,
so the state of that place holds him, when nothing else says who does."""

from __future__ import annotations

from collections.abc import Iterable

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.vocabulary import SUSPECT_DESCRIPTIONS
from diplotext.syntax import Phrase

__all__ = ["scene_of_the_description"]


def scene_of_the_description(ctx: EventContext, acts: Iterable[Act], asking: str | None) -> str | None:
    """The one state (other than the asking one) where the description an act names the suspect
    by ("the gunman") was the active subject of a clause with an "in" or "at" place."""
    nouns = {
        a.phrase.head.lower()
        for act in acts
        for a in act.frame.clause.args
        if a.role in ("subject", "object")
        and a.phrase.head.lower() in SUSPECT_DESCRIPTIONS
        and not any(e.kind == "person" for e in a.phrase.entities)
    }
    if not nouns:
        return None
    found: set[str] = set()
    for idx in ctx.layer.with_words(frozenset(nouns)):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            subject = clause.subject
            if subject is None or subject.head.lower() not in nouns or pred.passive or pred.negated:
                continue
            if any(e.kind == "person" for e in subject.entities):
                continue
            for a in clause.preps("in", "at"):
                found |= _states(ctx, a.phrase)
    found.discard(asking or "")
    return found.pop() if len(found) == 1 else None


def _states(ctx: EventContext, phrase: Phrase) -> set[str]:
    """The states of the places a phrase names, itself or in its "in"/"of" phrases ("at a store in
    the border city of X"); not a demonym ("at a Mexican restaurant")."""
    out: set[str] = set()
    for p in (phrase, *(q for prep, q in phrase.preps if prep in ("in", "of"))):
        out |= {
            e.code
            for e in p.entities
            if e.kind in ("state", "place") and e.code and e.place_kind != "demonym"
        }
    return out
