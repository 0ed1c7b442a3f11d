"""Whose suspect a person is, by a possessive before the description set off before his name:
"Scotland Yard's chief suspect, X", "the FBI's main suspect, X" — the agency's state (or a
state's own: "Britain's chief suspect, X") is the side that wants him; and whose surrender noun
it is: "Poland's handover of X to Norway" (the state handing him over)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.vocabulary import AGENCIES
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["possessor_side", "suspects_owner"]

_OWNED: Final = regex.compile(
    r"\A['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}(?:suspect|fugitive|target)[ \t]*,[ \t]*\Z"
)
"""What stands between the owner and the name: "'s chief suspect, "."""
_REACH: Final = 60


def suspects_owner(ctx: EventContext, suspect: Actor) -> str | None:
    """The state of the agency or state whose suspect the person is called before a mention."""
    for s, _ in suspect.mentions:
        found = ctx.layer.entities_in(max(0, s - _REACH), s, places=False)
        owner = found[-1] if found else None
        if owner is None or not _OWNED.match(ctx.text[owner.end : s]):
            continue
        if owner.kind in ("state", "place") and owner.code:
            return owner.code
        if owner.kind == "organization":
            code = AGENCIES.get(owner.text.lower().removeprefix("the "))
            if code:
                return code
    return None


def possessor_side(phrase: Phrase, requesting: list[str], requested: list[str]) -> list[str]:
    """A state owning a surrender noun whose "of" phrase names the person: with a destination
    ("Poland's handover of X to Norway") it is the state handing him over, returned to add to the
    requested side; with only a source ("Peru's extradition of X from Chile") the one asking, added
    to ``requesting`` here. The sides are lists the caller goes on filling."""
    owner = phrase.possessor
    code = owner.code if owner is not None and owner.kind == "state" else None
    if code is None or code in requesting or code in requested:
        return []
    if requesting:
        return [code]
    if requested:
        requesting.append(code)
    return []
