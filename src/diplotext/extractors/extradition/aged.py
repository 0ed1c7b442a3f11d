"""Sentences that name someone by age alone ("The ruling means the 38-year-old will be sent to
Lithuania"): a weak surrender word there may hand over the person named before, as after "the
banker" (the age is one word, which the sentence word sets cannot look up)."""

from __future__ import annotations

from typing import Final

import regex

from diplotext.extractors.eventkit import EventContext

__all__ = ["aged_sentences"]

_AGED: Final = regex.compile(r"\b(?i:the)\s+\d{1,3}-year-old\b")


def aged_sentences(ctx: EventContext) -> set[int]:
    """The indices of the sentences with "the <N>-year-old" in them."""
    text = ctx.text
    return {i for i, (s, e) in enumerate(ctx.layer.sentences) if _AGED.search(text, s, e) is not None}
