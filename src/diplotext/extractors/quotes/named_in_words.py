"""A "he said" is not the person its own words talk about: '"I told Ruth to wait," she said' was
not said by Ruth. When the person a pronoun attribution resolved to is named in the third person
inside the quotation it attributes, the speaker is the latest speaker, when the pronoun was taken for someone
named since, else the person who opened a sentence last in the paragraph or the one before, other
than anyone the words name (see docs/quotes.md)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL

from .resolver import Resolver
from .speaker_history import PRONOUN_GENDER, SENTENCE_BREAK, History, Said
from .speaker_pronouns import speaker_sex
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS, gender_after

__all__ = ["other_than_named"]

_REACH: Final = 1500
"""How far before the pronoun another speaker is looked for (a few paragraphs)."""
_SELF_INTRODUCED: Final = regex.compile(
    r"(?i:\bI['’]m|\bI\s+am|\bmy\s+name\s+is|\bmy\s+name['’]s|\bcall\s+me)\s+$"
)
_HONORIFICS: Final = frozenset(row[0].rstrip(".") for row in lexicon.rows("actors", "honorifics"))
_CAPITALISED_WORD: Final = regex.compile(r"(\p{Lu}[\p{L}'’.\-]*)\s+$")


def other_than_named(resolver: Resolver, history: History, said: Said, direct: Sequence[Span]) -> Said:
    """``said`` (a pronoun attribution resolved to a person), or another speaker when the direct
    words in ``direct`` name that person in the third person ("'Nora was right,' she said" after
    Nora spoke: someone else)."""
    m = said.mention
    if m is None or m.kind != "pronoun" or not said.person or not said.name or not direct:
        return said
    want = PRONOUN_GENDER.get(m.text.lower())
    if want is None or not _named_in(resolver.text, said.name, direct):
        return said
    h = history.person
    if h is not None and h.name and h.name != said.name:
        # the words name the one the pronoun was taken to continue instead of the latest speaker:
        # that speaker again, unless the words name them too
        if _named_in(resolver.text, h.name, direct) or speaker_sex(resolver, history, h) not in (None, want):
            return said
        return Said(h.name, h.actor_id, m, True)
    other = _subject_before(resolver, history, m.start, said.name, want=want, direct=direct)
    if other is None:
        return said  # nobody else fits: a speaker may name himself ("the teenage X would ...")
    return Said(other.name, other.actor_id, m, True)


def _subject_before(
    resolver: Resolver, history: History, pos: int, current: str, *, want: str, direct: Sequence[Span]
) -> Said | None:
    """The person named first in a sentence before ``pos``, in its paragraph or the one before,
    outside anyone's words, not as an owner ("X's side"), of the pronoun's sex (or none known),
    whom the ``direct`` words do not name; ``None`` when the ``current`` speaker opens a sentence
    after them (still the one in focus)."""
    text = resolver.text
    lo = max(0, pos - _REACH)
    breaks = [b.start() for b in _PARAGRAPH_BREAK.finditer(text, lo, pos, KEEP_GIL)]
    if len(breaks) >= 2:
        lo = breaks[-2]
    for s, e, actor in resolver.mentions_back(pos, lo):
        if actor.kind != "person" or history.said(s) or text[s:e].lower() in OBJECT_OR_SUBJECT_PRONOUNS:
            continue
        if not _first_in_sentence(resolver, history, s):
            continue
        if actor.name == current:
            return None
        if text.startswith(("'s", "’s", ":"), e):
            continue  # "X's coach": the owner is no speaker; "X: ..." is a label
        if _named_in(text, actor.name, direct):
            continue
        sex = resolver.gender(actor.name, actor.id) or gender_after(text, e)
        if sex in (None, want):
            return Said(actor.name, actor.id, None, True)
    return None


def _first_in_sentence(resolver: Resolver, history: History, pos: int) -> bool:
    """Is the person mention at ``pos`` the first person its sentence names (by name, not by a
    pronoun) outside quotes?"""
    text = resolver.text
    breaks = list(SENTENCE_BREAK.finditer(text, max(0, pos - 400), pos, False, KEEP_GIL))
    opening = breaks[-1].end() if breaks else max(0, pos - 400)
    return not any(
        actor.kind == "person" and not history.said(s) and text[s:e].lower() not in OBJECT_OR_SUBJECT_PRONOUNS
        for s, e, actor in resolver.mentions_back(pos, opening)
    )


_PARAGRAPH_BREAK: Final = regex.compile(r"\n\s*\n")


def _named_in(text: str, name: str, direct: Sequence[Span]) -> bool:
    """Do the direct words name the person ``name`` in the third person: the full name, the
    surname alone (or after an honorific), or the given name alone?"""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    surname = words[-1]
    given = words[0] if len(words) > 1 and is_given_name(words[0]) else None
    for lo, hi in direct:
        for word in {surname, given} - {None}:
            assert word is not None
            for start in _word_at(text, word, lo, hi):
                if _third_person(text, start, start + len(word), words, lo=lo, is_surname=word == surname):
                    return True
    return False


def _word_at(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``word`` stands whole between ``lo`` and ``hi``: no letter, hyphen or apostrophe right
    before it (before ``lo`` too), no letter or hyphen right after it (nothing at ``hi``); the
    starts ``regex.finditer`` of the escaped word between those lookarounds gives, with ``pos`` and
    ``endpos``, found by ``str.find`` (a pattern made for each name cost a compile a name)."""
    size = len(word)
    hi = min(hi, len(text))
    at = text.find(word, lo, hi)
    while at >= 0:
        end = at + size
        if (at == 0 or not _letter_or(text[at - 1], "-'’")) and (end >= hi or not _letter_or(text[end], "-")):
            yield at
            at = text.find(word, end, hi)
        else:
            at = text.find(word, at + 1, hi)


def _letter_or(char: str, marks: str) -> bool:
    """Is ``char`` a letter (``\\p{L}``) or one of ``marks``?"""
    if char in marks:
        return True
    return char.isalpha() if char.isascii() else _LETTER.match(char, 0, None, KEEP_GIL) is not None


_LETTER: Final = regex.compile(r"\p{L}")


def _third_person(text: str, s: int, e: int, words: Sequence[str], *, lo: int, is_surname: bool) -> bool:
    """Is the name word at ``s``-``e`` the person itself, talked about (not "I'm Ada X", not
    another X: "Tom X" when the person is "Ada X", "Ada Y" when the person is "Ada X")?"""
    before = text[max(lo, s - 20) : s]
    if _SELF_INTRODUCED.search(before, None, None, KEEP_GIL):
        return False
    prev = _CAPITALISED_WORD.search(before, None, None, KEEP_GIL)
    if is_surname:
        if prev is None:
            return True
        word = prev.group(1).rstrip(".")
        return word == words[0] or word.lower() in _HONORIFICS
    after = _NEXT_CAPITALISED.match(text, e, None, KEEP_GIL)
    return after is None or after.group(1) == words[-1]


_NEXT_CAPITALISED: Final = regex.compile(r"\s+(\p{Lu}[\p{L}'’\-]*)")
