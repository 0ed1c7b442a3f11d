"""The records the actor finder passes from stage to stage: a :class:`Tag` on a run of tokens (an
organisation, a place, a role, an honorific), a :class:`Candidate` person-name mention, an
:class:`OrgMention` (a generic organisation phrase or a group), and the :class:`Entity` that
gathers the mentions of one actor before it becomes an :class:`~diplotext.model.Actor`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress
from typing import cast

import attrs

from diplotext.extractors.actors.roles import Gender
from diplotext.model import Span


@attrs.define(slots=True)
class Tag:
    kind: str  # org | state | demonym | capital | city | seat | role | honorific | group
    start: int  # first token index
    end: int  # token index after the last
    code: str | None = None  # ISO3 for places; role value for roles
    key: str | None = None  # organisation key
    name: str | None = None  # organisation default name
    span: Span | None = None  # character span when not the tokens' (a part of a hyphenated word)
    country: str | None = None  # a title's state from its complement ("Vice President of Kenya")
    complement: bool = False  # a title with its complement ("Minister for Agriculture and Fisheries")


def tagged(at: Sequence[Tag | None]) -> Iterator[tuple[int, Tag]]:
    """``(index, tag)`` of the tagged tokens of a per-token tag list, in order: the untagged ones
    are skipped in C (``itertools.compress``; a tag is never false), not one by one in a loop."""
    return cast("Iterator[tuple[int, Tag]]", compress(enumerate(at), at))


@attrs.define(slots=True)
class Candidate:
    """One person-name mention found from cues, before mentions are joined into entities."""

    tokens: list[str]
    span: Span
    alias: str
    written: str
    first: int  # token index
    roles: list[str] = attrs.field(factory=list)
    country: str | None = None
    gender: Gender = None
    cued: bool = True
    title_alias: str | None = None
    weak: bool = False  # a lone word with a weak person cue (", 24,", "arrested X", "X said")


@attrs.define(slots=True)
class Entity:
    kind: str
    name: str
    country: str | None = None
    roles: list[str] = attrs.field(factory=list)
    mentions: list[Span] = attrs.field(factory=list)
    forms: list[list[str]] = attrs.field(factory=list)
    written: list[str] = attrs.field(factory=list)
    surfaces: list[str] = attrs.field(factory=list)
    countries: list[str] = attrs.field(factory=list)
    gender: Gender = None
    cjk: bool = False
    key: str | None = None

    def add_roles(self, new: Sequence[str]) -> None:
        for role in new:
            if role not in self.roles:
                self.roles.append(role)


@attrs.define(slots=True)
class OrgMention:
    key: str
    name: str
    country: str | None
    span: Span
    kind: str = "organization"
