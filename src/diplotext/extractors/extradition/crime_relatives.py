"""A description whose relative clause tells a crime: "A smirking conman who fleeced pensioners
out of their savings was flown back to Britain", "a trader who swindled investors". Like "accused
of", the crime marks the one described as a suspect, named in the sentences after.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause, Phrase

__all__ = ["told_a_crime"]

_CRIME_VERBS: Final = lexicon.words("events", "verbs of a crime told of a described suspect")


def told_a_crime(ctx: EventContext, phrase: Phrase, clause: Clause) -> bool:
    """Does a relative clause of the sentence, whose subject is the phrase, tell a crime?"""
    return any(
        c.kind == "relative"
        and c.predicate.lemma in _CRIME_VERBS
        and not c.predicate.negated
        and c.subject is not None
        and c.subject.start == phrase.start
        for c in ctx.layer.in_sentence(clause.sentence)
    )
