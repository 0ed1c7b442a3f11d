"""Whom a surrender act's object names: someone the text never names ("extradited a German fraud
suspect"), or persons it calls former ("a former intelligence chief, X"), whom an official's
"send" may still hand over."""

from __future__ import annotations

from diplotext.extractors.extradition.acts import Act

__all__ = ["former_in_object", "someone_unnamed"]


def someone_unnamed(act: Act, verbs: frozenset[str]) -> bool:
    """Does the act hand over someone the text never names ("Thailand extradited a German fraud
    suspect to Frankfurt in 2022")? Then it joins no case. ``verbs``: the surrender verbs."""
    pred = act.frame.clause.predicate
    if act.frame.phrase is not None or pred.passive or act.frame.lemma not in verbs:
        return False
    return any(
        a.role == "object"
        and a.phrase.words[:1] in (("a",), ("an",))
        and not any(e.kind == "person" for e in a.phrase.entities)
        for a in act.frame.clause.args
    )


def former_in_object(act: Act) -> set[str]:
    """The persons of an object phrase that calls them former ("a former intelligence chief, X")."""
    args = act.frame.clause.args
    if not any(a.role == "object" and "former" in a.phrase.words for a in args):
        return set()
    return {
        e.actor.id
        for a in args
        if a.role in ("object", "apposition")
        for e in a.phrase.entities
        if e.kind == "person" and e.actor is not None
    }
