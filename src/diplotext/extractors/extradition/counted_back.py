"""People told back by their count: "Both men were arrested in east London on warrants ...", "The
two were detained in Madrid": a plural description naming nobody, after the people were named one
by one in the sentences before ("a court approved the extradition of A ... The second man, B, was
released on bail"). They are the last people of that count named before it who hold no office.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.people import counted
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Actor
from diplotext.syntax import Clause, Phrase

__all__ = ["counted_back", "counted_befell", "group_named_next"]

_LOOKBACK: Final = 4
"""How many sentences before the description its people may be named in."""


def counted_back(ctx: EventContext, phrase: Phrase | None) -> list[Actor]:
    """The people a counted plural ("both men", "the two", "the three suspects") stands for."""
    if phrase is None or not counted(phrase):
        return []
    numbers = [NUMBER_WORDS[w] for w in phrase.words if w in NUMBER_WORDS]
    count = numbers[0] if numbers else 2 if phrase.words[0] == "both" else 0
    if not 2 <= count <= 4:
        return []
    layer = ctx.layer
    here = layer.sentence_at(phrase.start)
    start = layer.sentences[max(0, here - _LOOKBACK)][0]
    found: list[Actor] = []
    for e in reversed(layer.entities_in(start, phrase.start, places=False)):
        actor = e.actor
        if e.kind != "person" or actor is None or e.pronoun or actor in found or ctx.official(actor):
            continue
        found.append(actor)
        if len(found) == count:
            return found[::-1]
    return []


def counted_befell(ctx: EventContext, clause: Clause) -> list[Actor]:
    """ "Both men were arrested in London on warrants issued after Pakistan submitted extradition
    requests": the people a counted plural stands for, subject of the passive clause an adverbial
    clause hangs on (past a participle telling of a noun in it: "warrants issued after ...")."""
    parent = ctx.parent(clause)
    if clause.kind != "adverbial" or parent is None or parent is clause:
        return []
    if parent.kind == "participle" and parent.subject_from is None:
        above = ctx.parent(parent)
        parent = above if above is not None and above is not parent else parent
    if not parent.predicate.passive:
        return []
    return counted_back(ctx, parent.subject)


def group_named_next(ctx: EventContext, phrase: Phrase, clause: Clause) -> list[Actor]:
    """ "approved the extradition of three Venezuelan businessmen to the United States. A, B and C
    were arrested ...": a counted plural of people (two to four: "businessmen", "nationals")
    stands for the first that many people named in the next sentence, when none holds an office."""
    words = list(phrase.words)
    count = NUMBER_WORDS.get(words[0], 0) if words else 0
    plural = bool(words) and (words[-1].endswith("s") or any(words[-1].endswith(m) for m in _MEN))
    if not 2 <= count <= 4 or not plural or any(e.kind == "person" for e in phrase.entities):
        return []
    layer = ctx.layer
    idx = clause.sentence + 1
    if idx >= len(layer.sentences):
        return []
    found: list[Actor] = []
    for e in layer.entities_in(*layer.sentences[idx], places=False):
        actor = e.actor
        if e.kind == "person" and actor is not None and not e.pronoun and actor not in found:
            if ctx.official(actor):
                return []  # "Judge X ruled that A and B ...": the sentence gives others a part
            found.append(actor)
    return found[:count] if len(found) == count else []


_MEN: Final = lexicon.words("events", "plural person nouns without s")
