"""The person a refused request frees: "A court freed X after rejecting Poland's extradition
request", "A judge ordered X's release, rejecting a Polish request for extradition", "X walked free
after a court turned down the request". A refusal told in an adverbial or participle clause names
no suspect of its own; the release its clause hangs on does."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import named_suspects
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["freed_by_the_refusal", "ordered_free"]

_RELEASING: Final = lexicon.words("events", "releasing words")
_ORDERING: Final = lexicon.words("events", "verbs of an order to free")


def ordered_free(ctx: EventContext, clause: Clause) -> bool:
    """Is ``clause`` the "X released" of "ordered X released": a passive complement of a release
    under an order that is given (not denied, not to come)?"""
    pred = clause.predicate
    if clause.kind != "complement" or not pred.passive or pred.lemma not in _RELEASING or pred.negated:
        return False
    order = ctx.parent(clause)
    if order is None or order is clause:
        return False
    op = order.predicate
    return op.lemma in _ORDERING and not (op.negated or op.modal or op.tense == "future" or op.passive)


def freed_by_the_refusal(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The persons the active clause ``clause`` hangs on sets free, when it does: its object
    ("freed X"), the owner of the release it orders ("ordered X's release", "the release of X"),
    or its subject when its object names no one ("X walked free"); never an official nor
    the one who refuses."""
    parent = ctx.parent(clause)
    if clause.kind not in ("adverbial", "participle") or parent is None or parent is clause:
        return []
    pred = parent.predicate
    if ordered_free(ctx, parent):
        # "a court ordered X released, ruling that the request lacked evidence": the order's
        # complement frees its subject (whom the parse also makes the ruling's subject)
        return [a for a in named_suspects(ctx, parent.subject) if not ctx.official(a)]
    pred = parent.predicate
    if pred.passive or pred.negated or pred.modal or pred.tense == "future":
        return []
    objects = parent.objects
    found: list[Actor] = []
    if pred.lemma in _RELEASING:
        found = [a for p in objects for a in named_suspects(ctx, p)]
        if not found:
            found = named_suspects(ctx, parent.subject)  # "X walked free after ..."
    for p in objects:
        if p.head.lower() not in _RELEASING:
            continue
        if p.possessor is not None and p.possessor.kind == "person" and p.possessor.actor is not None:
            found.append(p.possessor.actor)  # "ordered X's release"
        found += [a for prep, q in p.preps if prep == "of" for a in named_suspects(ctx, q)]
    # "Judge X released her findings after rejecting ...": who refuses is not the one freed
    refusers = {a.id for a in ctx.persons(ctx.doers(clause))}
    return [a for a in dict.fromkeys(found) if not ctx.official(a) and a.id not in refusers]
