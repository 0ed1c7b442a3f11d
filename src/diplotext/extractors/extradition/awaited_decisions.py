"""A surrender a decision is awaited on: "X is being held in Zurich pending a decision on his
extradition", "remains in custody pending a ruling on the US extradition request", "was remanded
in custody while a court considers Moscow's request for his extradition". The one held waits for
the court or the government: the case is pending, whatever the request said before.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.people import described_suspect, named_suspects
from diplotext.extractors.extradition.vocabulary import OPEN_DECISION_VERBS, REQUEST_NOUNS
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["awaited_decision", "awaiting_suspects"]

_DECISIONS: Final = lexicon.words("events", "decision nouns")
_AWAITING: Final = lexicon.words("events", "prepositions of a decision awaited")
_CONSIDERING: Final = lexicon.words("events", "verbs of a request under consideration")
_WHILE: Final = regex.compile(r"\b(?:while|until)[ \t]+\Z", regex.IGNORECASE)
_OPENS_WITH_WHILE: Final = regex.compile(r"(?:while|until)\b", regex.IGNORECASE)


def awaited_decision(ctx: EventContext, frame: Frame) -> bool:
    """Is the surrender (or request) noun of ``frame`` what an awaited decision is on ("pending a
    ruling on X"), or the object of a court's consideration under "while"?"""
    clause = frame.clause
    arg = frame.arg
    if arg is None or clause.predicate.negated:
        return False
    args = clause.args
    index = next((i for i, a in enumerate(args) if a is arg), 0)
    if (
        arg.role == "pp"
        and arg.prep == "for"
        and index > 0
        and args[index - 1].phrase.head.lower() in REQUEST_NOUNS
    ):
        index -= 1  # "[a ruling] on [Spain's request] for [his extradition]": the request's place
        arg = args[index]
    if arg.role == "pp" and arg.prep == "on":
        before = args[index - 1] if index > 0 else None
        if clause.predicate.lemma in OPEN_DECISION_VERBS and _awaited_clause(ctx, clause):
            return True  # "will remain in custody until the supreme court rules on the request"
        return (
            before is not None
            and before.role == "pp"
            and before.prep in _AWAITING
            and before.phrase.head.lower() in _DECISIONS
        )
    if arg.role == "pp" and arg.prep in _AWAITING:
        # "pending a decision on his extradition" read as one phrase
        return any(p.head.lower() in _DECISIONS for p in frame.outer)
    return arg.role == "object" and clause.predicate.lemma in _CONSIDERING and _awaited_clause(ctx, clause)


def _awaited_clause(ctx: EventContext, clause: Clause) -> bool:
    """Is ``clause`` an adverbial clause in the present opened by "while" or "until" ("while a court
    considers the request", "until the court rules on it")?"""
    return (
        clause.kind == "adverbial"
        and clause.predicate.tense == "present"
        and (
            _WHILE.search(ctx.text, max(0, clause.start - 12), clause.start) is not None
            or _OPENS_WITH_WHILE.match(ctx.text, clause.start) is not None
        )
    )


def awaiting_suspects(ctx: EventContext, clause: Clause) -> list[Actor]:
    """The one held while the decision is awaited: the doer of the holding clause, by name, or the
    description apposed to his name ("X, a Brazilian businessman wanted at home, remains in custody
    pending a ruling", which the clause layer may read with the description for subject)."""
    doers = ctx.doers(clause)
    return named_suspects(ctx, doers) or described_suspect(ctx, doers, clause)
