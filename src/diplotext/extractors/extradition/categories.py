"""A surrender said of a category of people, not of the suspect: "though Swiss citizens themselves
cannot be extradited without their consent", "nationals may not be surrendered". A bare plural (no
article, possessive or number) as the one handed over states a rule; like a habit
(:func:`diplotext.extractors.extradition.scope.habitual`) it may give the case grounds, never its
status."""

from __future__ import annotations

from diplotext.extractors.extradition.acts import Act
from diplotext.lexicon import NUMBER_WORDS
from diplotext.syntax import words as W

__all__ = ["of_a_category"]


def of_a_category(act: Act) -> bool:
    """Is the one the act hands over a bare plural naming no one ("Swiss citizens cannot be
    extradited", "does not extradite nationals")?"""
    if act.suspects or act.frame.phrase is not None:
        return False
    clause = act.frame.clause
    objects = clause.objects
    moved = clause.subject if clause.predicate.passive else (objects[0] if objects else None)
    if moved is None or not moved.words or any(e.kind == "person" for e in moved.entities):
        return False
    first = moved.words[0].lower()
    if first in W.DETERMINERS or first in W.POSSESSIVES or first in NUMBER_WORDS or first[:1].isdigit():
        return False
    head = moved.head.lower()
    return len(head) > 3 and head.endswith("s") and not head.endswith("ss")
