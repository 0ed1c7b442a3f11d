"""A sending of papers, not of a person: "in a letter sent to the high commission on Monday", "the
ministry sent the documents to Vienna". The surrender verbs "send", "hand", "transfer" and "forward"
also move letters, notes and files between the two states of a case; such an act gives the case
neither a state (the letter's addressee is not the one who asks) nor a status (nothing was
surrendered)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.extradition.acts import Act

__all__ = ["sends_papers"]

_PAPERS: Final = lexicon.words("events", "papers sent in a case")


def sends_papers(act: Act) -> bool:
    """Is what the act's verb moves a paper (its object; with none, its subject: "a letter sent
    to X", "the documents were handed to the court"), and no suspect read from it?"""
    if act.frame.phrase is not None or act.suspects:
        return False
    clause = act.frame.clause
    objects = clause.objects
    moved = objects[0] if objects else clause.subject
    return moved is not None and moved.head.lower() in _PAPERS
