"""What makes no dispute, or no decision on one: a surrender between provinces of one state
("Texas extradited X to Oklahoma"), a child handed over (a custody case), and an act told as a
rule or a habit ("its constitution forbids the extradition of its nationals")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.model import Actor

__all__ = ["child", "domestic", "habitual", "regions_to"]

_NEVER: Final = regex.compile(r"\bnever\b", regex.IGNORECASE)
_CHILD_CHARGES: Final = lexicon.words("events", "nouns a charge puts after child")
_CHILD: Final = regex.compile(
    r"\b(?:boy|girl|(?:[1-9]|1[0-5])-year-old|child(?![ \t]+(?:"
    + "|".join(sorted(_CHILD_CHARGES))
    + r")\b))\b",
    regex.IGNORECASE,
)


def regions_to(ctx: EventContext, acts: Sequence[Act]) -> set[str]:
    """The states of the provinces or federal states a surrender of the acts is made to
    ("extradited X to Texas": the United States)."""
    found: set[str] = set()
    for act in acts:
        if act.frame.phrase is None:
            for a in act.frame.clause.preps("to"):
                found |= geo.subdivision_countries(ctx.text[a.phrase.start : a.phrase.end])
    return found


def domestic(ctx: EventContext, acts: Sequence[Act], asked: str | None) -> bool:
    """Is a surrender made to a province or state of the asked state itself (with no asked state,
    of the dateline's, or of the province that surrenders: "Texas authorities extradited X to
    Oklahoma", "extradited from Texas to Oklahoma")?"""
    homes = {asked or ctx.dateline_code} - {None}
    provinces: set[str] = set()
    for act in acts:
        if act.frame.phrase is not None:
            continue
        subject = act.frame.clause.subject
        if subject is not None:
            words = ctx.text[subject.start : subject.end].split()
            provinces |= {c for w in words[:3] for c in geo.subdivision_countries(w)}
        for a in act.frame.clause.preps("from"):
            provinces |= geo.subdivision_countries(ctx.text[a.phrase.start : a.phrase.end])
    targets = regions_to(ctx, acts)
    if not targets and asked in (None, ctx.dateline_code) and ctx.dateline_code in provinces:
        # "LAS VEGAS - X was extradited from Arizona": from a province of the dateline's own state
        return True
    return bool((homes | provinces) & targets)


def child(ctx: EventContext, person: Actor) -> bool:
    """Is the person handed over a child ("the boy", "6-year-old X"): a custody case, not a
    suspect's, unless the words themselves say extradition?"""
    sentences = {ctx.layer.sentence_at(s) for s, _ in person.mentions}
    return any(_CHILD.search(ctx.text, *ctx.layer.sentences[i]) for i in sorted(sentences)[:3])


def habitual(ctx: EventContext, act: Act) -> bool:
    """An act naming no suspect told as a rule or a habit, not a decision on the case: "Canada
    does not extradite people to ...", "its constitution forbids the extradition of its
    nationals", "Albania has never extradited a fighter to Serbia" (present simple, or "never")."""
    pred = act.frame.clause.predicate
    if act.suspects or act.dates or pred.modal or pred.tense != "present":
        return False
    if pred.aspect == "simple":
        return True
    clause = act.frame.clause
    return _NEVER.search(ctx.text, clause.start, clause.end) is not None
