"""A "he" or "she" the actors layer joined to the person who opened the sentence just before the
pronoun's, named after the last speaker spoke: that person, not the last speaker ("... said A.
Union spokesman B rejected the claim. He told ...": B), also when the last speaker is named again
in B's sentence as its object ("B, the chair, welcomed A to the podium. He thanked ...": B). The
rules of :mod:`.speaker_pronouns` find such a subject by where the name stands; this one reads the
actors layer's coreference when the words before the name (a bracketed acronym, a title with "of")
hide that it opens its sentence (see docs/quotes.md, "Speaker resolution")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import CONJUNCTIONS, DETERMINERS, PREPOSITIONS

from .mentions import Mention
from .resolver import Resolver
from .speaker_history import SENTENCE_BREAK, History, Said, pronoun_fits
from .subject_position import OBJECT_OR_SUBJECT_PRONOUNS

__all__ = ["joined_subject"]


def joined_subject(resolver: Resolver, history: History, h: Said, m: Mention, low: str) -> Said | None:
    """The person the actors layer joined the pronoun ``m`` (``low``: "he" or "she") to, when that
    person is named, outside anyone's words, as the first person of the sentence before the
    pronoun's (or of the pronoun's own), after the last speaker ``h`` spoke, and ``h`` is not named
    in a later sentence; else ``None``."""
    if h.mention is None or h.mention.end >= m.start:
        return None
    actor = resolver.actor_at(m.start, m.end)
    if actor is None or actor.kind != "person" or actor.id == h.actor_id or actor.name == h.name:
        return None
    if not any(s <= m.start and e >= m.end for s, e in actor.mentions):
        return None  # the pronoun itself is no mention of the actor
    if not pronoun_fits(resolver, actor, low):
        return None
    text = resolver.text
    starts = _sentence_starts(text, max(0, h.mention.start - _REACH), m.start)
    if len(starts) < 2:
        return None
    lo, hi = max(h.mention.end, starts[-2]), starts[-1]
    named = [
        (s, e)
        for s, e in actor.mentions
        if lo <= s and e <= hi and text[s:e].lower() not in OBJECT_OR_SUBJECT_PRONOUNS
    ]
    if not named:
        return None
    s, e = named[0]
    if history.said(s) or text.startswith(("'s", "’s"), e):
        return None  # named in someone's words, or the owner of the subject
    opening = max((b for b in starts if b <= s), default=0)
    if h.mention.start >= opening:
        return None  # "A, the head of Y's B service, told ...": A opens that sentence
    for ms, me, other in resolver.mentions_back(s, opening):
        if other.kind == "person" and other.id != actor.id and text[ms:me].lower() not in _PRONOUNS:
            return None  # another person opens that sentence: the actor is no subject
    if _VERB_BEFORE.search(text, opening, s, KEEP_GIL) is not None:
        return None  # "She thanked Premier X": the object
    if len(_WORD.findall(text, opening, s)) > _LEAD_WORDS:
        return None  # deep in its sentence ("... went down in three sets to X"): no subject
    before = _WORD_BEFORE.search(text, opening, s, KEEP_GIL)
    of_title = before is not None and before.group(2) == "of" and before.group(1) is not None
    if before is not None and not of_title and _no_subject_after(before.group(2)):
        return None  # "despite having X", "against Y and X": no subject (but "Archbishop of Y X")
    after = next((b for b in starts if b > e), m.start)
    if _named_in(text, h, after, m.start) or _subject_again(text, h, e, after):
        return None  # the last speaker is named again after: still in focus
    return Said(actor.name, actor.id, m, True)


def _sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where the sentences between ``lo`` and ``hi`` begin (``lo`` first), the one holding ``hi``
    last; a paragraph break after a sentence's end opens one sentence, not two."""
    starts = [lo]
    for b in SENTENCE_BREAK.finditer(text, lo, hi, False, KEEP_GIL):
        word = _ABBREVIATED.search(text, max(0, b.start() - 6), b.start() + 1, KEEP_GIL)
        if word is not None and word.group(1).lower() in _INSIDE:
            continue  # "Mr. X": the period of an abbreviation
        end = b.end()
        while end < hi and text[end].isspace():
            end += 1
        if text[starts[-1] : b.start()].strip():
            starts.append(end)
        else:
            starts[-1] = end
    return starts


_REACH: Final = 1500
_LEAD_WORDS: Final = 8


def _no_subject_after(word: str) -> bool:
    """A lower-case word after which a name is no subject: a preposition, a conjunction, a
    determiner ("at the White House X briefing room"), an -ing form."""
    return word in PREPOSITIONS or word in CONJUNCTIONS or word in DETERMINERS or word.endswith("ing")


_ABBREVIATED: Final = regex.compile(r"(?<![\p{L}])(\p{L}+)\.$")
_INSIDE: Final = lexicon.words("grammar", "abbreviations inside a sentence")
_WORD_BEFORE: Final = regex.compile(
    r"(?:(?<![\p{L}])(\p{Lu}[\p{L}\-]*)\s+)?(?<![\p{L}])(\p{Ll}+)\s+(?:\p{Lu}[\p{L}\-.]*\s+)*$"
)
"""The lower-case word before a name and its capitalised title words (``1``: a capitalised word
before it, as in "Archbishop of Y X")."""
_PRONOUNS: Final = OBJECT_OR_SUBJECT_PRONOUNS | frozenset({"hers", "himself", "herself"})
_VERB_BEFORE: Final = regex.compile(r"(?<![\p{L}])\p{Ll}+(?:ed|s)\s+(?:\p{Lu}[\p{L}\-]*\s+)*$")
"""A lower-case verb form right before the name (and its title words): "... thanked Premier X"."""


def _named_in(text: str, h: Said, lo: int, hi: int) -> bool:
    """Is a capitalised word of the last speaker's name written between ``lo`` and ``hi``?"""
    words = {w for w in (h.name or "").split() if w[:1].isupper() and len(w) > 2}
    return any(w in words for w in _WORD.findall(text, lo, hi))


_WORD: Final = regex.compile(r"[\p{L}\-]+")


def _subject_again(text: str, h: Said, lo: int, hi: int) -> bool:
    """Is a word of the last speaker's name written between ``lo`` and ``hi`` as a clause's
    subject, a lower-case word other than a preposition after it ("..., and then X set out the
    plan"), or after a preposition or a conjunction ("used by X"); not the object of "welcomed X
    to the podium"?"""
    words = {w for w in (h.name or "").split() if w[:1].isupper() and len(w) > 2}
    previous = ""
    for w in _WORD_AND_NEXT.finditer(text, lo, hi, KEEP_GIL):
        if w.group(1) in words:
            if w.group(2) is not None and w.group(2) not in PREPOSITIONS:
                return True
            if previous in PREPOSITIONS or previous in CONJUNCTIONS:
                return True  # "the gun used by X to ...": named again, not as B's object
        if not w.group(1)[:1].isupper():
            previous = w.group(1)
        if w.group(2) is not None:
            previous = w.group(2)
    return False


_WORD_AND_NEXT: Final = regex.compile(r"([\p{L}\-]+)(?:\s+(\p{Ll}+)(?![\p{L}]))?")
