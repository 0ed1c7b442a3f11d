"""A person named inside a phrase fronted before the clause ("After talks with X, Y said he ...",
"And, while on the subject of X, Y dismissed him"): X is not the clause's subject, whom a later
pronoun most likely means (see :func:`.coref.pronouns`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import geo, lexicon
from diplotext.extractors.actors import roles
from diplotext.extractors.actors.tokens import Token

_FRONTING: Final = lexicon.words("actors", "words opening a fronted phrase")
_CONJUNCTIONS: Final = lexicon.words("speech", "fronted conjunctions")


def fronted_phrase_end(tokens: Sequence[Token], k: int) -> int:
    """The offset of the comma closing the fronted phrase the word at ``k`` stands in, when its
    sentence opens with such a phrase ("During", "After", "While", after a "But" or "And," maybe)
    and no comma comes before ``k``; else -1."""
    sentence = tokens[k].sentence
    j = k
    while j > 0 and tokens[j - 1].sentence == sentence:
        j -= 1
    if tokens[j].low in _CONJUNCTIONS:
        j += 1
        if j < k and tokens[j].text == ",":
            j += 1
    if j >= k or tokens[j].low not in _FRONTING:
        return -1
    if any(t.text in ",;:" for t in tokens[j:k]):
        return -1
    n = len(tokens)
    for m in range(k + 1, n):
        tok = tokens[m]
        if tok.sentence != sentence or tok.text in ";:":
            return -1
        if tok.text == ",":
            return tok.start
    return -1


_PREPOSITIONS: Final = lexicon.words("grammar", "prepositions") - {"by", "of"}
"""Not "by" (a passive's agent: "attended by X after he ...") nor "of" ("the arrival of X")."""
_STOPS: Final = (
    lexicon.words("grammar", "subordinators") | lexicon.words("grammar", "conjunctions") | {"by", "of"}
)
_REACH: Final = 4
_DETERMINERS: Final = lexicon.words("actors", "determiners between a preposition and a name")


def after_a_preposition(tokens: Sequence[Token], k: int) -> bool:
    """Does a preposition stand a few words before the name at ``k``, with no title, conjunction or
    comma between ("went the distance against X", "a spokesman for X", "behind X and Y")? Then X is
    no subject a later pronoun goes back to; a capitalised title before the name is part of it ("paid a
    courtesy call on Prime Minister X"). Not "ambassador to Kenya X" (a title's complement), not
    "According to X", not "by X" (a passive's agent)."""
    sentence = tokens[k].sentence
    j = k - 1
    if j >= 0 and _place_name(tokens, j):
        # "extradited this Monday to Spain X", "In Kenya X met ...": the preposition's object is
        # the place; the name after it is a phrase of its own
        return False
    while j >= 0 and k - j <= _REACH and tokens[j].sentence == sentence:
        tok = tokens[j]
        if tok.text in ",;:()" or tok.low in _STOPS or ((tok.low,) in roles.ROLES and not tok.is_cap):
            return False
        if tok.is_lower and tok.low not in _PREPOSITIONS and tok.low not in _DETERMINERS:
            return False  # "asked Chile to extradite X": a verb between, no preposition of X's
        if tok.is_lower and tok.low in _PREPOSITIONS:
            before = tokens[j - 1].low if j > 0 else ""
            # not "ambassador to X", "According to X"
            return (before,) not in roles.ROLES and before != "according"
        j -= 1
    return False


def _place_name(tokens: Sequence[Token], j: int) -> bool:
    """Does a state's name end at token ``j`` ("Spain", "the United States"), a whole noun phrase
    of its own?"""
    tok = tokens[j]
    if not tok.is_cap:
        return False
    two = f"{tokens[j - 1].text} {tok.text}" if j > 0 and tokens[j - 1].is_cap else None
    return geo.country_code(tok.text) is not None or (two is not None and geo.country_code(two) is not None)


def oblique_or_coordinated(tokens: Sequence[Token], k: int) -> bool:
    """Is the name at ``k`` after a preposition, or joined by "and" / "or" to the name before it
    ("behind X and Y")?"""
    return (k > 0 and tokens[k - 1].low in ("and", "or")) or after_a_preposition(tokens, k)
