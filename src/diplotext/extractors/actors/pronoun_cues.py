"""Cues around a pronoun or a name for :func:`.coref.pronouns`: an object pronoun ("met her"), the
subject of an infinitive after "for" ("for him to travel"), "another" before a noun for a person
(someone the text never names), the other side of a comparison ("than for X")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import roles
from diplotext.extractors.actors.tokens import Token

_AFTER_OBJECT = lexicon.words("actors", "words after an object")


def is_object(tokens: Sequence[Token], k: int) -> bool:
    """Is the pronoun at ``k`` an object ("him", "met her.") rather than a subject or possessive?"""
    low = tokens[k].low
    if low == "him":
        return True
    if low != "her":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.low in _AFTER_OBJECT or nxt.sentence != tokens[k].sentence


def for_to(tokens: Sequence[Token], k: int) -> bool:
    """Is the pronoun at ``k`` the subject of an infinitive after "for" ("for him to travel")?"""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].low == "for" and tokens[k + 1].low == "to"


_PERSON_NOUNS: Final = lexicon.words("events", "suspect descriptions") | lexicon.words(
    "actors", "nouns for another person"
)
_ANOTHER_SPAN: Final = 4


def another_persons(tokens: Sequence[Token], at: Sequence[int] | None = None) -> list[int]:
    """Starts of "another" before a noun for a person within a few words ("another former Italian
    militant", "another suspect"): a person other than those named, whom the text does not name
    (``at``: the tokens of "another", from the tokens' index; without it every token is looked at)."""
    out: list[int] = []
    for k in range(len(tokens)) if at is None else at:
        tok = tokens[k]
        if tok.low != "another":
            continue
        for nxt in tokens[k + 1 : k + 1 + _ANOTHER_SPAN]:
            if not nxt.is_word:
                break
            if nxt.low in _PERSON_NOUNS or (nxt.low,) in roles.ROLES:
                out.append(tok.start)
                break
    return out


_COMPARISON_GLUE: Final = lexicon.words("actors", "words between than and a name")
_COMPARISON_PARTICIPLES: Final = lexicon.words("actors", "participles between than and a name")
_COMPARISON_SPAN: Final = 7


def compared(tokens: Sequence[Token], k: int) -> bool:
    """Is the mention at token ``k`` the other side of a comparison ("than for X", "than those laid
    on for X": linking words, participles and the name's title between "than" and the name)?"""
    j = k - 1
    while j >= 0 and k - j <= _COMPARISON_SPAN and tokens[j].sentence == tokens[k].sentence:
        tok = tokens[j]
        if tok.low == "than":
            return True
        participle = tok.low.endswith(("ed", "en")) or tok.low in _COMPARISON_PARTICIPLES
        if not (tok.low in _COMPARISON_GLUE or participle or tok.text[:1].isupper()):
            return False
        j -= 1
    return False
