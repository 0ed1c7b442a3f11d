"""The state that sought an arrest made abroad, told in its own clause: "French police arrested X
in Nice on Tuesday. Prosecutors in Milan had sought his arrest over a fraud", "Spanish police
arrested X in Madrid. A court in Quito had issued a warrant for his arrest", "Prosecutors in Naples
had issued a European arrest warrant for him". A body of a state (its demonym, or "in" a city of
it) that issues a warrant for the one arrested, or seeks his arrest, in the arrest's sentence or
the one before or after, asks the state where he was arrested to surrender him.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.sides import parties
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["WARRANT_WORDS", "arrest_seekers"]

_SEEKING: Final = lexicon.words("events", "verbs of seeking an arrest")
_SOUGHT: Final = lexicon.words("events", "nouns of an arrest sought")
WARRANT_WORDS: Final = _SOUGHT - {"arrest"}
"""The words that send a sentence next to an arrest to :func:`arrest_seekers` ("warrant")."""


def arrest_seekers(
    ctx: EventContext, clause: Clause, suspects: Sequence[Actor], held: Sequence[str], tribunal: str | None
) -> list[str]:
    """The state whose body sought the arrest of one of ``suspects`` (arrested in ``clause``) or
    issued a warrant for him, other than where he is ``held``; else ``[]``."""
    layer = ctx.layer
    here = clause.sentence
    for idx in (here, here + 1, here - 1):
        if not 0 <= idx < len(layer.sentences):
            continue
        for c in layer.in_sentence(idx):
            pred = c.predicate
            if c is clause or pred.lemma not in _SEEKING or pred.negated or pred.passive or c.subject is None:
                continue
            obj = next((a.phrase for a in c.args if a.role == "object"), None)
            if obj is None or (obj.head.lower().split() or [""])[-1] not in _SOUGHT:
                continue
            # "his arrest", "a warrant for his arrest", "a warrant for him"
            targets: list[Phrase] = [obj, *(q for prep, q in obj.preps if prep == "for")]
            targets += [a.phrase for a in c.args if a.role == "pp" and a.prep == "for"]
            if not any(e.kind == "person" and e.actor in suspects for t in targets for e in t.entities):
                continue
            bodies = [c.subject, *(q for prep, q in c.subject.preps if prep == "in"), obj]
            found = [x for b in bodies for x in parties(ctx, b, tribunal) if x not in held]
            if found:
                return found[:1]
    return []
