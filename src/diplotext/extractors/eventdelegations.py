"""Delegations and who leads them: "A Chinese delegation led by X", "a delegation of the
Communist Party of Vietnam (CPV) headed by X", "X, head of the Japanese delegation,", "X headed a
delegation to ...". The leader of an official delegation represents the state it comes from."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventdescriptions import DescriptionReader
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL
from diplotext.syntax import place_kind

__all__ = ["DelegationReader"]


class DelegationReader(DescriptionReader):
    """What the article says of the delegations its people lead (read once per person)."""

    _delegations: dict[str, str | None]
    _leading: dict[str, bool]

    def _leads_a_national_delegation(self, actor: Actor) -> bool:
        """ "A Chinese delegation led by X": the leader of a state's delegation represents it."""
        return self.delegation_state(actor) is not None

    def _leads_a_delegation(self, actor: Actor) -> bool:
        """ "A delegation headed by X, a member of the Politburo, arrived": the leader of an
        official delegation represents the state it comes from, whatever other role he has."""
        if actor.id not in self._leading:
            text = self.text
            self._leading[actor.id] = any(
                (
                    _delegation_in(text, max(0, s - 110), s)
                    and _LED_BY.search(text, max(0, s - 110), s, KEEP_GIL) is not None
                )
                or (_delegation_in(text, e, e + _REACH_AFTER) and _heads_a_delegation(text, e))
                for s, e in actor.mentions
            )
        return self._leading[actor.id]

    def delegation_state(self, actor: Actor) -> str | None:
        """The state of the delegation the person leads ("A Chinese delegation led by X", "a
        delegation of the Communist Party of China led by X"), if any (read once per person)."""
        if actor.id not in self._delegations:
            self._delegations[actor.id] = self._delegation_state(actor)
        return self._delegations[actor.id]

    def _delegation_state(self, actor: Actor) -> str | None:
        text = self.text
        for s, e in actor.mentions:
            # every pattern holds the delegation's noun: before the name within the widest window
            # searched there, or after it within the reach of the match after it
            before = _delegation_in(text, max(0, s - _REACH_BEFORE), s)
            if not (before or _delegation_in(text, e, e + _REACH_AFTER)):
                continue
            # "A Communist Party of China delegation led by X": the state may not be the first word
            found = (
                [*_NATIONAL_DELEGATION.finditer(text, max(0, s - 90), s, True, KEEP_GIL)] if before else []
            )
            for got in found:
                kind = place_kind(got.group("state"))
                if kind is not None:
                    return kind[0]
            m = _DELEGATION_OF.search(text, max(0, s - _REACH_BEFORE), s, KEEP_GIL) if before else None
            if m is not None and not _NOT_OFFICIAL.isdisjoint(
                _singular(w) for w in m.group("words").lower().split()
            ):
                m = None  # "a delegation of Brazilian agribusiness executives led by X": no state's
            if m is not None:
                # "a delegation of Vietnam's National Assembly led by its Vice Chairwoman, X": the
                # state any of the body's capitalised words names
                for told in m.group("words").split():
                    word = _POSSESSIVE_END.sub("", told)
                    kind = place_kind(word) if word[:1].isupper() else None
                    if kind is not None:
                        return kind[0]
            # "X, head of the Japanese delegation,", "X, who headed a Singaporean delegation", "X
            # headed a Chinese Communist Party delegation to": the delegation told after the name
            after = _HEADS_A_DELEGATION.match(text, e, min(len(text), e + _REACH_AFTER), KEEP_GIL)
            if after is not None:
                for told in after.group("words").split():
                    word = _POSSESSIVE_END.sub("", told)
                    kind = place_kind(word) if word[:1].isupper() else None
                    if kind is not None:
                        return kind[0]
            if before and _LED_BY.search(text, max(0, s - 110), s, KEEP_GIL) is not None:
                # "A delegation headed by X, a member of the Chinese Communist Party Politburo,": the
                # state the apposition on its leader names
                apposed = _APPOSED_AFTER.match(self.text, e, min(len(self.text), e + 100), KEEP_GIL)
                states = {
                    k[0]
                    for word in (apposed.group(1).split() if apposed is not None else ())
                    if word[:1].isupper() and (k := place_kind(word.rstrip("'’s"))) is not None
                }
                if len(states) == 1:
                    return states.pop()
        return None


_NOUNS: Final = ("delegation", "mission")
"""The nouns every pattern below holds, written in lower case."""
_REACH_BEFORE: Final = 160
"""The widest window before a name that a pattern below is searched in."""
_REACH_AFTER: Final = 120
"""How far after a name ``_HEADS_A_DELEGATION`` reads."""


def _delegation_in(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold one of :data:`_NOUNS`? A substring test that spares the
    patterns below their search around the many names no delegation stands near."""
    first, second = _NOUNS
    return text.find(first, start, end) >= 0 or text.find(second, start, end) >= 0


_ITS_TITLE = (
    r"(?:(?:its|their)[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+){0,3}\p{Lu}[\p{L}-]*,?[ \t]+"
    # "led by Politburo member X", "headed by Party chief X": a title the actors layer left out
    r"|(?:\p{Lu}[\p{L}-]*[ \t]+){1,3}(?:\p{Ll}+[ \t]+)?)?"
)
"""Between "led by" and the name, the body's own title ("led by its Vice Chairwoman, X") or a
title of the leader's ("led by Politburo member X")."""
_NATIONAL_DELEGATION = regex.compile(
    r"(?P<state>\p{Lu}[\p{L}-]+)[ \t]+(?:\p{L}[\p{L}-]*[ \t]+){0,2}(?:delegation|mission)[ \t]+"
    r"(?:[^.;]{0,40}?[ \t])?(?:led|headed)[ \t]+by[ \t]+" + _ITS_TITLE + r"\Z"
)
"""Words before a name that make it the leader of a state's delegation: "A Chinese delegation led by"."""
_DELEGATION_OF = regex.compile(
    r"\b(?:delegation|mission)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?"
    r"(?P<words>(?:[\p{L}'’-]+[ \t]+){0,8}[\p{L}'’-]+)(?:[ \t]+\([^()]{1,12}\))?,?[ \t]+"
    r"(?:led|headed)[ \t]+by[ \t]+" + _ITS_TITLE + r"\Z"
)
_HEADS_A_DELEGATION = regex.compile(
    r"(?:[ \t]*,[^,.;]{1,60},)?[ \t]*(?:,[ \t]*(?:who[ \t]+(?:is[ \t]+|was[ \t]+|has[ \t]+)?|the[ \t]+)?)?"
    # "X is leading a Zairean delegation", "where he is leading ...": no comma needed
    r"(?:(?:is|was)[ \t]+(?:now[ \t]+|also[ \t]+)?|has[ \t]+been[ \t]+)?"
    # "X will lead a Chilean delegation to Peru", "X is to head the mission": a trip to come
    r"(?:(?:will|would|shall|is[ \t]+to|was[ \t]+to|is[ \t]+(?:due|set)[ \t]+to)[ \t]+(?=lead|head))?"
    r"(?:led|leads|leading|headed|heads|heading|head|lead|chief|leader)[ \t]+(?:of[ \t]+)?"
    # "head of the Eritrean government's delegation", "who heads Tehran's delegation"
    r"(?:(?:the|a|an|his|her)[ \t]+|(?=\p{Lu}[\p{L}-]*['’]s[ \t]))"
    r"(?P<words>(?:[\p{L}'’-]+[ \t]+){1,4}?)(?:delegation|mission)\b"
)


def _heads_a_delegation(text: str, end: int) -> bool:
    """Is the name ending at ``end`` told to head a delegation ("X, head of the Japanese
    delegation")? One owned by a body the words do not place in a state ("the European security
    body's mission") is no state's."""
    m = _HEADS_A_DELEGATION.match(text, end, min(len(text), end + _REACH_AFTER), KEEP_GIL)
    if m is None:
        return False
    words = m.group("words").split()
    if not any(_POSSESSIVE_END.search(w, None, None, KEEP_GIL) for w in words):
        return True
    return any(w[:1].isupper() and place_kind(_POSSESSIVE_END.sub("", w)) is not None for w in words)


_NOT_OFFICIAL = lexicon.words("events", "non-official roles")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


_POSSESSIVE_END = regex.compile(r"['’]s?\Z")
_APPOSED_AFTER = regex.compile(r"[ \t]*,[ \t]*([^,;.()]{3,90}),")
_LED_BY = regex.compile(
    r"\b(?:delegation|mission)(?:[ \t]+[^.;,]{0,80}?)?,?[ \t]+(?:led|headed)[ \t]+by[ \t]+"
    + _ITS_TITLE
    + r"\Z"
)
