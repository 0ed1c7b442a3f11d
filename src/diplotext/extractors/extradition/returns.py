"""A person returned by a state, told in the active: "Iraq returned X, a drug suspect, to Iran on
Sunday", "Iraqi authorities have returned X, who is wanted in Iran, to Tehran". The passive ("X was
returned to China") was read already; the active "X returned to Lima" (he went back) is none: only
a finite clause with a named person for object and a "to" phrase (its own, or one the clause layer
gave a relative or participle on the object) hands someone over.
"""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import named_suspects, pp_phrases
from diplotext.syntax import Clause

__all__ = ["handed_back", "returned_someone"]


def returned_someone(ctx: EventContext, clause: Clause) -> bool:
    """Is the active clause a state's return of a named person to a place?"""
    pred = clause.predicate
    if pred.passive or not pred.finite or pred.negated or clause.subject is None:
        return False
    objects = [a.phrase for a in clause.args if a.role == "object"]
    if not objects or not named_suspects(ctx, objects[0]):
        return False
    if pp_phrases(clause, "to"):
        return True
    # "returned X, who is wanted in Iran, to Tehran": the "to" the clause layer hung on the aside
    return any(
        c.parent == clause.index and c.kind in ("relative", "participle") and pp_phrases(c, "to")
        for c in ctx.layer.in_sentence(clause.sentence)
    )


def _returned(clause: Clause) -> bool:
    """ "X was returned to China from Canada": a finite passive told as done, not "if he was
    returned", "for X to be returned"."""
    pred = clause.predicate
    told = pred.tense == "past" or (pred.tense == "present" and pred.aspect == "perfect")
    conditional = clause.kind == "adverbial" and clause.marker in ("if", "unless", "whether")
    return pred.passive and pred.finite and told and not pred.modal and not conditional


def handed_back(ctx: EventContext, clause: Clause) -> bool:
    """Is a "return" clause a person handed back: "X was returned to China", "returned X to Iran"?"""
    return _returned(clause) or returned_someone(ctx, clause)
