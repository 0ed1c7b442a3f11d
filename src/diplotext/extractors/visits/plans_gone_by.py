"""A trip told as a plan that has gone by is off: "was to have visited Hanoi this week", "had
planned to visit Dakar on Tuesday (but stayed home)", "had been expected in Dakar", "would have
visited Niamey had the border been open". The past perfect of a plan, like "was to have" and
"would have", tells of what did not happen."""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.visits.cases import Use
from diplotext.syntax import Clause

__all__ = ["only_gone_by", "plan_gone_by"]

_PLAN_WORDS: Final = lexicon.alternation("events", "plan words after had")
_GONE_BY: Final = regex.compile(
    r"(?:(?:was|were)[ \t]+to[ \t]+have|would[ \t]+have|had[ \t]+(?:been[ \t]+)?(?:" + _PLAN_WORDS + r"))\b",
    regex.IGNORECASE,
)


def plan_gone_by(text: str, clause: Clause) -> bool:
    """Does the clause's verb group open with "was to have", "would have" or "had (been)" and a
    word of a plan?"""
    pred = clause.predicate
    if pred.negated or pred.tense == "future" or pred.lemma == "be":
        return False  # "it would have been the first visit in years": a count, no plan
    return _GONE_BY.match(text, pred.start, pred.end) is not None


def only_gone_by(text: str, uses: list[Use]) -> bool:
    """Is every frame that calls the trip off a plan gone by ("had been scheduled to land on
    Tuesday")? Beside a frame that puts it off ("has postponed the visit"), it is put off."""
    off = [u for u in uses if u.trip.status == "cancelled"]
    return bool(off) and all(plan_gone_by(text, u.trip.frame.clause) for u in off)
