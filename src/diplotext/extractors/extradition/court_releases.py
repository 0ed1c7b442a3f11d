"""A court that sets the wanted person free ends the surrender: "A court ordered the release of X,
ruling that the extradition request lacked evidence", "The judge freed X on Tuesday". The release
is a refusal of the case it is told in, dated by its own clause. Police letting someone go, a
release on bail or under conditions, and a release to come ("could be freed") refuse nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.releases import ordered_free
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["release_ordered"]

_COURTS: Final = lexicon.words("events", "courts that order a release")
_RELEASING: Final = lexicon.words("events", "orders of a release")
_KEPT_OPEN: Final = lexicon.words("events", "releases that keep a case open")
_WORD: Final = regex.compile(r"\w+")


def _by_a_court(clause: Clause) -> bool:
    subject = clause.subject
    return subject is not None and bool(subject.head) and subject.head.lower().split()[-1] in _COURTS


def _names(ctx: EventContext, phrase: Phrase | None, suspect: Actor) -> bool:
    return phrase is not None and suspect in ctx.persons(phrase)


def _frees(ctx: EventContext, clause: Clause, suspect: Actor) -> bool:
    """Does the clause set ``suspect`` free: "freed X", "ordered the release of X", "ordered X's
    release"?"""
    objects = [a.phrase for a in clause.args if a.role == "object"]
    if clause.predicate.lemma in _RELEASING:
        return any(_names(ctx, p, suspect) for p in objects)
    for p in objects:
        if p.head.lower() not in _RELEASING:
            continue
        if p.possessor is not None and p.possessor.kind == "person" and p.possessor.actor == suspect:
            return True
        if any(prep == "of" and _names(ctx, q, suspect) for prep, q in p.preps):
            return True
    return False


def release_ordered(
    ctx: EventContext, suspect: Actor, acts: Sequence[Act], sentences: Iterable[int]
) -> list[Act]:
    """Refusals for the courts' orders, in the case's own sentences, that set ``suspect`` free."""
    if any(a.status == "completed" for a in acts):
        return []
    out = []
    for idx in sorted(set(sentences)):
        for clause in ctx.layer.in_sentence(idx):
            pred = clause.predicate
            order = ctx.parent(clause) if ordered_free(ctx, clause) else None
            if order is not None:  # "the court ordered X released"
                if not _by_a_court(order) or suspect not in ctx.persons(clause.subject):
                    continue
            elif (
                clause.kind not in ("main", "participle")
                or pred.passive
                or pred.negated
                or pred.modal
                or pred.tense == "future"
                or not _by_a_court(clause)
                or not _frees(ctx, clause, suspect)
            ):
                continue
            words = {w.lower() for w in _WORD.findall(ctx.text, clause.start, clause.end)}
            if not words.isdisjoint(_KEPT_OPEN):
                continue  # "ordered his release on bail": the case goes on
            told = order or clause
            frame = Frame(lemma=told.predicate.lemma, clause=told, trigger=told.predicate.head)
            days = tuple(t for t in told.times if t.type in ("DATE", "TIME"))
            out.append(Act(frame=frame, suspects=(suspect,), status="refused", strong=True, dates=days))
    return out
