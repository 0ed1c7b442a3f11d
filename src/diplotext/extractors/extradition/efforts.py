"""An effort to obtain a surrender: "Turkey has stepped up its efforts to extradite X", "Russia's
attempt to extradite X from Spain failed", "a Serbian campaign to extradite X". The infinitive
hangs on a noun of effort; the clause layer gives it the controller of the outer clause as its
subject, who would read as the state that extradites. The one making the effort (the noun's owner,
its demonym, else the outer clause's subject for "its"/"their" or no owner) asks for the person.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.sides import holders, parties
from diplotext.syntax import Clause, Phrase

__all__ = ["effort_makers", "not_the_makers"]

_EFFORTS: Final = lexicon.words("events", "nouns of an effort to obtain a surrender")
_OWN: Final = frozenset(["its", "their"])


def _effort_noun(ctx: EventContext, clause: Clause) -> tuple[Phrase, Clause | None, Phrase | None] | None:
    """The effort noun phrase the infinitive follows right away (or past a "by" phrase the clause
    layer gave the outer clause: "fighting efforts by India to extradite him"), the clause it
    belongs to and that "by" phrase."""
    parent = ctx.parent(clause)
    args = [(a.phrase, a.prep) for a in parent.args] if parent is not None else []
    phrases: list[tuple[Phrase | None, str | None]] = [(clause.subject, None), *args]
    gap = ctx.text[: clause.start]
    for i, (p, prep) in enumerate(phrases):
        if p is None or p.end > clause.start or gap[p.end :].strip():
            continue
        if p.head.lower() in _EFFORTS:
            return p, (parent if i else None), None
        before = phrases[i - 1][0] if i > 1 else None
        if prep == "by" and before is not None and before.head.lower() in _EFFORTS:
            return before, parent, p
        return None
    return None


def effort_makers(ctx: EventContext, clause: Clause, tribunal: str | None) -> list[str] | None:
    """The side making the effort an infinitive surrender serves ("its efforts to extradite X"),
    ``[]`` when the effort names none, ``None`` when the infinitive serves no effort noun."""
    if clause.kind != "infinitive" or clause.predicate.negated:
        return None
    found = _effort_noun(ctx, clause)
    if found is None:
        return None
    noun, outer, maker = found
    if maker is not None:
        return parties(ctx, maker, tribunal)[:1]
    owner = noun.possessor
    if owner is not None and owner.kind in ("state", "place") and owner.code:
        return [owner.code]  # "Russia's attempt to extradite X"
    by = [c for prep, p in noun.preps if prep == "by" for c in parties(ctx, p, tribunal)]
    if by:
        return by[:1]  # "efforts by New Delhi to bring him back"
    inside = [e.code for e in noun.entities if e.kind in ("state", "place") and e.code]
    if inside:
        return inside[:1]  # "a Serbian campaign to extradite X"
    if outer is not None and (owner is None or noun.words[0] in _OWN):
        return parties(ctx, outer.subject, tribunal)  # "Turkey has stepped up its efforts to ..."
    return []


def not_the_makers(
    ctx: EventContext, clause: Clause, tribunal: str | None, requested: list[str], makers: list[str]
) -> list[str]:
    """The states asked, without the effort's makers and the infinitive's controller, which the
    surrender verb took for the state that extradites."""
    doers = holders(ctx, clause.subject, tribunal)  # (a body naming no state: the dateline's)
    return [c for c in requested if c not in makers and c not in doers]
