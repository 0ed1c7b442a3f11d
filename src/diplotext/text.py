"""Text utilities shared by the extractors: sentence spans and whitespace-trimmed spans.

Everything works on ``(start, end)`` offsets into the article text, so results can point back at it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from diplotext import lexicon
from diplotext.asciitwin import ascii_twin
from diplotext.model import Article, Span
from diplotext.patterns import KEEP_GIL

__all__ = ["SENTENCE_OPENERS", "sentence_spans", "sentences", "trim"]

# Abbreviations that end with a period but rarely end a sentence in news copy.
_ABBREV = lexicon.words("grammar", "abbreviations inside a sentence")
_ABBREV_AT_END = lexicon.words("grammar", "abbreviations that may end a sentence")

# A candidate boundary: sentence punctuation, optional closing quotes/brackets, then space.
# Two apostrophes or backquotes open a quotation in typewriter style ("said. ''So ...").
_BOUNDARY = regex.compile(
    r"""[.!?…]+["'”’)\]]*(?=\s+(?:''|``|["'“‘(\[])?[\p{Lu}\d])|[.!?…]+["'”’)\]]*(?=\s*\n)"""
)
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}.]*)\.?$")
_WORD_BEFORE_ASCII = ascii_twin(_WORD_BEFORE)
"""``_WORD_BEFORE`` for ASCII text (a third of the time a search)."""
# Joined initials of a name: "G.K.", "J.R.R." (the last period is the one asked about).
_JOINED_INITIALS = regex.compile(r"\p{Lu}(?:\.\p{Lu}){1,3}")
# The word after a candidate boundary.
_NEXT_WORD = regex.compile(r"\s+(\p{Lu}[\p{L}'’-]*)")
_QUOTE_NEXT = regex.compile(r"\s+[\"“]\p{Lu}")
# Closed-class words that open a sentence: after "D.C." they mean a new sentence, not a name.
_OPENERS = frozenset().union(
    *(
        lexicon.words("grammar", section)
        for section in (
            "determiners",
            "possessives",
            "subject pronouns",
            "object pronouns",
            "relatives",
            "prepositions",
            "conjunctions",
            "subordinators",
            "auxiliaries",
            "modals",
            "negations",
        )
    )
)
SENTENCE_OPENERS = _OPENERS
"""Closed-class words (lower case) that open a sentence rather than go on a name: "D.C. The ..."."""


def trim(text: str, start: int, end: int) -> Span:
    """``(start, end)`` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or an initial ("J. Smith")?"""
    m = (_WORD_BEFORE_ASCII if text.isascii() else _WORD_BEFORE).search(text, max(floor, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower() in _ABBREV:
        if word.lower() in _ABBREV_AT_END:
            if _QUOTE_NEXT.match(text, dot + 1, None, KEEP_GIL):
                return False  # "told reporters at 4 a.m. \"Riders can ...\"": a quotation opens
            after = _NEXT_WORD.match(text, dot + 1, None, KEEP_GIL)
            return after is None or after.group(1).lower() not in _OPENERS
        return True
    # single capital initial: "George W. Bush"
    if len(word) == 1:
        return word.isupper()
    # joined initials before a name ("G.K. Chesterton"), not a place ending a sentence ("D.C. The")
    if _JOINED_INITIALS.fullmatch(word, None, None, KEEP_GIL):
        after = _NEXT_WORD.match(text, dot + 1, None, KEEP_GIL)
        return after is not None and after.group(1).lower() not in _OPENERS
    return False


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Sentences of ``text[start:end]`` as trimmed spans into ``text``.

    The spans of the last text asked about are kept (by identity of the text, per ``start`` and
    ``end``), so the plugins that split the same paragraphs of one article (actors, quotes, the
    clause layer) split each of them once."""
    end = len(text) if end is None else end
    memo = _memo
    if memo[0] is not text:
        memo = _new_memo(text)
    got = memo[1].get((start, end))
    if got is None:
        got = memo[1][start, end] = tuple(_split(text, start, end))
    return got


_Memo = tuple[str | None, dict[Span, tuple[Span, ...]]]
_memo: _Memo = (None, {})


def _new_memo(text: str) -> _Memo:
    """An empty memo for ``text``, replacing the last one (threads each keep the one they read)."""
    global _memo
    _memo = (text, {})
    return _memo


def _split(text: str, start: int, end: int) -> Iterator[Span]:
    pos = start
    for m in _BOUNDARY.finditer(text, start, end, False, KEEP_GIL):
        stop = m.end()
        if text[m.start()] == "." and m.group().count(".") == 1 and _is_abbreviation(text, m.start(), pos):
            continue
        s, e = trim(text, pos, stop)
        if e > s:
            yield s, e
        pos = stop
    s, e = trim(text, pos, end)
    if e > s:
        yield s, e


def sentences(article: Article) -> list[Span]:
    """Every sentence of the article's segments (body paragraphs and captions), in text order."""
    return [span for s, e in article.segments for span in sentence_spans(article.text, s, e)]
