"""A second state's request told as "its own request": "Germany had filed its own request in
January, seeking him over a robbery". The subject of a request making verb whose object is "its
(their) own request" asks for the suspect of the case told before it: a rival request of its own."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from diplotext.extractors.eventkit import EventContext, compare_to, date_value
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.vocabulary import MAKING_VERBS
from diplotext.model import Actor

__all__ = ["own_requests"]

_OWN = regex.compile(r"\b(?:its|their)\s+own\s+(?:extradition\s+)?(?:request|demand|application)\b", regex.I)
_FOR_A_THING = regex.compile(
    r"\s+for\s+(?!(?:his|her|him|their|the\s+(?:extradition|surrender|return|transfer))\b)\p{Ll}"
)
"""After "its own request": a "for" phrase that asks for a thing, not the suspect ("for more time")."""
_PRONOUN = regex.compile(r"\b(?:him|her)\b", regex.I)
_WORDS = frozenset(["own"])


def own_requests(ctx: EventContext, suspect: Actor, first: int) -> Iterator[tuple[str, str | None, int]]:
    """(state, day, sentence) of each "its own request" made for ``suspect`` in a sentence after sentence
    ``first`` (the case's first): the sentence names the suspect, or says "him"/"her" with the
    suspect the last person named before it (that sentence or the two before)."""
    for idx in ctx.layer.with_words(_WORDS):
        if idx <= first:
            continue
        start, end = ctx.layer.sentences[idx]
        found = _OWN.search(ctx.text, start, end)
        if found is None or _FOR_A_THING.match(ctx.text, found.end()) or not _about(ctx, suspect, idx):
            continue  # "filed its own request for more time": no request for the suspect
        clause = ctx.layer.at(found.start())
        if clause is None or clause.predicate.lemma not in MAKING_VERBS:
            continue
        states = [c for c in dict.fromkeys(parties(ctx, clause.subject, None)) if len(c) == 3]
        if len(states) != 1:
            continue
        days = [
            t.value.split("T")[0]
            for t in clause.times
            if date_value(t.value.split("T")[0]) is not None
            and compare_to(t.value.split("T")[0], ctx.published) != 1
        ]
        yield states[0], max(days) if days else None, idx


def _about(ctx: EventContext, suspect: Actor, idx: int) -> bool:
    start, end = ctx.layer.sentences[idx]
    mine = [s for s, _ in suspect.mentions]
    if any(start <= s < end for s in mine):
        return True
    if not _PRONOUN.search(ctx.text, start, end):
        return False
    lo = ctx.layer.sentences[max(0, idx - 2)][0]
    # no other person in the sentence, and the suspect the last one named before it
    persons = [e.start for e in ctx.layer.entities_in(lo, end) if e.kind == "person"]
    return bool(persons) and persons[-1] < start and persons[-1] in mine
