"""Two people named together and then spoken of as one speaker: "X met Y on Monday. They said ..."
and "X held talks with Y. The two leaders said ..." are "X and Y", not the last speaker nor nobody.
Only when the latest sentence before the speaker that names anyone names exactly two people
(outside quotation marks), that sentence opens with the first of them (titles before the name
allowed) and, for "they", the pronoun opens the sentence right after it (see docs/quotes.md,
twenty-seventh session, helper names40)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.patterns import KEEP_GIL

from .article_names import Name, person_name
from .mentions import Mention
from .naming import can_speak_head
from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK, History, Said

__all__ = ["named_pair"]

_REACH: Final = 600
_TWO: Final = regex.compile(r"(?:[Tt]he[ \t]+)?two[ \t]+(?:\p{Ll}+[ \t]+)?(?P<head>\p{Ll}+s)")
"""A description of two people: "the two leaders", "the two foreign ministers"."""
_TITLES_ONLY: Final = regex.compile(r"[\"“‘'(]?(?:(?:\p{Lu}[\p{L}\-.]*|the|of|[Tt]he)[ \t]+)*")
"""What may open a sentence before its first name: titles ("Foreign Minister", "The Prime Minister of")."""


def named_pair(resolver: Resolver, history: History, m: Mention, low: str) -> Said | None:
    """ "X and Y" for a "they" or "the two leaders" at ``m`` (see the module's words), else ``None``."""
    two = m.kind in ("group", "description") and _TWO.fullmatch(m.text, None, None, KEEP_GIL)
    if not two and not (m.kind == "pronoun" and low == "they"):
        return None
    if two and not can_speak_head(two.group("head")):
        return None
    text = resolver.text
    starts = _sentence_starts(text, max(0, m.start - _REACH), m.start)
    if history.said(m.start):
        return None
    if not two:
        if len(starts) < 2 or starts[-1] != m.start:
            return None  # "they" opens its sentence, right after the one naming the pair
        starts = starts[-2:]
    names = [n for n in resolver.names_before(m.start) if starts and n.start >= starts[0]]
    for lo, hi in reversed(list(zip(starts, [*starts[1:], m.start], strict=True))):
        people = _distinct_people(
            [n for n in names if lo <= n.start and n.end <= hi and not history.quoted(n.start)]
        )
        if not people:
            continue
        if len(people) != 2 or not _opens_with(text, lo, people[0]):
            return None
        return Said(f"{people[0].name} and {people[1].name}", None, m, False)
    return None


def _sentence_starts(text: str, lo: int, pos: int) -> list[int]:
    """Where the sentences between ``lo`` and ``pos`` start (the first only if a break or the
    text's start opens it)."""
    found = [b.end() for b in SENTENCE_BREAK.finditer(text, lo, pos + 1, False, KEEP_GIL) if b.end() <= pos]
    return [0, *found] if lo == 0 and (not found or found[0] > 0) else found


def _distinct_people(names: list[Name]) -> list[Name]:
    """The person names among ``names``, one for each surname, in text order."""
    seen: set[str] = set()
    people: list[Name] = []
    for n in names:
        if person_name(n.name) is None:
            continue
        surname = n.name.split()[-1]
        if surname not in seen:
            seen.add(surname)
            people.append(n)
    return people


def _opens_with(text: str, lo: int, first: Name) -> bool:
    """Does the sentence at ``lo`` open with ``first``, with only titles before it?"""
    lead = _TITLES_ONLY.match(text, lo, first.start, KEEP_GIL)
    return lead is not None and lead.end() == first.start
