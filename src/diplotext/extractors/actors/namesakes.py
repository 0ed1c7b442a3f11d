"""Which of several people written in full with one family name a lone surname stands for (issue 10,
twenty-sixth session, helper names38).

When an article names two people who share a family name ("Hillary Clinton" and "Bill Clinton",
"Chris Murphy" and "Anne Marie Murphy"), a lone "Clinton" is the one the article is about: the
person it named in full first. The one named later is introduced as a side figure and is written in
full (or by the given name) each time; the nearest one before the lone name is often that side
figure, named a sentence earlier. Two named first in one sentence leave the lone name to the later
one, as before; the sex an honorific gives ("Mrs. Clinton") and a person the article calls by the
given name alone ("Elian", see :func:`called_by_given_name`) still come first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from diplotext.extractors.actors.entities import Candidate, Entity
from diplotext.extractors.actors.tokens import Token


def lone_names(cands: Iterable[Candidate], tokens: Sequence[Token]) -> Counter[str]:
    """How often each one-word name stands alone in the reporter's own words: outside quotation
    marks and outside the first sentence (a headline's "Hillary", a supporter's "Bernie" are no
    sign the article calls the person so)."""
    return Counter(
        c.tokens[0]
        for c in cands
        if len(c.tokens) == 1 and not tokens[c.first].quoted and tokens[c.first].sentence > 0
    )


def called_by_given_name(ent: Entity, token: str, lone: Counter[str]) -> bool:
    """Does the article call a person written with a full name by the given name alone ("Elian"),
    twice or more and more often than by the full name? Then a lone family name is another
    bearer of it. (A reader's "Robert," in a comment below a profile of Robert X is no such usage.)"""
    full = Counter(f[0] for f in ent.forms if len(f) >= 2)
    return any(lone[g] >= 2 and lone[g] > n for g, n in full.items() if g != token)


class Introductions:
    """The sentence where each person is first written in full."""

    def __init__(self) -> None:
        self.first: dict[int, int] = {}

    def add(self, ent: Entity, tokens: Sequence[Token], first: int) -> None:
        """A full name at token ``first``."""
        self.first.setdefault(id(ent), tokens[first].sentence)

    def rank(self, ent: Entity) -> int:
        """How a namesake ranks for a lone name: the earlier named, the higher."""
        return -self.first.get(id(ent), 10**9)
