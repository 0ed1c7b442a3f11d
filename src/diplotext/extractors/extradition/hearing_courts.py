"""The court a suspect appears before for his extradition hearing, and the state it sits in: "X
appeared at Leeds Magistrates' Court for an extradition hearing", "went before a court in
Toronto for the start of his extradition hearing". The court's phrase names the state by a place
in it ("a court in Toronto", "a Lisbon court") or, for a court's proper name, by its first word
when that is a city or a seat of power ("Leeds Crown Court"). Also the stage nouns a
hearing phrase may hang on ("the start of his extradition hearing")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import geo, lexicon
from diplotext.extractors.eventkit import Frame
from diplotext.syntax import Clause, Phrase

__all__ = ["court_attended", "staged_hearing"]

_COURT_HEADS: Final = lexicon.words("events", "courts a suspect appears before")
_PREPS: Final = frozenset(["at", "before", "in"])
_STAGES: Final = lexicon.words("events", "stages of a hearing")
_FIRST_WORD: Final = regex.compile(r"(?:[Tt]he\s+)?(\p{Lu}[\p{L}'.-]+)")


def court_attended(text: str, clause: Clause) -> list[str]:
    """ISO3 codes of the court the clause's doer appears at or before, as its phrase names it."""
    found: list[str] = []
    for index, arg in enumerate(clause.args):
        if arg.role != "pp" or arg.prep not in _PREPS:
            continue
        phrase = arg.phrase
        last = (phrase.head.lower().split() or [""])[-1]
        if last not in _COURT_HEADS:
            continue
        found += [c for c in _court_states(text, phrase) if c not in found]
        # "in the supreme court in Oslo": the clause layer may give the court's place a phrase of its own
        after = clause.args[index + 1 : index + 2]
        if (
            not found
            and after
            and after[0].prep == "in"
            and text[phrase.end : after[0].phrase.start].split() == ["in"]
        ):
            found += [e.code for e in after[0].phrase.entities if e.kind in ("state", "place") and e.code]
    return found


def _court_states(text: str, phrase: Phrase) -> list[str]:
    inner = [p for prep, p in phrase.preps if prep == "in"]
    named = [e.code for q in (phrase, *inner) for e in q.entities if e.kind in ("state", "place") and e.code]
    if named:
        return named
    first = _FIRST_WORD.match(text, phrase.start, phrase.end)
    if first is None:
        return []
    word = first.group(1)
    code = geo.city_country(word, world=True) or geo.seat_code(word)
    return [code] if code else []


def staged_hearing(frame: Frame) -> bool:
    """Is the frame's phrase the "of" phrase of a hearing's stage, right under the clause ("for the
    start of his extradition hearing")?"""
    return frame.depth == 1 and bool(frame.outer) and frame.outer[0].head.lower() in _STAGES
