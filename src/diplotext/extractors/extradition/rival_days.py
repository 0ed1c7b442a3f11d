"""The day of a rival's decision told without one: "A court in Madrid on Monday approved the
extradition of X to the United States ... The court turned down a Russian request for him." The
refusal is part of the day's ruling and shares the main case's day, unless it is told as earlier
("had turned down", "had earlier rejected", "previously refused") or has a day of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext
from diplotext.extractors.extradition.acts import Act
from diplotext.model import Event

__all__ = ["shared_ruling_day"]

_EARLIER: Final = regex.compile(
    r"\b(?:" + lexicon.alternation("events", "words telling an earlier ruling") + r")\b", regex.IGNORECASE
)


def shared_ruling_day(ctx: EventContext, theirs: Sequence[Act], event: Event) -> str | None:
    """The main ``event``'s day for a rival decided in undated ``theirs`` acts, when the main case
    is itself decided on that day and no act is told as before it; else ``None``."""
    if event.date is None or event.attributes.get("status") not in ("granted", "refused"):
        return None
    if not theirs:
        return None
    for act in theirs:
        if act.dates or act.status not in ("granted", "refused"):
            return None
        pred = act.frame.clause.predicate
        if pred.tense not in ("past", "present") or pred.modal is not None:
            return None  # "will turn down", "could reject": not a ruling made
        if pred.tense == "past" and pred.aspect.startswith("perfect"):
            return None  # "had turned down a Russian request": an earlier decision
        start, end = ctx.layer.sentences[act.frame.sentence]
        if _EARLIER.search(ctx.text, start, end):
            return None
    return event.date
