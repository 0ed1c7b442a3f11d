"""Speakers described by a title or a person noun: the one the article introduced with that title
("the minister said" after "Foreign Minister X"), the last speaker given it, and whether a description
stands for one person ("a spokesman for the ministry", "another hostage")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .countries import is_nationality
from .mentions import Mention, head_noun
from .resolver import Resolver, person_title
from .speaker_history import History, Said

__all__ = [
    "INDEFINITE_BEFORE",
    "TITLE_MODIFIERS",
    "person_head",
    "role_fits",
    "role_to_come",
    "someone_of_a_body",
    "titled_person",
    "titled_speaker",
]


def someone_of_a_body(text: str, m: Mention) -> bool:
    """Is ``m`` one unnamed person of a body ("a spokesman for the ministry", "an official of the
    bureau"), whom a later "he" or "she" continues? Not after "the" or a possessive, which most
    often describe someone the article names ("the MP for X", "Britain's minister for Y")."""
    of = _OF_BODY.search(m.text, None, None, KEEP_GIL)
    return (
        of is not None
        and INDEFINITE_BEFORE.search(text, max(0, m.start - 10), m.start, KEEP_GIL) is not None
        and person_title(head_noun(m.text[: of.start()]))
    )


INDEFINITE_BEFORE: Final = regex.compile(r"(?<![\p{L}])(?i:an?|another|one)\s+$")


def role_fits(resolver: Resolver, name: str | None, head: str, age: str) -> bool:
    """Can "the 40-year-old comic" be this person: no role word, or a role the article gave them
    (not "producer X" for "the comic")?"""
    if head == age:
        return True
    titles = resolver.titles_of(name)
    return not titles or head in titles


def role_to_come(resolver: Resolver, name: str | None, head: str) -> bool:
    """Was this person introduced as holding ``head`` only to come ("President-elect X", "Minister-
    designate X"), so that "the president" is someone else, the holder now?"""
    titles = resolver.titles_of(name)
    return head not in titles and (head + "-elect" in titles or head + "-designate" in titles)


def titled_speaker(
    resolver: Resolver, history: History, head: str, owner: frozenset[str] = frozenset()
) -> Said | None:
    """The latest of the last few person speakers the article introduced with the title ``head``
    ("His lawyer, X, said", "Police Chief X said"), or ``None``; never the ``owner`` of the
    description ("the prime minister's spokesman" is not the prime minister, whose name may
    follow "a spokesman for")."""
    if not person_title(head):
        return None
    for h in reversed(history.people[-_TITLED_LOOKBACK:]):
        if not h.name or not resolver.has_title(h.name, head):
            continue
        if owner and not owner.isdisjoint(resolver.titles_of(h.name) | set(h.name.lower().split())):
            continue
        return h
    return None


_TITLED_LOOKBACK: Final = 6


def person_head(text: str) -> bool:
    """A singular person noun at the head of a group text: "Libyan lawyer", "Interpol spokesperson",
    "one worker", "another hostage", "one of the hostages": someone new, whom a later "he" or "she"
    may continue."""
    head = head_noun(text)
    if person_title(head):
        return True
    opens = text[:1] in _FIRST_LETTERS
    if opens and _ONE_OF.match(text, None, None, KEEP_GIL) is not None and head.endswith("s"):
        head = head[:-2] if head.endswith(("ches", "shes", "sses")) else head[:-1]
    elif not opens or _SOMEONE.match(text, None, None, KEEP_GIL) is None:
        return False  # "the British actor": most often someone the article named, not a new speaker
    return head in _PEOPLE_NOUNS


_PEOPLE_NOUNS: Final = (
    frozenset(k for k in lexicon.mapping("actors", "role phrases") if k.isalpha())
    | lexicon.words("events", "person nouns")
    | lexicon.words("speech", "speaker nouns")
) - lexicon.words("speech", "speaker nouns for bodies")
"""Singular nouns for one person ("a hostage", "one worker"), not for a body ("the agency")."""
_OF_BODY: Final = regex.compile(r"\s(?:for|of|at|with)\s")
"""The preposition after a description's head: "spokesman *for* the ministry"."""
_SOMEONE: Final = regex.compile(
    r"(?i:" + lexicon.alternation("speech", "words opening one unnamed person") + r")\s"
)
_FIRST_LETTERS: Final = frozenset(
    "".join(
        w[:1].lower() + w[:1].upper() for w in lexicon.words("speech", "words opening one unnamed person")
    )
)
"""The letters both patterns open with (ASCII words: no other letter but the Kelvin sign and the
long s folds to an ASCII one, and neither opens a word of the list): a set lookup before them."""
assert not set("ks") & _FIRST_LETTERS and _FIRST_LETTERS.isdisjoint("KS"), "a word opening with k or s"
_ONE_OF: Final = regex.compile(
    r"(?i:" + lexicon.alternation("speech", "words opening one unnamed person") + r")\s+of\s+\p{L}+\s"
)


def titled_person(resolver: Resolver, m: Mention, head: str) -> str | None:
    """The person the article introduced with the title ``head`` before ``m``, of the nationality
    and office words the mention writes ("the Polish foreign minister"), or ``None``."""
    nationalities = frozenset(w.lower() for w in m.text.split() if w[:1].isupper() and is_nationality(w))
    modifiers = frozenset(w for w in m.text.lower().split()[:-1] if w in TITLE_MODIFIERS)
    return resolver.titled(head, m.start, nationalities, modifiers)


TITLE_MODIFIERS: Final = lexicon.words("speech", "title modifiers")
"""Words before a title that name another office ("the prime minister" is no "minister")."""
