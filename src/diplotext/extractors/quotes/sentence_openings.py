"""Names that open a sentence: the subject a "the company said" or a "he said" after it means
(split from :mod:`diplotext.extractors.quotes.resolver`, whose methods of the same names call these).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Actor

from .article_names import Name
from .fragments import leading_fragment
from .mentions import NOT_NAME_OR_ARTICLE
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS, SENTENCE_END_INSIDE, has_pronoun

__all__ = ["named_subject_before", "person_opening"]

_SUBJECT_WINDOW: Final = 400
_NAMED_OPENING: Final = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?\s+)|(?<=\n))"
    r"(?:\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2}-based[ \t]+)?"  # "Toronto-based X": X
    r"(\p{Lu}[\p{L}&.\-]*(?:[ \t]+\p{Lu}[\p{L}&.\-]*){0,3})"
    r"(?:['’]s\s+\p{Ll}+)?[ \t]+(?:"
    + lexicon.alternation("speech", "words after a named opening")
    + r"|\p{Ll}+ed|\p{Ll}+s)(?![\p{L}])",
    regex.MULTILINE,
)
_NOT_SUBJECT_NAMES: Final = lexicon.words("speech", "words that are no subject name")


def _field_and_state(actor: Actor, m: regex.Match[str]) -> bool:
    """Is a state's name only the end of the body's name that opened the sentence ("Forestry Iceland
    approved ...": the department, not the state)?"""
    lo, hi = m.span(1)
    inside = [s for s, e in actor.mentions if s < hi and e > lo]
    return actor.kind == "state" and bool(inside) and all(s > lo for s in inside)


def named_subject_before(
    text: str, pos: int, actor_at: Callable[[int, int], Actor | None]
) -> tuple[int, int] | None:
    """A name opening one of the sentences just before ``pos`` as their subject, that the
    actors plugin does not know as a person or a state ("Apple has expanded ... The company
    said": Apple); the latest, or ``None``."""
    found = None
    for m in _NAMED_OPENING.finditer(text, max(0, pos - _SUBJECT_WINDOW), pos):
        actor = actor_at(m.start(1), m.end(1))
        if actor is not None and actor.kind in ("person", "state") and not _field_and_state(actor, m):
            continue
        words = m.group(1).split()
        if words[0].lower() in _NOT_SUBJECT_NAMES or words[0].lower() in NOT_NAME_OR_ARTICLE:
            continue
        if len(words) == 1 and not _used_as_name(text, words[0], m.end(1)):
            continue  # "Annual profits rose", "Three said": a word capitalised by its place
        found = m.span(1)
    return found


def _used_as_name(text: str, word: str, after: int) -> bool:
    """Is a capitalised word a name: capitals inside it ("CalFire"), or capitalised again
    where no sentence starts ("... shares in Orbix fell")?"""
    if any(ch.isupper() for ch in word[1:]):
        return True
    lo, hi = max(0, after - 3000), min(len(text), after + 3000)
    at = text.find(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        if (end >= len(text) or not text[end].isalpha()) and at >= 2 and text[at - 1] in " \t":
            before = text[at - 2]
            if before.islower() or before in ",;":
                return True
        at = text.find(word, end, hi)
    return False


def person_opening(
    text: str,
    mentions: Sequence[tuple[int, int, Actor]],
    mention_starts: Sequence[int],
    names_of: Callable[[], Sequence[Name]],
    span: tuple[int, int],
) -> tuple[str, str | None, int, int] | None:
    """The person whose name opens the one sentence ``lo``-``hi`` (the words right before a
    quotation, in its paragraph: "Betsy X shook her head. "...""): name, actor id and span;
    an actor of kind person first, else a full name the article writes (``names_of`` gives the
    article's names)."""
    lo, hi = span
    stretch = text[lo:hi]
    if "\n" in stretch or SENTENCE_END_INSIDE.search(stretch.strip()) is not None:
        return None  # another paragraph, or more than one sentence
    first = stretch.split(maxsplit=1)[0] if stretch.strip() else ""
    if not first[:1].isupper() or leading_fragment(first):
        return None  # "Though X was ...": the subject is not the name opening it
    k = bisect.bisect_left(mention_starts, lo)
    while k < len(mentions) and mentions[k][0] < hi:
        s, e, actor = mentions[k]
        k += 1
        if not text[lo:s].strip() and s < e:
            if text[s:e].lower() in OBJECT_OR_SUBJECT_PRONOUNS | {"its", "their", "my", "our"}:
                return None  # "His face ...", "She ...": no name opens it
            person = actor.kind == "person" and e <= hi and not has_pronoun(actor.name)
            return (actor.name, actor.id, s, e) if person else None
    names = names_of()  # built on first need
    k = bisect.bisect_left([n.start for n in names], lo)
    if (
        k < len(names)
        and names[k].end <= hi
        and not text[lo : names[k].start].strip()
        and not has_pronoun(names[k].name)
    ):
        n = names[k]
        return n.name, None, n.start, n.end
    return None
