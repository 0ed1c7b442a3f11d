"""A course taken instead of a surrender is a refusal of it: "Portugal has offered to try X at
home instead of extraditing him to Brazil", "Portugal will deport X rather than extradite him to
Brazil". The clause layer reads the surrender verb after "instead of" or "than" as a one-word
phrase of the main clause; that clause's object names the suspect, its subject the state asked,
and the first "to" phrase after the surrender word the state that asks. The act refuses, strong
only for a word of extradition ("instead of handing him over to Brazil" needs a crime or a
request beside it, as every weak surrender word does).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame, trigger_words
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.people import named_suspects
from diplotext.extractors.extradition.sides import holders, parties
from diplotext.extractors.extradition.vocabulary import SURRENDER_VERBS
from diplotext.syntax import Clause

__all__ = ["surrender_forgone"]

_INSTEAD: Final = lexicon.words("events", "prepositions of a course taken instead of a surrender")
_INSTEAD_WORDS: Final = frozenset(w.split()[0] for w in _INSTEAD)
"""The first words of :data:`_INSTEAD` (a phrase's preposition is its words, lower-cased): a sentence
whose lower-cased text holds none of them has no clause :func:`_forgone` reads."""
_SURRENDERING: Final = trigger_words(frozenset(SURRENDER_VERBS))
_STRONG: Final = trigger_words(frozenset({"extradite"}))


def _forgone(ctx: EventContext, clause: Clause, tribunal: str | None) -> Act | None:
    args = clause.args
    at = next(
        (
            i
            for i, a in enumerate(args)
            if a.role == "pp"
            and a.prep in _INSTEAD
            and len(a.phrase.words) == 1
            and a.phrase.words[0] in _SURRENDERING
        ),
        None,
    )
    if at is None or clause.predicate.negated:
        return None
    suspects = [s for a in args if a.role == "object" for s in named_suspects(ctx, a.phrase)]
    to = next((a.phrase for a in args[at + 1 :] if a.role == "pp" and a.prep == "to"), None)
    asking = parties(ctx, to, tribunal)
    asked = [c for c in holders(ctx, clause.subject, tribunal) if c not in asking]
    if not suspects or not asking:
        return None
    word = args[at].phrase
    frame = Frame(lemma=clause.predicate.lemma, clause=clause, trigger=word.head_span)
    return Act(
        frame=frame,
        suspects=tuple(dict.fromkeys(suspects)),
        requesting=tuple(asking[:1]),
        requested=tuple(asked[:1]),
        status="refused",
        strong=word.words[0] in _STRONG,
        dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
    )


def surrender_forgone(ctx: EventContext, sentences: Iterable[int], tribunal: str | None) -> list[Act]:
    """The refusals told by a course taken instead of a surrender in these sentences."""
    out = []
    for idx in sentences:
        if not ctx.layer.may_hold(idx, _INSTEAD_WORDS):
            continue  # no "instead of" or "than" to read: the parse is spared (its places are read)
        for clause in ctx.layer.in_sentence(idx):
            act = _forgone(ctx, clause, tribunal)
            if act is not None:
                out.append(act)
    return out
