"""A fellow suspect told by description: "A co-defendant, a Latvian national, was extradited to
Norway in March" is another's surrender, not an act of the case the story follows."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.extradition.acts import Act

__all__ = ["of_a_fellow"]

_FELLOW_WORDS: Final = lexicon.words("events", "words before a fellow suspect")


def of_a_fellow(act: Act) -> bool:
    """Is the act's clause about a fellow suspect told by description, no one named ("A
    co-defendant, a Ukrainian national, was extradited", "Another suspect was handed over")?"""
    clause = act.frame.clause
    subject = clause.subject
    if subject is None or not clause.predicate.passive:
        return False
    # "A second man sought by police, X, was arrested": a fellow named in apposition is one the
    # story follows
    named = any(e.kind == "person" for e in subject.entities) or any(
        a.role == "apposition" for a in clause.args
    )
    return bool(_FELLOW_WORDS.intersection(subject.words[:2])) and not named
