"""A city of the host where the visitor does something ("deliver a speech in Paris", "attend the
summit in Kuala Lumpur"), told in the case's sentences or the sentence after each, by the visitor or
by a pair or counted group the visitor is one of ("In Maputo, the two leaders signed ...")."""

from __future__ import annotations

from diplotext import geo
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.groups import counted_group, names_a_pair, pair_named_before
from diplotext.model import Actor
from diplotext.syntax import Phrase

__all__ = ["cities_of", "told_among"]


def told_among(ctx: EventContext, phrase: Phrase | None, person: Actor) -> bool:
    """Is ``person`` one of those the phrase tells: named in it, or one of "the two leaders",
    "both presidents" named before it?"""
    if phrase is None:
        return False
    return (
        person in ctx.persons(phrase)
        or person in counted_group(ctx, phrase)
        or person in pair_named_before(ctx, phrase)
        # "X left for Kenya ... In Nairobi, the two leaders will sign": the host goes unnamed
        or (names_a_pair(phrase) and _named_lately(ctx, phrase, person))
    )


_LOOK_BACK = 2
"""Sentences before a pair's phrase in which one of the pair may be named."""


def _named_lately(ctx: EventContext, phrase: Phrase, person: Actor) -> bool:
    """Is ``person`` named (not by a pronoun) in the phrase's sentence before it or in the two
    sentences before that?"""
    layer = ctx.layer
    start = layer.sentences[max(0, layer.sentence_at(phrase.start) - _LOOK_BACK)][0]
    return any(e.actor is person and not e.pronoun for e in layer.entities_in(start, phrase.start))


def cities_of(ctx: EventContext, case: Case, uses: list[Use]) -> list[tuple[str, int]]:
    """The host's cities in the in/at/to phrases of the visitor's clauses (and of clauses hanging
    from them) in the case's sentences and the sentence after each (a pair's two on), with where
    each is written."""
    out: list[tuple[str, int]] = []
    sentences = (
        {ctx.layer.sentence_at(s) for s, _ in case.evidence}
        if len(uses) == len(case.uses)
        else {u.trip.frame.sentence for u in uses}
    )
    # ... and the sentence after each ("will visit Thailand from Nov. 15. While in Thailand, he
    # will also attend the meeting to be held in Bangkok")
    told = sentences
    sentences = told | {i + k for i in told for k in (1, 2) if i + k < len(ctx.layer.sentences)}
    # a clause that carries another visit of the case told apart ("attended the meeting in
    # Shanghai in 2001, and paid a visit to China in 2002") gives this one no city
    others = {(u.trip.frame.sentence, u.trip.frame.clause.index) for u in case.uses if u not in uses} - {
        (u.trip.frame.sentence, u.trip.frame.clause.index) for u in uses
    }
    for idx in sorted(sentences):
        clauses = ctx.layer.in_sentence(idx)
        # two sentences on, only "the two leaders" the visitor was named among ("left for Mozambique
        # ... seen off by Y. In Maputo, the two leaders will ...")
        near = idx in told or idx - 1 in told
        mine = {
            c.index
            for c in clauses
            if (near or names_a_pair(c.subject))
            and told_among(ctx, c.subject, case.visitor)
            and (idx, c.index) not in others
        }
        for clause in clauses:
            # the visitor's clauses, and those hanging from them ("X will attend the summit
            # to be held in [city]")
            if clause.index not in mine and clause.parent not in mine:
                continue
            # "to": "will visit Bangladesh, the first visit by a Pakistani premier to Dhaka"
            for a in clause.preps("in", "at", "to"):
                for e in ctx.places_and_cities(a.phrase):
                    if e.code == case.host and e.place_kind in ("city", "seat"):
                        name = e.text[4:] if e.text.lower().startswith("the ") else e.text
                        out.append(
                            (
                                geo.capital_of(case.host) or name if e.place_kind == "seat" else name,
                                e.start,
                            )
                        )
    return out
