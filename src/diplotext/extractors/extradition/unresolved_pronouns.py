"""Whom an unresolved "him" or "her" stands for as the object of a surrender: "French judges have
issued a warrant for X over the collapse of a fund. Paris will ask Algiers to extradite him". The
actors stage resolves a pronoun to the subject of a recent sentence; X, named after a preposition,
is none, and "him" is left for no one. For a surrender, it is the last person named before it, in
its sentence or the one before, who holds no office, is of the defence's side, and does nothing in
the pronoun's sentence before it (not the judge who asks).
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.quoted_pronouns import last_named_person
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["unresolved_object_target"]

_PRONOUNS: Final = lexicon.words("events", "object pronouns of a suspect left unresolved")
_DEFENCE_SIDE: Final = lexicon.words("events", "the defence's side")
_BEFORE: Final = 1
"""How many sentences before the pronoun's own the person may be named."""


def unresolved_object_target(ctx: EventContext, phrase: Phrase) -> Actor | None:
    """The person an unresolved object "him"/"her" (the whole phrase) stands for, else ``None``."""
    if len(phrase.words) != 1 or phrase.words[0].lower() not in _PRONOUNS or phrase.entities:
        return None
    if any(q.start <= phrase.start < q.end for q in ctx.quotes if q.kind == "direct"):
        return None  # a quote's pronoun: quoted_pronouns.py
    layer = ctx.layer
    sentence = layer.sentence_at(phrase.start)
    doers = {
        a.id for c in layer.in_sentence(sentence) if c.start < phrase.start for a in ctx.persons(ctx.doers(c))
    }
    lo = layer.sentences[max(0, sentence - _BEFORE)][0]
    return last_named_person(
        ctx,
        lo,
        phrase.start,
        lambda a: a.id not in doers and _DEFENCE_SIDE.isdisjoint(r.lower() for r in a.roles),
    )
