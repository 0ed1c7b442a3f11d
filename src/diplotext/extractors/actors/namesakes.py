"""Which of several people written in full with one family name a lone surname stands for (issue 10,
twenty-sixth session, helper names38).

When an article names two people who share a family name ("Hillary Clinton" and "Bill Clinton",
"Chris Murphy" and "Anne Marie Murphy"), a lone "Clinton" is the one the article is about: the
person it named in full first. The one named later is introduced as a side figure and is written in
full (or by the given name) each time; the nearest one before the lone name is often that side
figure, named a sentence earlier. But a namesake who opens the lone name's sentence or the one
before it in full is the one meant ("Homeland Security Secretary Jeh X says ... X tells ..."), and
two named first in one sentence leave the lone name to the later one, as before; the sex an honorific gives ("Mrs. Clinton") and a person the article calls by the
given name alone ("Elian", see :func:`called_by_given_name`) still come first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

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



def _opens_sentence(tokens: Sequence[Token], first: int) -> bool:
    """Is the name at token ``first`` its sentence's subject: only capitalised words (a title, an
    opening adverb) before it ("Homeland Security Secretary Jeh X says ...")?"""
    sentence = tokens[first].sentence
    k = first - 1
    while k >= 0 and tokens[k].sentence == sentence:
        if tokens[k].is_word and not tokens[k].is_cap:
            return False
        k -= 1
    return True


_RECENT: Final = 3
"""How many sentences back a namesake who opened one is still the one a lone name means."""


class Introductions:
    """Where each person is written in full: the sentences, and those the name opens."""

    def __init__(self) -> None:
        self.full: dict[int, list[int]] = {}
        self.subject: dict[int, list[int]] = {}

    def add(self, ent: Entity, tokens: Sequence[Token], first: int) -> None:
        """A full name at token ``first`` (names come in text order). Lone names are left out: they
        would only repeat what was decided for them."""
        sentence = tokens[first].sentence
        self.full.setdefault(id(ent), []).append(sentence)
        if _opens_sentence(tokens, first):
            self.subject.setdefault(id(ent), []).append(sentence)

    def rank(self, ent: Entity, sentence: int, namesakes: Iterable[Entity]) -> tuple[int, int]:
        """How a namesake ranks for a lone name in ``sentence``: first the one named in full last of
        all, in a sentence of its own, when it opened one of the last four sentences and no other
        namesake was written in full since ("Homeland Security Secretary Jeh X says ... X tells
        ..."); then the one named first."""
        mine = self.full.get(id(ent), [10**9])
        others = [self.full.get(id(e), [10**9]) for e in namesakes if e is not ent and len(e.forms[0]) >= 2]
        recent = False
        if others and all(o[0] < mine[0] for o in others):
            opened = [s for s in self.subject.get(id(ent), ()) if sentence - _RECENT <= s <= sentence]
            recent = bool(opened) and not any(opened[-1] < s <= sentence for o in others for s in o)
        return (1 if recent else 0, -mine[0])
