"""What a pronoun attribution can stand for by kind and number: "he" and "she" only a person (not
the newspaper the actors layer joined a "she" to), "it" never a person, "they" never one person
("Tom X, head of the bureau, said ... Until Thursday, they had not called Y a suspect": not X; see
docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Actor

from .article_names import person_name
from .mentions import ORG_WORDS, head_noun
from .resolver import Resolver
from .speaker_history import Said

__all__ = ["body_named", "kind_fits", "plural_fits"]

_PERSON_ONLY: Final = frozenset({"he", "she", "i"})


def kind_fits(actor: Actor, pronoun: str) -> bool:
    """Can the subject pronoun ``pronoun`` (lower case) stand for ``actor`` by its kind: "he",
    "she" and "I" a person, "it" and "they" no person?"""
    if pronoun in _PERSON_ONLY:
        return actor.kind == "person"
    if pronoun in ("it", "they"):
        return actor.kind != "person"
    return True


def plural_fits(resolver: Resolver, said: Said) -> bool:
    """Can "they" stand for this earlier speaker: a body, a group, people joined by "and", a plural
    head ("officials"), a name no actor or given name makes a person; not one person (a person
    actor, a name opening with a given name, or a description with a singular head: "a spokesman")?"""
    name = said.name
    if not name or not said.person:
        return True
    if resolver.is_person(said.actor_id):
        return False
    if " and " in name or "&" in name:
        return True
    if person_name(name) is not None:
        return False  # "Tom X": a given name opens it
    if name[:1].isupper():
        return True  # a name no actor calls a person: a body ("Sepa predict ... They predicted")
    head = head_noun(name).lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def body_named(resolver: Resolver, name: str, pos: int) -> bool:
    """Is ``name``, written before ``pos``, the name of a body or a state the actors layer knows
    (the Mainichi-like daily "she" cannot stand for)?"""
    text = resolver.text
    for s, e, actor in resolver.mentions_back(pos, max(0, pos - _BACK)):
        if text[s:e] == name or actor.name == name:
            return actor.kind != "person"
    at = text.rfind(name, 0, pos)
    after = _NEXT_WORD.match(text, at + len(name)) if at >= 0 else None
    # "a report in the X Y daily", "the X Y newspaper": the name of a body
    return after is not None and (after.group(1) in _OUTLET_HEADS or after.group(1) in ORG_WORDS)


_BACK: Final = 4000
_NEXT_WORD: Final = regex.compile(r"\s+(\p{Ll}+)(?![\p{L}])")
_OUTLET_HEADS: Final = lexicon.words("speech", "heads for a news outlet")
