"""A quotation opening its sentence whose sentence goes on after the closing mark before the
attribution: '"We will not give up" until the prisoners are freed, the mayor said.' The quoted
words are a fragment of the reported clause, not a sentence of their own: the quotation is partial
and the clause from the opening mark to the attribution is the (indirect) quote that holds it, as
for 'In May "the town was doing well" for families, the council said.'

Not when the quoted words close with their own punctuation ('"We will wait," he said as ...'), when
the words after the mark are the attribution ('"We will wait" he said', '"..." the minister said
Tuesday, ...'), when no speaker and cue follow a comma later in the sentence ('"Hope" is the word
of the day.'; an inverted '..., said X' is left direct), or when a quotation follows the attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import SUBJECT_PRONOUNS

from .cues import find_cues
from .marks import QuoteSpan
from .unit_types import Raw

__all__ = ["restore_direct", "runs_on"]

_TAIL_START: Final = regex.compile(r"[ \t]+(?P<word>\p{Ll}[\p{Ll}'’\-]*)(?![\p{L}])")
_CLOSED: Final = frozenset(",.;:!?…-—–")
_NEAR: Final = 120
"""How far after the comma the attribution's cue may stand (", X, deputy head of the city's water
board, told ...")."""
_PLAIN_INVERTED: Final = regex.compile(
    r"[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+|(?:the|a|an)[ \t]+(?=\p{Ll}+[,.!?\s]*(?:,|$)))?"
    r"(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu}|(?<=(?:the|an?)[ \t]+)\p{Ll})[\p{L}'’.\-]*"
    r"(?:[ \t]+(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})[\p{L}'’.\-]*){0,3}"
    r"(?:,[ \t]+[^\"“”]*)?[.!?]?\s*"
)
"""An inverted attribution that is a name (or "the statement") and nothing more, or with a role
after a comma (", said Ona Velt, an economist at ...", ", said Ali al-Hamdi, Acme's president",
", said the statement, whose ..."). A run of name words with lower-case words between them
("said Council for Trade in Europe envoy X") may run on: not this."""
_LETTER: Final = regex.compile(r"\p{L}")
_MARKS: Final = regex.compile(r"[\"“”«»]|''|``")


def runs_on(text: str, sentence: Span, quote: QuoteSpan) -> bool:
    """Does the sentence go on after ``quote`` (which opens it) with lower-case words of the same
    clause before a comma and an attribution?"""
    _, se = sentence
    if quote.close is None:
        return False
    inner = text[quote.start : quote.end].rstrip(" \t'’\"”")
    if not inner or inner[-1] in _CLOSED or quote.outer_end >= se:
        return False
    tail = _TAIL_START.match(text, quote.outer_end, se, KEEP_GIL)
    if tail is None or tail.group("word") in SUBJECT_PRONOUNS:
        return False  # '"We will wait" he said', '"..." she added'
    for cue in find_cues(text, tail.end("word"), se):
        comma = text.find(",", tail.end("word"), cue.start)  # the first: an apposition may follow
        if comma >= 0 and cue.start - comma <= _NEAR:
            break
        if not cue.text.endswith("ing"):
            return False  # '"..." the minister said Tuesday, an agency reported': its own attribution
        # '"..." before discussing it, he said': a participle inside the tail
    else:
        return False
    if (
        _LETTER.search(text, comma + 1, cue.start, KEEP_GIL) is None
        and _PLAIN_INVERTED.fullmatch(text, cue.end, se, KEEP_GIL) is None
    ):
        return False  # '"..." by May, said X of Y and Z envoy W, after ...': left direct
    if _MARKS.search(text, quote.outer_end, cue.start, KEEP_GIL) is not None:
        return False  # another quotation in the run: '"A" and "B," X said'
    # '"..." on Monday, the envoy said, "...": the attribution splits one quotation (direct both)
    return _MARKS.search(text, cue.end, se, KEEP_GIL) is None


def restore_direct(raws: list[Raw], tailed: Sequence[QuoteSpan]) -> None:
    """A quotation :func:`runs_on` made partial stays direct when no reported clause of the
    sentence holds it after all ('"..." by May, X was quoted as saying': no clause was read)."""
    for i, raw in enumerate(raws):
        if raw.kind != "partial" or not any(q.start == raw.start and q.end == raw.end for q in tailed):
            continue
        if not any(r.kind == "indirect" and r.start <= raw.start and raw.end <= r.end for r in raws):
            raws[i] = Raw("direct", raw.start, raw.end, raw.unit)
