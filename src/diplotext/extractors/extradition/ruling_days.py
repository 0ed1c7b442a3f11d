"""Clauses that date an undated decision on a surrender, read in the sentences after it (see
:func:`diplotext.extractors.extradition.case_status.case_date`): "The court gave its ruling on
Tuesday" (a verb that makes the decision known, the time after its object that decision's day), and
"At the High Court on Monday, the judge rejected his argument that ..." (a judge answering the
defence: the ruling's day)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.syntax import Clause

__all__ = ["answers_an_argument", "gives_the_decision"]

_GIVING: Final = lexicon.words("events", "verbs that give a decision")
_ANSWERING: Final = lexicon.words("events", "verbs of a judge answering an argument")
_ARGUMENTS: Final = lexicon.words("events", "arguments a judge answers")


def gives_the_decision(clause: Clause) -> bool:
    """Does the clause make its decision known ("gave its ruling", "delivered its judgment")?"""
    return clause.predicate.lemma in _GIVING and not clause.predicate.negated


def answers_an_argument(clause: Clause) -> bool:
    """Does a judge answer the defence's argument in the clause ("rejected his argument that ...")?"""
    if clause.predicate.lemma not in _ANSWERING or clause.predicate.negated:
        return False
    return any(a.role == "object" and a.phrase.head.lower() in _ARGUMENTS for a in clause.args)
