"""A surrender told in a relative clause on the suspect: "X, whose extradition Sweden has sought
since 2029, was arrested in Vienna", "X, whose extradition was requested by Sweden", "X, whose
extradition to Sweden Austria refused". The clause opens with "whose" and a surrender noun; its verb
says what was done (a request, a refusal or a grant) and by whom; the suspect is the antecedent."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, Frame
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.people import named_suspects, pp_phrases
from diplotext.extractors.extradition.sides import parties
from diplotext.extractors.extradition.vocabulary import (
    COMPOUND_HEADS,
    GRANT_VERBS,
    REFUSAL_VERBS,
    REQUEST_VERBS,
    SURRENDER_NOUNS,
    WANTING_VERBS,
)
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["whose_surrender"]

_WHOSE: Final = regex.compile(r",[ \t]*whose[ \t]+(\w+)\b[^,;:()]*$", regex.IGNORECASE)
_KINDS: Final = frozenset(["relative", "participle"])
_WHOSE_WORDS: Final = ("whose", "ſ")
"""What the lower-cased sentence must hold for :data:`_WHOSE` to match in it ("whose" in any case;
the long s, which that case-blind pattern takes for an "s")."""


def whose_surrender(ctx: EventContext, idx: int, tribunal: str | None) -> list[Act]:
    """The acts of the relative clauses of sentence ``idx`` that open with "whose" and a surrender
    noun, about the named person each hangs on."""
    if not ctx.layer.may_hold(idx, _WHOSE_WORDS):
        return []  # no "whose" in the sentence: no parse (its places are read all the same)
    acts = (_whose(ctx, clause, tribunal) for clause in ctx.layer.in_sentence(idx) if clause.kind in _KINDS)
    return [a for a in acts if a is not None]


def _whose(ctx: EventContext, clause: Clause, tribunal: str | None) -> Act | None:
    pred = clause.predicate
    first = ctx.layer.sentences[clause.sentence][0]
    # ", whose extradition (to Sweden) [Austria] refused": no comma between "whose" and the verb
    m = _WHOSE.search(ctx.text, first, pred.start)
    if m is None or pred.negated or pred.modal:
        return None
    noun = m.group(1).lower()
    if SURRENDER_NOUNS.get(noun) != "strong" or not _the_noun_ends(ctx.text, m.end(1)):
        return None
    ante = next((a.phrase for a in clause.args if a.role == "antecedent"), None)
    named = named_suspects(ctx, ante) if ante is not None else _named_right_before(ctx, m.start())
    suspects = [p for p in named if not ctx.official(p)]
    if not suspects:
        return None
    # the states between the noun and the verb: "to X" is the destination, "from X" the source,
    # the last other one the doer ("whose extradition to Sweden Austria refused")
    destination: list[str] = []
    source: list[str] = []
    doers: list[str] = []
    for e in ctx.layer.entities_in(m.end(1), pred.start):
        if e.kind not in ("state", "place") or not e.code or e.place_kind == "demonym":
            continue
        before = ctx.text[m.end(1) : e.start].split()
        last = before[-1].lower() if before else ""
        (destination if last == "to" else source if last == "from" else doers).append(e.code)
    if pred.passive:
        doers = [c for p in pp_phrases(clause, "by") for c in parties(ctx, p, tribunal)]
    lemma = pred.lemma
    if lemma in REQUEST_VERBS or lemma in WANTING_VERBS:
        status, requesting, requested = "requested", [*doers[-1:], *destination], source
    elif lemma in REFUSAL_VERBS or lemma in GRANT_VERBS:
        status = "refused" if lemma in REFUSAL_VERBS else "granted"
        requesting, requested = destination, [*doers[-1:], *source]
    else:
        return None
    return Act(
        frame=Frame(lemma=noun, clause=clause, trigger=(m.start(1), m.end(1))),
        suspects=tuple(suspects),
        requesting=tuple(requesting),
        requested=tuple(requested),
        status=status,
        strong=True,
        dates=tuple(t for t in clause.times if t.type in ("DATE", "TIME")),
    )


def _named_right_before(ctx: EventContext, start: int) -> list[Actor]:
    """The person named right before the comma at ``start`` ("X, whose")."""
    first = ctx.layer.sentences[ctx.layer.sentence_at(start)][0]
    people = [
        e for e in ctx.layer.entities_in(first, start) if e.kind == "person" and e.actor and not e.pronoun
    ]
    last = people[-1] if people else None
    if last is None or last.actor is None or ctx.text[last.end : start].strip():
        return []
    return [last.actor]


_AFTER_THE_NOUN: Final = lexicon.words("events", "words after a surrender noun that ends its phrase")


def _the_noun_ends(text: str, end: int) -> bool:
    """Does the surrender noun end its phrase ("whose extradition Sweden sought", "whose extradition
    to Sweden"), or head a request or a hearing ("whose extradition request"), not modify some other
    noun ("whose extradition treaty")?"""
    words = text[end : end + 40].split()
    nxt = words[0].strip(",.;:") if words else ""
    return nxt[:1].isupper() or nxt.lower() in _AFTER_THE_NOUN or nxt.lower() in COMPOUND_HEADS
