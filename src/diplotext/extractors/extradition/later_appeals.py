"""A later stage of the case: the suspect's appeal against the decision that granted his
surrender, told in a sentence of its own after it ("A Spanish court approved the extradition of X
to Peru on Monday. X appealed against the decision on Wednesday", "He has lodged an appeal").
The appeal, made (not planned: "said he would appeal"), leaves the case pending, dated by its
own clause; so does one coordinated after the grant in its sentence ("ordered his surrender in
May, but X has appealed"). So does the appeal whose object tells the grant in its own sentence ("X lodged an
appeal on Wednesday against a lower court ruling that allowed his extradition"). Only the suspect
(his name or a pronoun for him) or his lawyer ("The lawyer of X, whose extradition was approved last
week, has filed an appeal") appeals here; a prosecutor's appeal or an appeal against a
conviction told with no grant before it opens nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.pleas import by_the_defence
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["appeal_after_grant", "appeal_against_a_grant"]

_APPEALING: Final = lexicon.words("events", "verbs of a suspect's appeal against a surrender decision")
_LODGING: Final = lexicon.words("events", "verbs that lodge an appeal")
_AFTER: Final = 2
"""How many sentences after the grant the appeal may be told."""


def _made(clause: Clause) -> bool:
    pred = clause.predicate
    return (
        not pred.negated
        and pred.modal is None
        and not pred.chain
        and (pred.tense == "past" or pred.aspect.startswith("perfect") or pred.aspect == "progressive")
    )


def _appellant(ctx: EventContext, clause: Clause, suspect: Actor) -> bool:
    """Does the suspect appeal in ``clause``: he, or his lawyer ("The lawyer of X has filed an
    appeal", "His lawyers have lodged an appeal")?"""
    subject = clause.subject
    if subject is None:
        return False
    if suspect in ctx.persons(subject):
        return True
    if not by_the_defence(ctx, subject):
        return False
    owners = [e.actor for e in subject.entities if e.kind == "person" and e.actor is not None]
    owners += [a for prep, p in subject.preps if prep == "of" for a in ctx.persons(p)]
    return suspect in owners


def _is_appeal(clause: Clause) -> bool:
    lemma = clause.predicate.lemma
    if lemma in _APPEALING:
        return True
    return lemma in _LODGING and any(
        a.role == "object" and a.phrase.head.lower() in _APPEALING for a in clause.args
    )


def appeal_after_grant(ctx: EventContext, suspect: Actor, acts: Sequence[Act]) -> list[Act]:
    """Pending acts for the suspect's appeals made in the sentences right after a grant."""
    granted = sorted({a.frame.sentence for a in acts if a.status == "granted"})
    if not granted:
        return []
    taken = {a.frame.sentence for a in acts}
    # "ordered his surrender in May, but X has appealed": a coordinate appeal after the grant
    grant_ends = {a.frame.sentence: a.frame.clause.end for a in acts if a.status == "granted"}
    out = []
    for idx in range(granted[0], min(len(ctx.layer.sentences), granted[-1] + 1 + _AFTER)):
        if idx in taken and idx not in grant_ends:
            continue
        for clause in ctx.layer.in_sentence(idx):
            kind = "coordinate" if idx in taken else "main"
            if clause.kind != kind or not _is_appeal(clause) or not _made(clause):
                continue
            if idx in taken and clause.start < grant_ends[idx]:
                continue
            if not _appellant(ctx, clause, suspect):
                continue
            frame = Frame(lemma=clause.predicate.lemma, clause=clause, trigger=clause.predicate.head)
            days = tuple(t for t in clause.times if t.type in ("DATE", "TIME"))
            out.append(Act(frame=frame, suspects=(suspect,), status="pending", dates=days))
    return out


_TOLD_INSIDE: Final = frozenset(["relative", "participle"])


def appeal_against_a_grant(ctx: EventContext, suspect: Actor, acts: Sequence[Act]) -> list[Act]:
    """Pending acts for the suspect's appeals made in a main clause of the sentence of a grant told
    inside it, by a relative or participle ("an appeal against a ruling that allowed / allowing his
    extradition"), after the appeal's verb."""
    out = []
    done: set[int] = set()
    for act in acts:
        inner = act.frame.clause
        if act.status != "granted" or inner.kind not in _TOLD_INSIDE or inner.sentence in done:
            continue
        for clause in ctx.layer.in_sentence(inner.sentence):
            # "X, whose extradition was approved last week, has filed an appeal": a relative on the
            # appellant, told before the appeal's verb
            on_the_appellant = inner.kind == "relative" and ctx.parent(inner) is clause
            if (
                clause.kind != "main"
                or (clause.predicate.end > inner.start and not on_the_appellant)
                or not _is_appeal(clause)
                or not _made(clause)
                or not _appellant(ctx, clause, suspect)
            ):
                continue
            done.add(inner.sentence)
            frame = Frame(lemma=clause.predicate.lemma, clause=clause, trigger=clause.predicate.head)
            days = tuple(t for t in clause.times if t.type in ("DATE", "TIME"))
            out.append(Act(frame=frame, suspects=(suspect,), status="pending", dates=days))
    return out
