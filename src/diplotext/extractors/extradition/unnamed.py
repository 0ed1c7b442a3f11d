"""Whom a surrender act's object names: someone the text never names ("extradited a German fraud
suspect"), or persons it calls former ("a former intelligence chief, X"), whom an official's
"send" may still hand over."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.extradition.acts import Act

__all__ = ["former_in_object", "someone_unnamed"]


def someone_unnamed(act: Act, verbs: frozenset[str]) -> bool:
    """Does the act hand over someone the text never names ("Thailand extradited a German fraud
    suspect to Frankfurt in 2022") or a count of people ("extradited more than 200 people last
    year")? Then it joins no case. ``verbs``: the surrender verbs."""
    pred = act.frame.clause.predicate
    if act.frame.phrase is not None or pred.passive or act.frame.lemma not in verbs:
        return False
    return any(
        (
            (a.role == "object" and (a.phrase.words[:1] in (("a",), ("an",)) or _counted(a.phrase.words)))
            # "more than 200 people": the count read as a "than" phrase
            or (a.role == "pp" and a.prep == "than" and _counted(a.phrase.words))
        )
        and not any(e.kind == "person" for e in a.phrase.entities)
        for a in act.frame.clause.args
    )


_COUNTS: Final = lexicon.words("events", "counts of people handed over")
_LARGE_COUNT: Final = 10


def _counted(words: tuple[str, ...]) -> bool:
    """Is an object a count of people ("more than 200 people", "dozens of fugitives", "37 people"),
    not someone the text names?"""
    if not words:
        return False
    first = words[0]
    if first in _COUNTS:
        return True
    number = first.replace(",", "")
    return number.isdigit() and int(number) >= _LARGE_COUNT


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
