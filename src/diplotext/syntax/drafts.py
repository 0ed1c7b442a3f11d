"""The draft of a clause while :mod:`diplotext.syntax.clauses` reads a sentence.

A :class:`Draft` holds what is known of one verb group's clause as the parser finds it: its kind,
its span in tokens, the token range of its subject, the word that opens it, the clause it hangs on
or sits in. :func:`diplotext.syntax.arguments.build_clause` turns a finished draft into a
:class:`~diplotext.syntax.types.Clause`.
"""

from __future__ import annotations

import attrs

from diplotext.syntax.types import ClauseKind, Phrase, Predicate
from diplotext.syntax.verbs import Group

__all__ = ["Draft"]


@attrs.define
class Draft:
    group: Group
    pred: Predicate
    kind: ClauseKind = "main"
    start: int = 0  # token index
    end: int = 0  # token index, exclusive
    fixed_end: int | None = None
    subject: tuple[int, int] | None = None  # token range, inclusive
    subject_phrase: Phrase | None = None
    marker: str | None = None
    parent: int | None = None
    subject_from: int | None = None
    host: int | None = None  # the clause a parenthetical sits in
    object_control: bool = False
    antecedent: tuple[int, int] | None = None
    reduced: tuple[int, int] | None = None  # "a delegation headed by X left": the noun it follows
