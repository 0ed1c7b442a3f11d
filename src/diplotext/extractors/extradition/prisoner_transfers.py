"""A prisoner sent home to serve his sentence is no extradition: "Portugal approved Brazil's request
for the transfer of X, a prisoner serving a drug sentence, so he can serve it at home", "Peru
handed over three Bolivian inmates to complete their sentences under a bilateral agreement". A case
told only in weak words ("transfer", "hand over", "send back": no "extradite") whose sentences say
the person serves or completes a sentence or term, or name a prisoner transfer, is a transfer of
a sentenced prisoner; a fugitive "extradited to serve his sentence" is still a case."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext

__all__ = ["prisoner_transfer"]

_SERVED: Final = regex.compile(
    r"\b(?:" + lexicon.alternation("events", "words of a sentence served at home", space=r"[ \t]+") + r")\b",
    regex.IGNORECASE,
)


def prisoner_transfer(ctx: EventContext, sentences: Iterable[int]) -> bool:
    """Do the case's sentences tell a sentence served, or a prisoner transfer?"""
    return any(_SERVED.search(ctx.text, *ctx.layer.sentences[i]) for i in sentences)
