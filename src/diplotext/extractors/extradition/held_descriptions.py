"""The "to" phrase after a description of where the suspect is held: "approved the extradition of a
businessman living in Valencia to Argentina", "the surrender of a banker held in Limassol to
Ukraine", "the extradition of X, a banker living in Cork, to Latvia". The clause layer gives "to
Argentina" to the participle ("living", "held"), whose verb takes no "to" of its own (lexicon "held
verbs"): it is the surrender's destination."""

from __future__ import annotations

from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.extractors.extradition.vocabulary import HELD_VERBS
from diplotext.syntax import Clause, Phrase

__all__ = ["to_after_the_hold"]


def to_after_the_hold(ctx: EventContext, clause: Clause, phrase: Phrase) -> list[Phrase]:
    """The "to" phrases of a participle of being held or living somewhere that hangs on ``clause``
    and describes the last words of the surrender ``phrase`` (its "of" phrase)."""
    out: list[Phrase] = []
    for other in ctx.layer.in_sentence(clause.sentence):
        subject = other.subject
        if other.kind != "participle" or other.parent != clause.index or subject is None:
            continue
        if other.predicate.lemma not in HELD_VERBS or other.predicate.negated:
            continue
        apposed = ctx.text[phrase.end : subject.start].strip() == ","  # "of X, a banker living in Y,"
        if not (phrase.start <= subject.start < subject.end <= phrase.end or apposed):
            continue  # the participle describes another phrase than the surrender's
        out += pp_phrases(other, "to")
    return out
