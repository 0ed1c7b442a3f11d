"""Tense cues: an unreal past, one that did not come to be or is only guessed at.

A condition in the past perfect ("if his advice of 7 March had been taken", "unless the order of 2
May had been lifted", "Had the plan of 12 September been adopted, ...") tells of a date gone by, never
of one ahead, however near ahead of publication it would fall. A modal before "have" and a participle
("core prices would have risen in October", "the parcel should have arrived on Monday") is a past
too, but only as a plain cue: "He would have been 80 on February 20", told of a man who died on
February 11, is ahead. Word lists: the lexicon's ``time``/``modals of an unreal past`` and ``words
between a modal and have``."""

from __future__ import annotations

import re
from typing import Final, Literal

from diplotext import lexicon

__all__ = ["UNREAL", "UNREAL_OPENERS", "unreal_past"]

UNREAL: Final = "have"
"""The cue word :func:`.tense.tense_cue` gives for a condition in the past perfect (a word no other
rule reads as a cue); :meth:`.context.Context.firm` takes its date as firmly past."""

_MODALS: Final = lexicon.words("time", "modals of an unreal past")
_CONDITIONAL: Final = lexicon.words("time", "conditional openers")
UNREAL_OPENERS: Final = _MODALS | _CONDITIONAL | {"had"}
"""The words an unreal past opens with (each checked by :func:`unreal_past`)."""
_HAVE_AFTER_MODAL: Final = re.compile(
    rf"(?:n['’]t)?\s{{1,3}}(?:(?:{lexicon.alternation('time', 'words between a modal and have')})\s{{1,3}})?"
    r"have\s{1,3}(?!to\b)[a-z]"
)
"""After a modal: "have" and a participle ("would have taken", "could not have"), not "have to"."""
_HAD_IN_CLAUSE: Final = re.compile(r"[^,;:.!?()\"“”]{0,100}?\bhad\b")
"""After "if" or "unless", in its own clause: the past perfect ("if the deal of 3 May had held")."""
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?][\"”’)]?\s{1,6}|\n\s*)$")
_NOT_INVERTED: Final = re.compile(r"had\s{1,3}(?:been|not|no|to)\b")
"""A sentence opened by "Had been ...", "Had not ...": no inverted condition."""


def unreal_past(low: str, ws: int, we: int) -> Literal["firm", "past"] | None:
    """What the cue word ``low[ws:we]`` (of the lower-case text) says of an unreal past: ``"firm"``
    for "if" or "unless" with "had" in its clause and for a sentence opened by "Had" (an inverted
    condition), ``"past"`` for a modal before "have" and a participle, else ``None``."""
    w = low[ws:we]
    if w in _MODALS:
        return "past" if _HAVE_AFTER_MODAL.match(low, we) is not None else None
    if w in _CONDITIONAL:
        return "firm" if _HAD_IN_CLAUSE.match(low, we) is not None else None
    opens = w == "had" and _SENTENCE_START.search(low, max(0, ws - 8), ws) is not None
    return "firm" if opens and not _NOT_INVERTED.match(low, ws) else None
