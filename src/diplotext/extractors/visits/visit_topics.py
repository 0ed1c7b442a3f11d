"""A trip named as the topic of a verb ("refused to comment on the trip", "state television
reported on the trip", "briefed reporters on his visit") is talked about, not talked during: the
"on" phrase says nothing of whether the trip goes on, unlike "said on a visit to X"."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.eventkit import Frame

__all__ = ["a_topic"]

_TOPIC_VERBS: Final = lexicon.words("events", "verbs taking a trip as their topic")


def a_topic(frame: Frame) -> bool:
    """Is the frame's trip noun the "on" phrase of a verb that takes its topic so?"""
    arg = frame.arg
    return (
        frame.phrase is not None
        and frame.depth == 0
        and arg is not None
        and arg.role == "pp"
        and arg.prep in ("on", "upon")
        and frame.clause.predicate.lemma in _TOPIC_VERBS
    )
