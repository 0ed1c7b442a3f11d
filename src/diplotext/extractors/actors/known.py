"""Well-known political figures (``data/people.txt``): full names and nationalities for people the
article names only by surname and title ("President Assad") or without a nationality.

The article's own text always wins: a person the article names in full keeps that name and only
gains a missing country; a lone surname is completed only when exactly one figure with that
surname fits the publication year and, when the article gives a role or a state, that role and state.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from typing import NamedTuple

from diplotext.extractors.actors import names
from diplotext.extractors.actors.entities import Entity
from diplotext.extractors.actors.titles import is_regnal_numeral

_FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "VNM", "TWN"})


class Figure(NamedTuple):
    name: str
    tokens: tuple[str, ...]
    country: str
    years: tuple[tuple[int, int], ...]
    roles: frozenset[str]

    def active(self, year: int) -> bool:
        return any(a <= year <= b for a, b in self.years)


def _years(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for part in text.split(","):
        a, _, b = part.strip().partition("-")
        if a.isdigit():
            out.append((int(a), int(b) if b.isdigit() else 9999))
    return tuple(out)


@functools.cache
def _figures() -> tuple[dict[str, list[Figure]], dict[str, list[Figure]]]:
    """(by family-name key, by last-token key)."""
    text = resources.files("diplotext").joinpath("data", "people.txt").read_text(encoding="utf-8")
    by_family: dict[str, list[Figure]] = {}
    by_last: dict[str, list[Figure]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, country, years, role_text = (p.strip() for p in line.split("|"))
        tokens = tuple(name.replace(".", " ").split())
        fig = Figure(name, tokens, country, _years(years), frozenset(role_text.split(";")))
        family = tokens[0] if country in _FAMILY_NAME_FIRST else tokens[-1]
        by_family.setdefault(names.skeleton(family), []).append(fig)
        by_last.setdefault(names.skeleton(tokens[-1]), []).append(fig)
    return by_family, by_last


def _full_match(tokens: Sequence[str]) -> Figure | None:
    _, by_last = _figures()
    for fig in by_last.get(names.skeleton(tokens[-1]), ()):
        if names.same_token(tokens[0], fig.tokens[0]):
            return fig
    return None


def enrich(people: Sequence[Entity], year: int | None) -> None:
    """Complete lone surnames and missing countries from the list of well-known figures."""
    by_family, _ = _figures()
    for ent in people:
        tokens = ent.name.replace(".", " ").split()
        if not tokens:
            continue
        if len(tokens) >= 2:
            fig = _full_match(tokens)
            if fig is not None and not ent.countries:
                ent.countries.append(fig.country)
            if fig is not None and not ent.roles and is_regnal_numeral(tokens[-1]):
                # a regnal name is its holder's office: "Clement XVI's visit" is the pope's
                ent.add_roles(sorted(fig.roles))
            continue
        found = list(by_family.get(names.skeleton(tokens[0]), ()))
        if year is not None:
            found = [f for f in found if f.active(year)]
        if ent.roles and len(found) > 1:
            fitting = [f for f in found if f.roles & set(ent.roles)]
            found = fitting or found
        if len(found) != 1:
            continue
        fig = found[0]
        # the article's own word wins: "King Hussein" is no "Saddam Hussein" (a president), and
        # a person the article gives another state is not the figure of that name
        if ent.roles and not fig.roles & set(ent.roles):
            continue
        if ent.countries and fig.country not in ent.countries:
            continue
        ent.surfaces.append(ent.name)
        ent.name = fig.name
        if not ent.countries:
            ent.countries.append(fig.country)
