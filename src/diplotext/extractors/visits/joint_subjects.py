"""A visitor named as the second of two joint subjects: "Foreign Minister A and visiting
Ruritanian Minister B agreed on Monday ...". The clause layer reads "and visiting" as a clause of
its own with no object; the visitor is the subject of the clause that follows it, the host the
official named before the "and"."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["joint_subject_visitor"]


def joint_subject_visitor(ctx: EventContext, frame: Frame) -> tuple[Phrase, list[Actor], Clause] | None:
    """``(visitor phrase, host persons, clause of the verb)`` when ``frame`` is "visiting"
    opening the second of two joint subjects ("A and visiting B agreed"), else ``None``."""
    clause = frame.clause
    if clause.kind != "coordinate" or clause.marker != "and" or clause.args or clause.subject is not None:
        return None
    if clause.predicate.start != frame.trigger[0]:
        return None  # "and then visiting X": not the conjunction right before the participle
    home = next(
        (
            c
            for c in ctx.layer.in_sentence(clause.sentence)
            if c.index != clause.index
            and c.predicate.finite
            and c.subject is not None
            and c.subject.start >= frame.trigger[1]
            and len(ctx.text[frame.trigger[1] : c.subject.start].split()) == 0
        ),
        None,
    )
    if home is None or home.subject is None:
        return None
    start = ctx.layer.sentences[clause.sentence][0]
    before = [
        e.actor
        for e in ctx.layer.entities_in(start, clause.start, places=False)
        if e.kind == "person" and e.actor is not None and not e.pronoun
    ]
    if not before or ctx.text[start : clause.start].count(",") > 1:
        return None
    visitors = ctx.persons(home.subject)
    hosts = [p for p in before[-1:] if p not in visitors and ctx.official(p)]
    if not visitors or not hosts:
        return None
    return home.subject, hosts, home
