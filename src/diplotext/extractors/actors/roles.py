"""Titles, role nouns, honorifics, group nouns and speech verbs: the lexicons the actor finder reads.

Roles are matched on lower-cased tokens, longest first, so ``"Prime Minister"`` and ``"prime
minister"`` both give the role ``"prime minister"``. :data:`ROLES` maps a token tuple to the role
value reported on the actor (``"chief suspect"`` is reported as ``"suspect"``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal, TypeAlias

from diplotext import lexicon

Gender: TypeAlias = Literal["m", "f"] | None


def _genders(section: str) -> dict[str, Gender]:
    """A ``word | m/f/-`` section of ``actors.txt`` (``-``: either)."""
    return {
        word: "m" if gender == "m" else "f" if gender == "f" else None
        for word, gender in lexicon.mapping("actors", section).items()
    }


# role phrase -> reported role
_ROLE_PHRASES: Final[dict[str, str]] = lexicon.mapping("actors", "role phrases")

# Honorifics: never roles, but a strong person cue with a gender hint.
HONORIFICS: Final[dict[str, Gender]] = _genders("honorifics")

FEMALE_ROLES: Final = lexicon.words("actors", "female roles")
MALE_ROLES: Final = lexicon.words("actors", "male roles")

# Roles that make a person a state's leader ("the Russian leader").
LEADER_ROLES: Final = lexicon.words("actors", "leader roles")

# Role nouns that may stand alone after "the" to refer back to a person ("the president said").
BACK_REFERENCE_ROLES: Final = lexicon.words("actors", "back-reference roles")


def _covered() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in lexicon.rows("actors", "roles a general title covers"):
        out.setdefault(row[0].lower(), {row[0].lower()}).add(row[1].lower())
    out["leader"] = set(LEADER_ROLES)
    return {k: frozenset(v) for k, v in out.items()}


COVERED_ROLES: Final[dict[str, frozenset[str]]] = _covered()
"""A general role and the roles whose holders it may refer back to ("the Russian leader": a
president, a prime minister ...; "the head of government": a prime minister ...)."""


def holds(held: Iterable[str], role: str) -> bool:
    """Does a person with roles ``held`` hold ``role``, or one it covers?"""
    covered = COVERED_ROLES.get(role)
    return role in held if covered is None else not covered.isdisjoint(held)


# Words before a role that don't stop a title phrase ("the former Russian spy").
ROLE_MODIFIERS: Final = lexicon.words("actors", "role modifiers")

# Plural nouns that make "British prosecutors" a group.
GROUP_NOUNS: Final = lexicon.words("actors", "group nouns")
GROUP_MODIFIERS: Final = lexicon.words("actors", "group modifiers")

# Verbs that, right after a capitalised run, make it a person (or other agent) rather than a place.
PERSON_VERBS: Final = lexicon.words("actors", "forms after a person")

PRONOUNS: Final[dict[str, Gender]] = _genders("gendered pronouns")


_NO_PLURAL_TITLE: Final = lexicon.words("actors", "roles with no plural title")
"""Roles whose plural is no title before a name ("residents Harbour Radio spoke to")."""


def _build() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    out: dict[tuple[str, ...], str] = {}
    plural: set[tuple[str, ...]] = set()
    for phrase, role in _ROLE_PHRASES.items():
        words = tuple(phrase.split())
        out[words] = role
        if len(words) == 1 and role and words[0].isalpha():
            # "vice-chairman" as one hyphenated word: the deputy of a one-word role
            out.setdefault((f"vice-{words[0]}",), f"vice {role}")
        # a plural title before a list of names: "Presidents X of Ukraine and Y of Russia"
        last = words[-1]
        key = (*words[:-1], last + "s")
        if last.isalpha() and not last.endswith("s") and key not in out and phrase not in _NO_PLURAL_TITLE:
            out[key] = role
            plural.add(key)
    return out, frozenset(plural)


ROLES, PLURAL_ROLES = _build()
"""Token tuple -> role; the plural titles among the keys, which need a name right after them."""
ROLE_MAX_TOKENS: Final = max(len(k) for k in ROLES)
ROLE_FIRST: Final = frozenset(k[0].rstrip(".") for k in ROLES)


def _prefixes(keys: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Every start of a key, and each with the periods closing its last word taken off ("gen." and
    "gen"): a token tuple outside this set neither is a key nor grows into one, by more tokens or
    by an abbreviation's period (how :func:`tagging._match_role_from` builds its keys)."""
    out: set[tuple[str, ...]] = set()
    for key in keys:
        for m in range(1, len(key) + 1):
            head, last = key[: m - 1], key[m - 1]
            out.add((*head, last))
            while last.endswith("."):
                last = last[:-1]
                out.add((*head, last))
    return frozenset(out)


ROLE_PREFIXES: Final = _prefixes(ROLES)
"""The token tuples :data:`ROLES`' keys start with (see :func:`_prefixes`)."""


def role_gender(roles: tuple[str, ...] | list[str]) -> Gender:
    """A gender implied by a role (``"queen"`` -> ``"f"``), or ``None``."""
    for role in roles:
        if role in FEMALE_ROLES:
            return "f"
        if role in MALE_ROLES:
            return "m"
    return None
