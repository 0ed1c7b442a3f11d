"""Predicates that only a person takes, read after a capitalised run whatever its words: a passive
of what is done to a person ("X Y Z was arrested", "A B C and D E F are charged with murder"), and
the weaker cues a lone word may carry (", 24,", "arrested X", "X said") that make it a person only
when it also ends a full name the article writes ("Khamis Juma Mbarak ... Mbarak, 31, ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.tokens import Token
from diplotext.syntax.words import AUXILIARIES, verb_forms

__all__ = ["passive_person_predicate"]

_DONE_TO_A_PERSON: Final = lexicon.words("actors", "verbs done to a person")
_BETWEEN: Final = lexicon.words("actors", "adverbs before a participle said of a person")
_RUN_MAX: Final = 5


def _done_to_a_person(word: str) -> bool:
    return any(
        kind in ("ed", "pp") and lemma in _DONE_TO_A_PERSON for lemma, kind in verb_forms().get(word, ())
    )


def _name_word(tok: Token) -> bool:
    return tok.is_word and (tok.is_cap or bool(names.ARABIC_PREFIX.match(tok.text)))


def passive_person_predicate(tokens: Sequence[Token], at: Sequence[Tag | None], j: int) -> bool:
    """Is the run ending before ``j`` the subject of a passive said only of people ("was arrested",
    "have been charged"), alone or as the first of two runs joined by "and" ("A B and C D are
    charged")?"""
    n = len(tokens)
    k = j
    if k + 1 < n and tokens[k].low == "and" and tokens[k + 1].is_cap and at[k + 1] is None:
        # "A B C and D E F are charged": past the second run
        k += 1
        start = k
        while k < n and k - start < _RUN_MAX and at[k] is None and _name_word(tokens[k]):
            k += 1
        if k - start < 2:
            return False
    if k >= n or tokens[k].sentence != tokens[j - 1].sentence:
        return False
    aux = AUXILIARIES.get(tokens[k].low)
    if aux is not None and aux[0] == "have" and aux[2] and k + 1 < n:
        k += 1  # "have been charged"
        aux = AUXILIARIES.get(tokens[k].low)
        if aux is None or aux[1] != "participle":
            return False
    elif aux is None or aux[0] != "be" or not aux[2]:
        return False
    k += 1
    skipped = 0
    while k < n and skipped < 2 and (tokens[k].low in _BETWEEN or tokens[k].low.endswith("ly")):
        k += 1
        skipped += 1
    if k >= n or not tokens[k].is_lower or not _done_to_a_person(tokens[k].low):
        return False
    # not "is charged with overseeing the talks": a task, no charge
    return not (k + 2 < n and tokens[k + 1].low == "with" and tokens[k + 2].low.endswith("ing"))
