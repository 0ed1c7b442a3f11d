"""Where a suspect has taken refuge: "X sought asylum in Argentina to avoid extradition",
"Ecuador granted asylum to X", "X fled to Paraguay". The state that shelters him is the one asked
to surrender him, when no sentence names it otherwise (words in ``data/lexicon/events.txt``,
sections "refuge nouns" and "flight verbs"), or where he is "based" ("U.S.-based cleric X")."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import pp_phrases
from diplotext.extractors.extradition.sides import holders, parties
from diplotext.model import Actor
from diplotext.syntax import Clause

__all__ = ["based_in", "refuge_states"]

_REFUGE_NOUNS: Final = lexicon.words("events", "refuge nouns")
_FLIGHT_VERBS: Final = lexicon.words("events", "flight verbs")


def refuge_states(ctx: EventContext, clause: Clause, suspect: Actor, tribunal: str | None) -> list[str]:
    """The states a clause says shelter the suspect: "asylum in Y" sought or got by him, "Y granted
    (him) asylum", "he fled to Y"."""
    pred = clause.predicate
    if pred.negated:
        return []
    objects = [a.phrase for a in clause.args if a.role == "object"]
    his = suspect in ctx.persons(clause.subject)
    if any(o.head.lower() in _REFUGE_NOUNS for o in objects):
        if his:  # "X sought asylum in Argentina", "X was granted asylum by Uruguay"
            preps = ("in", "by") if pred.passive else ("in",)
            return [c for p in pp_phrases(clause, *preps) for c in parties(ctx, p, tribunal)]
        given_to = [p for p in pp_phrases(clause, "to") if suspect in ctx.persons(p)]
        if given_to or any(suspect in ctx.persons(o) for o in objects):
            return holders(ctx, clause.subject, tribunal)  # "Ecuador granted asylum to X"
        return []
    if his and pred.lemma in _FLIGHT_VERBS and not pred.passive:
        return [c for p in pp_phrases(clause, "to") for c in parties(ctx, p, tribunal)]  # "fled to Y"
    return []


_BASED: Final = regex.compile(r"(?P<place>\S+)-based\s+(?:[\p{Ll}\-]+\s+){0,3}\Z")


def based_in(ctx: EventContext, suspect: Actor) -> list[str]:
    """The states a description before the suspect's name says he is based in ("the U.S.-based
    cleric X", "London-based businessman X")."""
    out: list[str] = []
    for start, _ in suspect.mentions:
        m = _BASED.search(ctx.text, max(0, start - 60), start)
        if m is None:
            continue
        out += [
            e.code
            for e in ctx.layer.entities_in(m.start("place"), m.end("place"))
            if e.kind in ("state", "place") and e.code and e.place_kind != "demonym"
        ]
    return out
