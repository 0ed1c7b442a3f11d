"""Who stands where in a surrender act, read from its sentence beyond the frame's own arguments:
the state of an "in" phrase after "for trial", the body whose report of a decision the sentence
carries, a court as the deciding subject, a suspect giving himself up (no state handing him over),
and a "he" that stands for the description the sentence opens with.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import described_suspect, shifted_object
from diplotext.extractors.extradition.sides import SAY_LEMMAS, parties
from diplotext.model import Actor
from diplotext.syntax import Clause


def _tried_in(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The state of an "in" phrase right after "for trial" ("hand them over for trial in Sweden")."""
    args = clause.args
    return [
        c
        for a in args
        if a.role == "pp"
        and a.prep == "in"
        and a.after is not None
        and args[a.after].prep == "for"
        and args[a.after].phrase.head.lower() in _FOR_TRIAL
        for c in parties(ctx, a.phrase, tribunal)
    ]


_FOR_TRIAL: Final = lexicon.words("events", "trial nouns")


def _decided_by_a_court(clause: Clause) -> bool:
    subject = clause.subject
    return subject is not None and subject.head.lower().split()[-1] in _COURTS


_COURTS: Final = frozenset(["court", "judge", "judges", "tribunal"])


def said_by(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str]:
    """The state of the body that reports a decision about the clause ("..., a Swedish court said on
    Thursday", "..., the Russian prosecutor's office said"): a reporting clause of the same sentence."""
    for c in ctx.layer.in_sentence(clause.sentence):
        if c is clause or c.predicate.lemma not in SAY_LEMMAS or c.subject is None:
            continue
        people = ctx.persons(c.subject)
        if not people or any(ctx.official(a) for a in people):
            return parties(ctx, c.subject, tribunal)
    return []


def self_surrender(ctx: EventContext, clause: Clause) -> bool:
    """ "X surrendered to police in Oslo", "a gunman turned himself in": someone giving himself up
    (an active surrender verb with nobody handed), not a state handing him over."""
    pred = clause.predicate
    if pred.passive or pred.lemma not in _GIVING_ONESELF_UP:
        return False
    objects = [a.phrase for a in clause.args if a.role == "object"]
    if not objects:
        return not shifted_object(ctx, clause)  # not "surrendered to Lithuanian police X"
    return all(p.words in (("himself",), ("herself",), ("themselves",)) for p in objects)


_GIVING_ONESELF_UP: Final = lexicon.words("events", "giving oneself up predicates")


def _described_sentence_subject(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "A former official accused of ... has appealed against a ruling that he can be extradited":
    "he", standing for no one named, is the description the sentence opens with."""
    subject = clause.subject
    if subject is None or subject.words not in (("he",), ("she",)) or any(e.actor for e in subject.entities):
        return []
    for c in ctx.layer.in_sentence(clause.sentence):
        if c.kind == "main" and c.subject is not None and c.subject.words[:1] in (("a",), ("an",)):
            return described_suspect(ctx, c.subject, c)
    return []
