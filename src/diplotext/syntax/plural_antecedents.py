"""The antecedent of a relative whose verb is plural after two coordinated names: "between Serbia
and Croatia, which have both asked for X" is said of both, not of Croatia alone."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.syntax.tokens import Token

__all__ = ["coordinated_antecedent"]

_PLURAL: Final = lexicon.words("grammar", "plural verbs opening a relative")


def coordinated_antecedent(toks: list[Token], s: int, k: int) -> int:
    """Where the antecedent starting at ``s`` (a name; ``k`` the relative pronoun) really starts:
    at the name before "and" when both are names and the relative's verb is plural; else ``s``."""
    if s < 2 or k + 1 >= len(toks) or toks[k + 1].low not in _PLURAL:
        return s
    if toks[s].tag != "ENT" or toks[s - 1].low != "and" or toks[s - 2].tag != "ENT":
        return s
    first, second = toks[s - 2].entity, toks[s].entity
    if first is None or second is None or first.kind != second.kind:
        return s
    return s - 2
