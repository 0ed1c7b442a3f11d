"""An inviter named in apposition after a description: "at the invitation of his counterpart,
President X", "as a guest of the host, Prime Minister Y". The clause layer sets the name off as an
apposition of the clause; it names the description's person."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["apposed_to"]

_COMMA: Final = regex.compile(r"[ \t]*,[ \t]*")


def apposed_to(ctx: EventContext, clause: Clause, phrase: Phrase) -> list[Actor]:
    """The persons of the clause's apposition set off by a comma right after ``phrase``, when the
    phrase itself names no one ("his counterpart", "the host")."""
    if ctx.persons(phrase) and not all(e.pronoun for e in phrase.entities if e.kind == "person"):
        return []
    m = _COMMA.match(ctx.text, phrase.end)
    if m is None:
        return []
    for a in clause.args:
        if a.role == "apposition" and a.phrase.start == m.end():
            return ctx.persons(a.phrase)
    return []
