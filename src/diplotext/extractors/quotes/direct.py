"""Direct and partial quotations: sentences that keep quotes whole, and which quotes are direct.

A quotation is *direct* when it stands as a sentence or clause of its own: it opens the sentence,
or follows a colon, or follows a comma and starts with a capital letter, or continues a quote the
attribution split ('"...," he said, "..."'). Any other quotation inside the reporter's sentence is
*partial* (``branded the murder "horrific"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import Span
from diplotext.text import sentence_spans

from . import indirect as ind
from .coordinated_predicates import second_predicate_at
from .cues import CLAUSE_CUES, LEMMAS, OBJECT_CUES, SAY_CUES, Cue, find_cues
from .marks import QuoteSpan
from .quote_tails import runs_on
from .trailing import signed

__all__ = ["is_direct", "quote_sentences"]

_SHORT_ATTRIBUTION: Final = regex.compile(r"[^\"“”.!?]{1,90}[.!?]?")
_FIRST_WORD: Final = regex.compile(r"(\p{Ll}+)(?![\p{L}])")
_ADVERBIAL_OPENERS: Final = lexicon.words("grammar", "subordinators") - {"if", "whether", "where"}
"""Words after a cue that open an adverbial clause ("said *as* he left"), not what was said."""


def quote_sentences(text: str, start: int, end: int, quotes: Sequence[QuoteSpan]) -> list[Span]:
    """Sentences of ``text[start:end]``, never split inside a quotation.

    A short attribution sentence after a quote that ends with its own period ('"... ." Mr X
    said.') is joined to the quote as well.
    """
    spans: list[Span] = []
    pos = start
    while pos < end:  # a line break inside a paragraph ends a sentence too
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        spans.extend(sentence_spans(text, pos, stop))
        pos = stop + 1
    if not spans:
        return []
    spans = [piece for span in spans for piece in _pieces(text, *span)]
    out: list[Span] = [spans[0]]
    qi = 0
    for s, e in spans[1:]:
        ps, pe = out[-1]
        boundary = pe
        while qi < len(quotes) and quotes[qi].outer_end <= boundary:
            qi += 1
        inside = qi < len(quotes) and quotes[qi].open < boundary < quotes[qi].outer_end
        joined = inside or _attribution_tail(text, ps, pe, s, e)
        if joined:
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


MAX_SENTENCE: Final = 4000
"""Longer "sentences" (run-on text without punctuation) are cut into pieces at spaces."""


def _pieces(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def _attribution_tail(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a bare 'Mr X said.' following a sentence that ends with a closing quote?"""
    closing = text[pe - 1] if pe > ps else ""
    if closing not in "\"”’'":
        return False
    if e - s > 90 or not text[s].isupper():
        return False
    if _SHORT_ATTRIBUTION.fullmatch(text, s, e) is None:
        return False
    cues = list(find_cues(text, s, e))
    if not cues:
        return False
    words = text[s : cues[0].start].split()
    return 0 < len(words) <= 5 and words[0][0].isupper() and not _reports_own_clause(text, cues[0], e)


def _reports_own_clause(text: str, cue: Cue, end: int) -> bool:
    """Does ``cue`` take a reported clause of its own ('"..." The firm has said *it expects no
    claims*.')? Then the sentence is a new attribution, not the tag of the quote before it."""
    lemma = cue.lemma
    if lemma not in CLAUSE_CUES or cue.according:
        return False
    pos = ind.skip_adjuncts(text, cue.end, end, listener=lemma in OBJECT_CUES)
    if pos >= end or text[pos] in ",:;.":
        return False
    if ind.starts_with_that(text, pos, end) is not None:
        return True
    first = _FIRST_WORD.match(text, pos, end)
    if ind.intro_like(text, pos, end) or (first is not None and first.group(1) in _ADVERBIAL_OPENERS):
        return False  # '"..." X said as he left.': the tag of the quote before, with an adverbial
    return ind.looks_like_clause(text, pos, end) or (lemma in SAY_CUES and ind.starts_clause(text, pos, end))


def at_sentence_start(text: str, ss: int, quote: QuoteSpan) -> bool:
    """Does ``quote`` open its sentence (after spaces, brackets or dashes only)?"""
    i = quote.open
    while i > ss and (text[i - 1].isspace() or text[i - 1] in "([-—–"):
        i -= 1
    return i <= ss


def is_direct(
    text: str, sentence: Span, quote: QuoteSpan, previous: QuoteSpan | None, cue_between: bool
) -> bool:
    """Is ``quote`` a direct quotation within its sentence?"""
    ss, _ = sentence
    if at_sentence_start(text, ss, quote):
        return not runs_on(text, sentence, quote)  # '"..." until May, X said': a fragment of the clause
    i = quote.open
    while i > ss and text[i - 1].isspace():
        i -= 1
    last = text[i - 1]
    first = text[quote.start : quote.start + 1]
    if last == ":" or signed(text, quote, sentence[1]):
        return True  # 'X: "..."'; '"..." ― Ana Ruiz "..." ― Tom Hale': each signed quotation
    if last == ",":
        return first.isupper() or first in "\"“‘'(" or (previous is not None and cue_between)
    return _whole_clause_after_cue(text, sentence, quote, i)


_WORD_BEFORE: Final = regex.compile(r"(?r)(\p{L}+)\s*$")
_TO_THE_END: Final = regex.compile(r"[\s.!?)\]]*")


def _whole_clause_after_cue(text: str, sentence: Span, quote: QuoteSpan, before: int) -> bool:
    """A quotation right after a cue with no comma that runs to the sentence's end ('One user said
    "this is another reason to host our own code".'; 'She told reporters "We will not pay."'), or
    to a second verb of the speaker ('said "the plan is dead" and left'): the speaker's words as
    they stand, direct."""
    if _TO_THE_END.fullmatch(text, quote.outer_end, sentence[1]) is None and not second_predicate_at(
        text, quote.outer_end, sentence[1]
    ):
        return False  # (to the end, or to a second verb: 'said "..." and left the room')
    if len(text[quote.start : quote.end].split()) < 3:
        return False
    ss = sentence[0]
    word = _WORD_BEFORE.search(text, max(ss, before - 40), before)
    if word is None:
        return False
    if LEMMAS.get(word.group(1).lower()) in SAY_CUES:
        return True
    # "told reporters": a cue and its listener
    cue = _WORD_BEFORE.search(text, max(ss, word.start() - 40), word.start())
    return cue is not None and LEMMAS.get(cue.group(1).lower()) in OBJECT_CUES
