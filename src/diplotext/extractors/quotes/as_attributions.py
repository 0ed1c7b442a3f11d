"""An attribution after its clause, opened by "as": "The two sides met in secret, as a local paper
reported on Tuesday." The clause before the comma is what the speaker reported, when nothing but
adjuncts (a time, a place, a listener) follows the cue up to the sentence end. "He left early, as he
said he would" reports nothing: a clause follows the cue.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import verb_forms

from . import indirect as ind

__all__ = ["as_clause", "saying"]

_AS_BEFORE: Final = regex.compile(
    r",[ \t]+(?:(?:"
    + lexicon.alternation("speech", "words between a comma and as before a speaker")
    + r")[ \t]+)?as[ \t]+(?:(?:"
    + lexicon.alternation("speech", "determiners before a speaker after as")
    + r")[ \t]+)?$",
    regex.IGNORECASE,
)
"""The comma and "as" right before the speaker mention ("..., as the paper reported")."""

_PLACE: Final = regex.compile(
    r"[ \t]*(?:"
    + lexicon.alternation("speech", "prepositions of the place an attribution was made at")
    + r")[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?"
)
"""A place the attribution was made at ("told reporters in Zenda")."""
_SAYING_FORMS: Final = lexicon.words("speech", "cue forms of a saying after as")


def saying(cue: str, mention_kind: str) -> bool:
    """'..., as they say.', '..., as the man says.': a present-tense cue after "as" with no name before
    it is a saying, not a report."""
    return mention_kind != "name" and cue.lower() in _SAYING_FORMS


_SENTENCE_END: Final = frozenset(".!?")
_WORD: Final = regex.compile(r"[\p{Ll}]+")
_FINITE_KINDS: Final = frozenset({"s", "ed", "past"})


def _finite(text: str, start: int, end: int) -> bool:
    """A finite verb in ``text[start:end]``: an auxiliary, or a past or third-person lexicon form."""
    if ind.has_finite(text, start, end):
        return True
    forms = verb_forms()
    return any(
        kind in _FINITE_KINDS
        for m in _WORD.finditer(text, start, end, KEEP_GIL)
        for _, kind in forms.get(m.group(), ())
    )


def as_clause(text: str, start: int, attr_start: int, after: int, end: int, *, listener: bool) -> Span | None:
    """The clause ``text[start:comma]`` of 'CLAUSE, as X cue (adjuncts).', the attribution running
    from ``attr_start`` to ``after`` in a sentence ending at ``end``; None for any other shape."""
    window = max(start, attr_start - 32)
    if attr_start - start < 8 or text.find(", ", window, attr_start) < 0:
        return None  # the cheap check first: a comma right before the speaker
    lead = _AS_BEFORE.search(text, window, attr_start, KEEP_GIL)
    if lead is None:
        return None
    pos = ind.skip_adjuncts(text, after, end, listener=listener)
    place = _PLACE.match(text, pos, end, KEEP_GIL)
    pos = place.end() if place is not None else pos
    while pos < end and text[pos].isspace():
        pos += 1
    if pos < end and text[pos] not in _SENTENCE_END:
        return None  # "as he said he would", "as he said in May that ...": not the shape
    comma = lead.start()
    if text[start:comma].lstrip()[:1] in {'"', "“", "'", "‘"}:
        return None  # a quotation before: the direct quote carries the attribution
    if not ind.has_words(text, start, comma, 3) or not _finite(text, start, comma):
        return None  # "Like his rival, as he said." : no clause
    return ind.clean(text, start, comma)
