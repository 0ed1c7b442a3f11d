"""Whom an unresolved "him" or "his" stands for when its sentence opens with a description: "A
banker wanted in Latvia was arrested in Tallinn, and prosecutors asked Estonia to extradite him.
The man, X, 52, ...", "A suspect in the killing of a shopkeeper has been detained in Lima, and
police sent a request for his extradition. X, 29, ...". The actors stage finds no person for the
pronoun (the description names no one); it is the indefinite description that is the subject of
a passive main clause before it in its sentence (what befell him: arrested, detained), and so the
person named for that description in the sentences after (:func:`.people.described_suspect`). A
description doing something itself ("A trader wanted in X asked a court to overturn an order
sending him ...") is left to the rules that read its own act.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import described_suspect, named_before
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["antecedent_home", "described_antecedent", "their_people"]

_PRONOUNS: Final = lexicon.words("events", "pronouns of a described suspect")
_GROUP: Final = lexicon.words("events", "possessives of a group of suspects")
_TOLD: Final = frozenset(["main", "coordinate"])
"""The clauses that tell what befell the description ("A banker ... was arrested in X, and ...")."""
_WORD: Final = regex.compile(r"\b\w+\b")
_INDEFINITE: Final = lexicon.words("events", "indefinite articles of a description")


def described_antecedent(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """The person an unresolved "him" (the whole phrase) or "his" (opening it) stands for when an
    indefinite description is the subject of a clause before it in its sentence; else ``[]``."""
    if phrase is None or not phrase.words or phrase.words[0] not in _PRONOUNS or phrase.possessor is not None:
        return []
    if any(e.kind == "person" for e in phrase.entities):
        return []
    layer = ctx.layer
    sentence = layer.sentence_at(phrase.start)
    lo = layer.sentences[sentence][0]
    if any(e.kind == "person" and not e.pronoun for e in layer.entities_in(lo, phrase.start, places=False)):
        return []  # a person named before it in its sentence: the pronoun is his (other rules)
    for c in layer.in_sentence(sentence):
        subject = c.subject
        if subject is None or subject.end > phrase.start or subject.words[0] not in _INDEFINITE:
            continue
        if not c.predicate.passive or c.kind not in _TOLD:
            continue  # "A trader wanted in X asked a court to overturn an order sending him": his own act
        found = described_suspect(ctx, subject, c)
        if found:
            return found
    return []


def antecedent_home(
    ctx: EventContext, suspect: Actor, sentences: Iterable[int], asked: str | None
) -> str | None:
    """The one state a demonym of the description standing for ``suspect`` through a pronoun gives
    ("A Bulgarian businessman convicted of fraud was arrested in Bucharest, and a court ordered him
    held pending extradition proceedings. X, 47, ..."): his home, which asks for him; else
    ``None``."""
    layer = ctx.layer
    for idx in sorted(sentences):
        for c in layer.in_sentence(idx):
            subject = c.subject
            if subject is None or subject.words[0] not in _INDEFINITE or ctx.persons(subject):
                continue
            if not c.predicate.passive or c.kind not in _TOLD:
                continue
            if not _pronoun_after(ctx, idx, subject.end) or suspect not in described_suspect(ctx, subject, c):
                continue
            homes = {e.code for e in subject.entities if e.kind == "state" and e.code}
            if len(homes) == 1 and asked not in homes:
                return homes.pop()
    return None


def _pronoun_after(ctx: EventContext, idx: int, start: int) -> bool:
    """Is there a "him"/"his" naming no one after ``start`` in sentence ``idx``?"""
    end = ctx.layer.sentences[idx][1]
    taken = {e.start for e in ctx.layer.entities_in(start, end, places=False) if e.kind == "person"}
    return any(
        m.group().lower() in _PRONOUNS and m.start() + start not in taken
        for m in _WORD.finditer(ctx.text[start:end])
    )


def their_people(ctx: EventContext, phrase: Phrase, clause: Clause) -> list[Actor]:
    """ "Police arrested two men, A and B, on Monday. Germany has asked for their extradition": a
    "their" opening a surrender noun, left for no one, stands for the two or more people named
    together last before it, as "them" does (:func:`.people.named_before`)."""
    if not phrase.words or phrase.words[0] not in _GROUP or phrase.possessor is not None:
        return []
    if any(e.kind == "person" for e in phrase.entities):
        return []
    return named_before(ctx, clause)
