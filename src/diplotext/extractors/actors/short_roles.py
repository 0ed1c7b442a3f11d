"""A role written short after "the": "From Warsaw the PM will fly to Budapest" refers back to the
prime minister named before, as "the prime minister" would. Only the capitals right after "the"
count, so a clock time ("at 3 PM", "the 3 PM session") is never one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.entities import Tag
from diplotext.extractors.actors.tokens import Token

__all__ = ["tag_short_roles"]

_SHORT_ROLES: Final = lexicon.mapping("actors", "roles written short after the")
"""Capitalised short forms -> the role they stand for ("pm" -> "prime minister")."""


def tag_short_roles(tokens: Sequence[Token], at: list[Tag | None], caps: Sequence[int]) -> None:
    """Tag "PM" right after "the" in the same sentence as the role it stands for, when no tag
    holds it and no capitalised word or "of" follows (not a title before a name). ``caps``: the
    indices of the capitalised tokens (only they can be a short form in capitals)."""
    n = len(tokens)
    for i in caps:
        if i == 0:
            continue
        tok = tokens[i]
        role = _SHORT_ROLES.get(tok.low)
        if role is None or at[i] is not None or not tok.text.isupper():
            continue
        before = tokens[i - 1]
        if before.low != "the" or before.sentence != tok.sentence:
            continue
        if i + 1 < n and tokens[i + 1].is_word and (tokens[i + 1].is_cap or tokens[i + 1].low == "of"):
            continue
        at[i] = Tag("role", i, i + 1, role)
