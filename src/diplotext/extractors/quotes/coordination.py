"""Two group names coordinated as one speaker: "The Greens and Social Democrats said ...", "Labour
and the Liberals said ...". The speaker is the whole coordination, not its last conjunct."""

from __future__ import annotations

from typing import Final

from diplotext import geo, lexicon
from diplotext.extractors.actors.names import is_first_name, is_given_name

__all__ = ["capitalised_conjuncts_start", "coordination_start", "named_groups_start"]

_ORG_WORDS: Final = lexicon.words("speech", "organisation words")
_BEFORE_FIRST: Final = frozenset({",", ".", "!", "?", ";", '"', "”", "“", ":"})
_LEADERS: Final = frozenset({"The", "Both", "the", "both"})
"""Capitalised words opening a coordination that belong to neither conjunct."""


def _cap(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _plural_group(word: str) -> bool:
    """A capitalised plural ("Democrats", "Greens") or an organisation word ("Party", "Union")."""
    return _cap(word) and (
        (len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "'s", "’s")))
        or word.lower() in _ORG_WORDS
    )


def _fields_of_a_state(toks: list[tuple[int, int, str]], at: int, right: int, last: int) -> bool:
    """A state's department or national body named by two fields and the state's name ("Colleges
    and Institutes Canada", "Fisheries and Oceans Canada"): a plural before "and", a field word
    after it, then a country's name (not "Britain and Canada": two states)."""
    return (
        right < last
        and at > 0
        and _plural_group(toks[at - 1][2])
        and geo.country_code(toks[last][2]) is not None
        and geo.country_code(toks[at - 1][2]) is None
    )


def named_groups_start(toks: list[tuple[int, int, str]], at: int, last: int) -> int | None:
    """Where the first of two coordinated group names starts when ``toks[at]`` is the "and" between
    them and the second ends at ``toks[last]``; None when they are not two group names.

    Both conjuncts are capitalised runs; the second ends in a capitalised plural or an organisation
    word; the first does too, or "the" before the second marks it as a group ("Labour and the
    Liberals"). A conjunct opening with a first name is a person ("Ada Jones and Williams"), and the
    first conjunct opens the sentence or follows a comma (not "He met the Greens and X said")."""
    right = at + 1
    the = right <= last and toks[right][2].lower() == "the"
    if the:
        right += 1
    if (
        right > last
        or not all(_cap(t[2]) for t in toks[right : last + 1])
        or not (_plural_group(toks[last][2]) or _fields_of_a_state(toks, at, right, last))
    ):
        return None
    left = at
    while left > 0 and _cap(toks[left - 1][2]) and toks[left - 1][2] not in _LEADERS and at - left < 4:
        left -= 1
    if left == at or not (the or _plural_group(toks[at - 1][2])):
        return None
    if any(is_first_name(t[2]) or is_given_name(t[2]) for t in (*toks[left:at], *toks[right : last + 1])):
        return None
    start = left - 1 if left > 0 and toks[left - 1][2].lower() in _LEADERS else left
    if start > 0 and toks[start - 1][2] in _LEADERS:
        start -= 1  # "Both the Greens and ..."
    if start > 0 and toks[start - 1][2] not in _BEFORE_FIRST:
        return None
    return left


def capitalised_conjuncts_start(toks: list[tuple[int, int, str]], at: int, last: int) -> int | None:
    """Where a capitalised run joined by the "and" at ``toks[at]`` starts when both sides are
    capitalised and the left one opens the clause (after a comma, a quotation mark, the sentence's
    start or "the"): one name with "and" inside ("the Fish and Game Department") or two named
    speakers ("..., Britain and France said"); None otherwise ("He met Ann and Bo Li said")."""
    right = at + 1
    if right <= last and toks[right][2].lower() == "the":
        right += 1
    if right > last or not all(_cap(t[2]) for t in toks[right : last + 1]):
        return None
    left = at
    while left > 0 and _cap(toks[left - 1][2]) and toks[left - 1][2] not in _LEADERS and at - left < 4:
        left -= 1
    if left == at:
        return None
    start = left - 1 if left > 0 and toks[left - 1][2].lower() == "the" else left
    before = toks[start - 1][2] if start > 0 else ""
    if before == "," and start > 1 and (_cap(toks[start - 2][2]) or toks[start - 2][2].isdigit()):
        return None  # "the Netherlands, Portugal and Spain have said": the end of a longer list
    return start if start == left - 1 or start == 0 or before in _BEFORE_FIRST else None


def coordination_start(toks: list[tuple[int, int, str]], k: int) -> int:
    """Where a coordination of two group names ending with the capitalised run ``toks[k:]`` starts
    in a speaker phrase (see :func:`named_groups_start`), or ``k``."""
    at = k - 1
    if at >= 0 and toks[at][2].lower() == "the":
        at -= 1
    if at < 1 or toks[at][2].lower() != "and":
        return k
    left = named_groups_start(toks, at, len(toks) - 1)
    return k if left is None else left
