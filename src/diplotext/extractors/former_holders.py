"""Whether a person is only ever called a former office holder ("former President X", "X, the former
Austrian chancellor"), read from the words around each mention."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventstates import PRONOUNS
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL

__all__ = ["FORMER_MARKS", "only_former"]

FORMER_MARKS: Final = frozenset(["former", "ex", "ex-", "then", "late", "retired", "outgoing"])
_FORMER_APPOSED: Final = regex.compile(
    r"[ \t]*,[ \t]+(?:the[ \t]+|a[ \t]+)?(?:former|ex-|retired)[ \t]+"
    r"(?P<role>(?:[\p{L}\-]+[ \t]+){0,3}[\p{L}\-]+)",
    regex.IGNORECASE,
)
"""A former office set off after a name: ", the former Austrian chancellor"."""
_HONORIFICS: Final = frozenset(lexicon.mapping("actors", "honorifics"))
_SENTENCE_BREAK: Final = regex.compile(r"[.!?][\"'”’)]*\s+|\n")
_OFFICIAL_LAST_WORDS: Final = frozenset(r.split()[-1] for r in lexicon.words("events", "official roles"))


def only_former(text: str, actor: Actor, *, then_is_in_office: bool = False) -> bool:
    """Is the person only ever called a former office holder ("former President X")? With
    ``then_is_in_office``, "then Foreign Minister X" holds the office at the time told (a trip
    told in the past was made in office)."""
    seen = False
    for s, e in actor.mentions:
        if text[s:e].lower() in PRONOUNS:
            continue  # "his foundation said": a pronoun says nothing of the office
        before = text[max(0, s - 40) : s]
        # only the mention's own sentence: 'prepared for". Ashcombe, who' has no title before it
        before = _SENTENCE_BREAK.split(before)[-1]
        cased = before.split()[-4:]
        words = [w.lower() for w in cased]
        marks = {w.strip(",.") for w in words} & FORMER_MARKS
        if marks and not (then_is_in_office and marks <= {"then"}):
            seen = True
        elif (
            cased
            and cased[-1][:1].isupper()
            and cased[-1][:1].isalpha()
            # "From Croatia, Holm will travel": a word set off by a comma is no title
            and cased[-1][-1:] not in ",;:"
            and words[-1] not in ("the", "and", "of", "then")
            and words[-1] not in _HONORIFICS
        ):
            return False  # a title in office before a mention ("President X")
        elif (
            cased
            and cased[-1].endswith(",")
            and not _OFFICIAL_LAST_WORDS.isdisjoint(w.strip(",.") for w in words)
        ):
            return False  # an office set off before a name ("The U.S. special envoy for Sudan, X")
        elif (
            m := _FORMER_APPOSED.match(text, e, None, KEEP_GIL)
        ) is not None and not _OFFICIAL_LAST_WORDS.isdisjoint(m.group("role").lower().split()):
            seen = True  # "X, the former Austrian chancellor heading the OSCE team," (not "a former banker")
    return seen
