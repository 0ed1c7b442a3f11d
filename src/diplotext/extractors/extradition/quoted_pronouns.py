"""Whom "he" or "him" stands for inside an official's direct quote: '"He will be handed over to
Peru next week," the minister said'. The actors stage leaves a pronoun in a quote unresolved (the
speaker may mean anyone); for a surrender, it is the last person named before the quote, in its
sentence or the two before, who holds no office and is not the speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["last_named_person", "quoted_pronoun_target"]

_PRONOUNS: Final = lexicon.words("events", "pronouns of a suspect in a quote")
_BEFORE: Final = 2
"""How many sentences before the quote's own the person may be named."""


def quoted_pronoun_target(ctx: EventContext, phrase: Phrase) -> Actor | None:
    """The person an unresolved "he"/"him" (the whole phrase) in a direct quote stands for, else
    ``None``."""
    if len(phrase.words) != 1 or phrase.words[0].lower() not in _PRONOUNS:
        return None
    if any(e.actor is not None for e in phrase.entities):
        return None  # resolved by the actors stage
    quote = next(
        (q for q in ctx.quotes if q.kind == "direct" and q.start <= phrase.start < q.end),
        None,
    )
    if quote is None:
        return None
    layer = ctx.layer
    lo = layer.sentences[max(0, layer.sentence_at(quote.start) - _BEFORE)][0]
    return last_named_person(ctx, lo, phrase.start, lambda a: a.id != quote.speaker_id)


def last_named_person(ctx: EventContext, lo: int, end: int, keep: Callable[[Actor], bool]) -> Actor | None:
    """The last person named (not by a pronoun) in ``[lo, end)`` who holds no office and whom
    ``keep`` keeps: whom an unresolved "him"/"her" after them stands for, else ``None``."""
    named = [
        e.actor
        for e in ctx.layer.entities_in(lo, end, places=False)
        if e.kind == "person"
        and not e.pronoun
        and e.actor is not None
        and keep(e.actor)
        and not ctx.official(e.actor)
    ]
    return named[-1] if named else None
