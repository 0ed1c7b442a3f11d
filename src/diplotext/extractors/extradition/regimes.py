"""The state a ruling body named by description stands for, where the article itself ties the two:
"the junta, which rules Burma", "Burma, ruled by the junta", "Burma's junta", "the junta rulers of
Burma", "junta-ruled Burma". No list of regimes: a body the article never ties to a state gets none."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.syntax import Clause, Phrase

__all__ = ["tied_state"]

_RULING: Final = lexicon.words("events", "ruling verbs")
_TIES: Final = frozenset(["of", "in"])


def tied_state(ctx: EventContext, phrase: Phrase | None) -> list[str]:
    """The one state the article ties the body ``phrase`` names to ("the junta" in "the junta
    refused to hand over X"), read from any sentence that names the body by the same head word;
    none when the article ties it to no state or to more than one."""
    if phrase is None or any(e.kind in ("state", "place", "person") for e in phrase.entities):
        return []
    key = phrase.head.lower()
    if len(key) < 3 or not key.isalpha():
        return []
    found: set[str] = set()
    for idx in ctx.layer.with_words(frozenset([key])):
        for clause in ctx.layer.in_sentence(idx):
            found |= _tied_in(ctx, clause, key)
    return sorted(found) if len(found) == 1 else []


def _tied_in(ctx: EventContext, clause: Clause, key: str) -> set[str]:
    out: set[str] = set()
    if clause.predicate.lemma in _RULING and clause.kind in ("relative", "participle"):
        subject = clause.subject
        agent = next((a.phrase for a in clause.args if a.role == "agent" or a.prep == "by"), None)
        objects = [a.phrase for a in clause.args if a.role == "object"]
        if subject is not None and _names(subject, key) and not clause.predicate.passive:
            out |= {c for p in objects for c in _states(p)}  # "the junta, which rules Burma"
        if agent is not None and _names(agent, key):
            out |= _states(subject) if subject is not None else _apposed_to(ctx, clause)  # "Burma, ruled by"
    for arg in clause.args:
        p = arg.phrase
        if key not in p.words and not any(w.startswith(key + "-") for w in p.words):
            continue
        if p.possessor is not None and p.possessor.kind == "state" and p.possessor.code:
            out.add(p.possessor.code)  # "Burma's junta", "Burma's military rulers"
        out |= {c for prep, q in p.preps if prep in _TIES for c in _states(q)}  # "the junta rulers of Burma"
        if any(w.startswith(key + "-") and w.split("-", 1)[1] in _RULED for w in p.words):
            out |= _states(p)  # "junta-ruled Burma"
    return out


_RULED: Final = frozenset(["ruled", "run", "governed"])


def _apposed_to(ctx: EventContext, clause: Clause) -> set[str]:
    """The state named right before the comma that opens a participle ("Burma, ruled by ...")."""
    start = ctx.layer.sentences[clause.sentence][0]
    before = ctx.layer.entities_in(start, clause.start)
    last = before[-1] if before else None
    if last is None or last.kind != "state" or not last.code:
        return set()
    return {last.code} if ctx.text[last.end : clause.start].strip() == "," else set()


def _names(phrase: Phrase, key: str) -> bool:
    return phrase.head.lower() == key


def _states(phrase: Phrase) -> set[str]:
    return {e.code for e in phrase.entities if e.kind == "state" and e.code}
