"""Descriptions by a role the word lists do not know, named in apposition right after them
("said the mufti of Dunmore, Kemal Orhanli, who ...", "said one tearful mourner, Janos Villem."):
the head is a singular lower-case noun opened by an article, a count word or an owner, and is no
body, document, outlet, place or kin word, so the person named after the comma speaks (the name
itself is checked by :func:`.speaker_roles.appositive_name`)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL

from .naming import BODY_HEADS, DOCUMENT_HEADS, PEOPLE_OF
from .outlets import OUTLET_HEADS

__all__ = ["unlisted_role"]


def unlisted_role(text: str, before: str) -> bool:
    """Is the description ``text`` (the mention; ``before`` the words just before it in the
    article) headed by one person's role the lists do not know: a singular lower-case noun, after
    an article, "one", a possessive pronoun or an owner's name ("Ruritania's chief delegate")?"""
    head = _TAIL.split(text, 1, KEEP_GIL)[0].split()
    if not head or len(head) > 4:
        return False
    noun = head[-1]
    if _NOUN.fullmatch(noun, None, None, KEEP_GIL) is None or (
        noun.endswith("s") and not noun.endswith("ss")
    ):
        return False
    if noun in _NOT_ONE_PERSON or noun in _OPENERS:  # "said one of their lawyers, X": no noun
        return False
    if any(w[:1].isupper() and not _OWNER.search(w, None, None, KEEP_GIL) for w in head[:-1]):
        return False  # "the EU representative": a body's word the role lists read
    opener = head[0].lower()
    return (
        opener in _OPENERS
        or _OWNER.search(head[0], None, None, KEEP_GIL) is not None
        or _OPENER_BEFORE.search(before, None, None, KEEP_GIL) is not None
    )


_NOUN: Final = regex.compile(r"\p{Ll}[\p{Ll}\-]{2,}")
_OWNER: Final = regex.compile(r"\p{L}['’]s?$")
_OPENERS: Final = lexicon.words("speech", "openers of a description of one person")
_OPENER_BEFORE: Final = regex.compile(
    r"(?<![\p{L}])(?i:" + lexicon.alternation("speech", "openers of a description of one person") + r")\s+$"
)
_ROLE_PREPOSITIONS: Final = lexicon.alternation("speech", "prepositions after a role")
_TAIL: Final = regex.compile(r"\s(?:" + _ROLE_PREPOSITIONS + r")\s")
_NOT_ONE_PERSON: Final = (
    BODY_HEADS
    | DOCUMENT_HEADS
    | PEOPLE_OF
    | OUTLET_HEADS
    | lexicon.words("speech", "heads of a description that name no person")
)
