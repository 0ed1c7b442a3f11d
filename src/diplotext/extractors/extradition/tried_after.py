"""Where a surrendered suspect is tried: "X, who was extradited from Spain last year, was sentenced
to 20 years in prison in Peru", "X appeared in a US court on Friday after being extradited from
Israel", "A Tokyo court sentenced X, who was extradited from Thailand". With no state named as the
one that asks, the state whose court tries, sentences or hears the plea of a suspect already
surrendered is that state (words in ``data/lexicon/events.txt``, section "verbs of a trial after a
surrender").

Only once the surrender is done: a suspect who "appeared in a Spanish court" before it is heard
where he is held, the state asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.sides import parties
from diplotext.model import Actor

__all__ = ["tried_after_surrender"]

_TRIED: Final = lexicon.words("events", "verbs of a trial after a surrender")
_WHERE: Final = frozenset(["in", "before", "at"])


def tried_after_surrender(
    ctx: EventContext, sentences: Iterable[int], suspect: Actor, acts: Sequence[Act], tribunal: str | None
) -> str | None:
    """The state of the court ("in Peru", "in a US court", "before a US jury") where the
    surrendered suspect is tried or pleads, in the case's sentences or those naming him; ``None``
    before a surrender."""
    if not any(a.status == "completed" for a in acts):
        return None
    surrendering = {c for a in acts for c in a.requested}
    named = {ctx.layer.sentence_at(s) for s, _ in suspect.mentions}
    for idx in sorted({*sentences, *named}):
        for clause in ctx.layer.in_sentence(idx):
            # (a negation counts too: "pleaded not guilty in a US court", "was not convicted in Peru")
            if clause.predicate.lemma not in _TRIED:
                continue
            if not clause.predicate.passive and suspect.id in {
                p.id for o in clause.objects for p in ctx.persons(o)
            }:
                # "A Tokyo court sentenced X, who was extradited from Thailand last year": the court's state
                codes = [c for c in parties(ctx, clause.subject, tribunal) if c not in surrendering]
                if codes:
                    return codes[0]
            if suspect.id not in {p.id for p in ctx.persons(clause.subject)}:
                continue
            for a in clause.args:
                if a.role != "pp" or a.prep not in _WHERE:
                    continue
                codes = [c for c in parties(ctx, a.phrase, tribunal) if c not in surrendering]
                if codes:
                    return codes[0]
    return None
