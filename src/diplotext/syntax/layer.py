"""The clause layer of one article: sentences read into clauses on first use, one sentence at a time.

Rules that need clauses ask for the sentences they care about (``in_sentence``, ``at``, or
``matching`` with a compiled pattern of their trigger words), so an article is only ever read as far
as some rule needs it, and never twice.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator, Sequence

import regex

from diplotext.model import Span
from diplotext.syntax.clauses import parse_tokens
from diplotext.syntax.tokens import tokenize
from diplotext.syntax.types import Clause, Entity

__all__ = ["MAX_SENTENCE_TOKENS", "ClauseLayer", "parse_sentence"]

MAX_SENTENCE_TOKENS = 400
"""Sentences longer than this are read in windows of this many tokens (a list or a table, not prose)."""


def parse_sentence(
    text: str, start: int, end: int, entities: Sequence[Entity] = (), *, sentence: int = 0
) -> list[Clause]:
    """The clauses of ``text[start:end]``; ``entities`` are the entity units inside it, sorted."""
    toks = tokenize(text, start, end, entities)
    out: list[Clause] = []
    for lo in range(0, max(1, len(toks)), MAX_SENTENCE_TOKENS):
        out.extend(parse_tokens(toks[lo : lo + MAX_SENTENCE_TOKENS], sentence, len(out)))
    return out


class ClauseLayer:
    """The clauses of one article's body and captions, by sentence.

    ``sentences`` are the sentence spans; ``entities`` every entity unit (persons, states,
    organisations, places, times) in text order. Clauses are read when first asked for.
    """

    __slots__ = ("_cache", "_ent_starts", "_lock", "_sent_starts", "entities", "sentences", "text")

    def __init__(self, text: str = "", sentences: Sequence[Span] = (), entities: Sequence[Entity] = ()) -> None:
        self.text = text
        self.sentences: tuple[Span, ...] = tuple(sentences)
        self.entities: tuple[Entity, ...] = tuple(entities)
        self._sent_starts = [s for s, _ in self.sentences]
        self._ent_starts = [e.start for e in self.entities]
        self._cache: dict[int, tuple[Clause, ...]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ClauseLayer({len(self.sentences)} sentences, {len(self._cache)} read)"

    # ------------------------------------------------------------------ lookups
    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos`` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """Entity units that start in ``[start, end)`` and end by ``end``."""
        lo = bisect.bisect_left(self._ent_starts, start)
        hi = bisect.bisect_left(self._ent_starts, end, lo)
        return [e for e in self.entities[lo:hi] if e.end <= end]

    def in_sentence(self, index: int) -> tuple[Clause, ...]:
        """The clauses of sentence ``index``, in text order of their predicates."""
        got = self._cache.get(index)
        if got is not None:
            return got
        if not 0 <= index < len(self.sentences):
            return ()
        s, e = self.sentences[index]
        got = tuple(parse_sentence(self.text, s, e, self.entities_in(s, e), sentence=index))
        with self._lock:
            self._cache[index] = got
        return got

    def at(self, pos: int) -> Clause | None:
        """The innermost clause whose span holds ``pos``."""
        best: Clause | None = None
        for c in self.in_sentence(self.sentence_at(pos)):
            if c.start <= pos < c.end and (best is None or c.end - c.start <= best.end - best.start):
                best = c
        return best

    def matching(self, pattern: regex.Pattern[str]) -> list[int]:
        """Indices of the sentences where ``pattern`` matches (one pass over the text)."""
        out: list[int] = []
        for m in pattern.finditer(self.text):
            idx = self.sentence_at(m.start())
            if self.sentences and self.sentences[idx][0] <= m.start() < self.sentences[idx][1]:
                if not out or out[-1] != idx:
                    out.append(idx)
        return out

    def clauses(self) -> Iterator[Clause]:
        """Every clause of the article, reading every sentence."""
        for i in range(len(self.sentences)):
            yield from self.in_sentence(i)
