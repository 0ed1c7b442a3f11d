"""An old case told in passing in a visit story is no dispute of the story: "The Swedish prime
minister arrived in Ankara on Tuesday. Relations have thawed since Sweden extradited X to Turkey
in 2024." A case told in one sentence of a story whose headline or first sentence tells a visit,
its suspect named nowhere else, every act of it background (in a clause opened by "since" or
"when", or dated two years or more before publication), is history recalled, not news."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.extractors.extradition.case_sides import Case

__all__ = ["told_in_passing"]

_VISIT: Final = regex.compile(
    r"\b(?:" + lexicon.alternation("events", "words of a visit story", space=r"[ \t]+") + r")\b",
    regex.IGNORECASE,
)
_MARKERS: Final = frozenset(["since", "when"])
_YEARS_BACK: Final = 2


def told_in_passing(ctx: EventContext, case: Case) -> bool:
    """Is the case an old one recalled in one sentence of a visit story?"""
    if len(case.sentences) != 1 or not ctx.layer.sentences:
        return False
    (idx,) = case.sentences
    if any(ctx.layer.sentence_at(s) != idx for s, _ in case.suspect.mentions):
        return False  # named again elsewhere: the story's own
    lead = (ctx.article.title or "") + " " + ctx.text[slice(*ctx.layer.sentences[0])]
    if not _VISIT.search(lead):
        return False
    return all(_background(ctx, act) for act in case.acts)


def _background(ctx: EventContext, act: Act) -> bool:
    clause = act.frame.clause
    if clause.kind == "adverbial" and clause.marker in _MARKERS:
        return True  # "since Sweden extradited X", "when Brazil refused to extradite Y"
    published = ctx.published
    if published is None or not act.dates:
        return False
    years = [(t.value or "")[:4] for t in act.dates]
    return all(y.isdigit() and int(y) <= published.year - _YEARS_BACK for y in years)
