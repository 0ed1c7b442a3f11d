"""A thing of the suspect's sent on, not the suspect: "A Westminster magistrate sent his case to the
Home Secretary", "the judge forwarded her file to the ministry". The person in the object of a
weak surrender verb ("send", "hand over") is only the owner of a paper or a case (issue 9,
twenty-seventh session, helper battery27)."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.syntax import Phrase

__all__ = ["owner_of_a_thing_sent"]

_THINGS: Final = lexicon.words("events", "things of a suspect sent on")


def owner_of_a_thing_sent(phrase: Phrase | None) -> bool:
    """Is ``phrase`` a thing ("his case", "the suspect's file") whose only person is its owner?"""
    if phrase is None or phrase.possessor is None or phrase.possessor.kind != "person":
        return False
    if phrase.head.lower() not in _THINGS:
        return False
    return all(e is phrase.possessor or e.kind != "person" for e in phrase.entities)
