"""Which persons of an article hold an office that represents a state: their roles, those the
descriptions gave them included, and what makes them officials ("his Iraqi counterpart X", "X,
deputy director of China's Taiwan Affairs Office"). :class:`OfficialRoles` is mixed into
:class:`~diplotext.extractors.eventpeople.EventPeople` (split from that module).
"""

from __future__ import annotations

import regex

from diplotext import lexicon
from diplotext.extractors.body_titles import titled_by_a_private_body
from diplotext.extractors.eventdelegations import DelegationReader
from diplotext.extractors.former_holders import only_former
from diplotext.extractors.group_leaders import leads_a_group
from diplotext.extractors.last_holders import named_as_last_holder
from diplotext.extractors.named_group_leaders import titled_by_a_group
from diplotext.extractors.predecessors import named_as_predecessor
from diplotext.extractors.seat_titles import titled_by_a_seat
from diplotext.extractors.window_words import found_before
from diplotext.model import Actor
from diplotext.patterns import KEEP_GIL, lazy

__all__ = ["OFFICIAL", "OfficialRoles"]

OFFICIAL = lexicon.words("events", "official roles")
_BODY_HEADS = frozenset(["director", "deputy director", "head", "chief", "director-general"])
"""Roles that make a person senior in whatever body they head (which must be the state's)."""
_STATE_BODY_NOUNS = "|".join(lexicon.longest_first(lexicon.words("events", "state body nouns")))
_STATE_BODY_HEAD = regex.compile(
    r",\s+(?:the\s+)?(?:(?:deputy|vice)\s+)?(?:director(?:-general)?|head|chief)\s+of\s+(?:the\s+)?"
    r"[^,.;]{0,60}?\b(?i:" + _STATE_BODY_NOUNS + r")\b"
)
_STATE_BODY_HEAD_BEFORE = regex.compile(
    r"\b(?i:(?:(?:deputy|vice)\s+)?(?:director(?:-general)?|head|chief))\s+of\s+(?:the\s+)?"
    r"[^,.;]{0,60}?\b(?i:" + _STATE_BODY_NOUNS + r")(?:\s+\(\p{Lu}[\p{Lu}\p{Ll}.]{1,9}\))?,\s+\Z"
)
"""... and its acronym may follow the body's name: "the head of Peru's National Intelligence Service
(NIS), X"."""
_PARTY_TITLE = regex.compile(r"(?i:\b(?:opposition|party)\s+(?:leader|chief|chairman|head))\s+\Z")
_COMMUNIST = regex.compile(r"\bCommunist\s+Party\b")
_PARTY_ROLES = frozenset(["leader", "chief", "chairman", "head"])
_COUNTERPART = lazy(
    r"\b(?i:counterpart,?[ \t]+|counterparts,?[ \t]+(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}"
    r"(?:,[ \t]+|,?[ \t]+and[ \t]+))*)\Z"
)
"""A counterpart right before the name, or a plural "counterparts," before a list of names it ends in
("his Spanish and Italian counterparts, A and B")."""
_NON_OFFICIAL = lexicon.words("events", "non-official roles")
_NEVER_OFFICIAL = lexicon.words("events", "never official roles")


class OfficialRoles(DelegationReader):
    """The roles of an article's persons and whether they are officials, for
    :class:`~diplotext.extractors.eventpeople.EventPeople`, which sets the attributes below."""

    text: str
    actors: list[Actor]
    _learned_roles: dict[str, set[str]]
    _body_heads: dict[str, str]

    def roles_of(self, actor: Actor) -> set[str]:
        """The actor's roles, with those a description of it gave ("the chancellor")."""
        if not actor.roles:
            self._read_descriptions()
        return {r.lower() for r in actor.roles} | self._learned_roles.get(actor.id, set())

    def by_role(self) -> dict[str, list[Actor]]:
        """Persons by role, the roles descriptions gave them included."""
        if self._by_role is None:
            self._read_descriptions()
            out: dict[str, list[Actor]] = {}
            for a in self.actors:
                if a.kind != "person":
                    continue
                for r in {x.lower() for x in a.roles} | self._learned_roles.get(a.id, set()):
                    out.setdefault(r, []).append(a)
            self._by_role = out
        return self._by_role

    def official(self, actor: Actor) -> bool:
        """Does the person hold a role that represents a state (and none that says otherwise)?"""
        roles = self.roles_of(actor)
        if (
            roles
            and roles <= _PARTY_ROLES
            and (
                self._party_leader(actor)
                or leads_a_group(self.text, actor.mentions)
                or (actor.country is None and titled_by_a_group(self.text, actor.mentions))
            )
        ):
            return False  # "opposition leader X", "X, leader of the militant group Y", "Labour leader Z"
        if titled_by_a_private_body(self.text, actor.mentions):
            return False  # "the chamber's president X": a private body's head
        if roles & _NON_OFFICIAL:
            return bool(roles & OFFICIAL) and not roles & _NEVER_OFFICIAL
        return (
            bool(roles & OFFICIAL)
            or any(r.endswith("minister") for r in roles)
            or (not roles and self._counterpart(actor))
            or (not roles and named_as_predecessor(self.text, actor))  # "his predecessor X"
            # "the last visit by a Canadian prime minister to Cuba was in 2016, when X ..."
            or (not roles and named_as_last_holder(self.text, actor))
            # "the head of Germany's foreign intelligence service, X,": no role read from the words
            or ((not roles or bool(roles & _BODY_HEADS)) and self._heads_a_state_body(actor))
            or self._leads_a_national_delegation(actor)
            or (not roles & _NON_OFFICIAL and self._leads_a_delegation(actor))
            or (bool(roles) and titled_by_a_seat(self.text, actor.mentions))
            or actor.id in self._body_heads
        )

    def _heads_a_state_body(self, actor: Actor) -> bool:
        """Is the person, in an apposition, the director or head of a state's office or agency
        ("X, deputy director of China's Taiwan Affairs Office")?"""
        return any(
            (
                self.text[e : e + 1] == ","  # (the pattern opens with one)
                and _STATE_BODY_HEAD.match(self.text, e, min(len(self.text), e + 120), KEEP_GIL)
            )
            # "the head of Germany's foreign intelligence service, X,": the title told before the name
            or (
                self.text[max(0, s - 3) : s].rstrip().endswith(",")
                and _STATE_BODY_HEAD_BEFORE.search(self.text, max(0, s - 120), s, KEEP_GIL) is not None
            )
            for s, e in actor.mentions
        )

    def _party_leader(self, actor: Actor) -> bool:
        """Is the person titled as a party's or the opposition's leader ("opposition leader X",
        "Democratic party leader X"), not a ruling communist party's ("Vietnamese Communist Party
        leader X" leads the state)?"""
        for s, _ in actor.mentions:
            m = _PARTY_TITLE.search(self.text, max(0, s - 60), s, KEEP_GIL)
            if m is not None and not _COMMUNIST.search(self.text, max(0, m.start() - 12), m.end(), KEEP_GIL):
                return True
        return False

    def _counterpart(self, actor: Actor) -> bool:
        """Is the person called someone's counterpart ("his Iraqi counterpart X"), an office holder
        like the one he is the counterpart of?"""
        return found_before(_COUNTERPART, self.text, (s for s, _ in actor.mentions), 120, ("counterpart",))

    def former(self, actor: Actor, *, then_is_in_office: bool = False) -> bool:
        """Is the person only ever called a former office holder ("former President X")? With
        ``then_is_in_office``, "then Foreign Minister X" holds the office at the time told."""
        return only_former(self.text, actor, then_is_in_office=then_is_in_office)
