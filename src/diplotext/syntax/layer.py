"""The clause layer of one article: sentences read into clauses on first use, one sentence at a time.

Rules that need clauses ask for the sentences they care about (``in_sentence``, ``at``, or
``matching`` with a compiled pattern of their trigger words), so an article is only ever read as far
as some rule needs it, and never twice.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence

import regex

from diplotext.asciitwin import compile_ascii
from diplotext.model import Span
from diplotext.syntax.clauses import parse_tokens
from diplotext.syntax.speech_bounds import within_speech_bounds
from diplotext.syntax.tokens import tokenize
from diplotext.syntax.types import Clause, Entity

__all__ = ["MAX_SENTENCE_TOKENS", "ClauseLayer", "parse_sentence"]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")
_WORD_ASCII = compile_ascii(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")
"""``_WORD`` for ASCII text (the standard library's ``re`` runs it in about half the time)."""
_NOT_IN_WORDS_ASCII = str.maketrans({c: c if c.isalnum() or c in "-'" else " " for c in map(chr, range(128))})
"""Every ASCII character no word of ``_WORD_ASCII`` holds made a space (the others kept)."""


def _ascii_words(low: str, start: int, end: int) -> frozenset[str]:
    """``frozenset(_WORD_ASCII.findall(low, start, end))`` for ASCII text: where the span holds no
    hyphen or apostrophe (which join a word's parts only between letters or digits), its words are
    the runs of letters and digits left once every other character is a space (C loops instead of a
    pattern match a word); elsewhere the pattern's own words."""
    chunk = low[start:end].translate(_NOT_IN_WORDS_ASCII)
    if "-" in chunk or "'" in chunk:
        return frozenset(_WORD_ASCII.findall(low, start, end))
    return frozenset(chunk.split())


_QUOTE_MARK = regex.compile("[\"“”‘’'«»]")
"""A quotation mark (the tokenizer's ``Q`` characters)."""

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
    # a speech bound needs a quotation mark: most sentences have none (one C-level search)
    return within_speech_bounds(toks, out) if _QUOTE_MARK.search(text, start, end) else out


class ClauseLayer:
    """The clauses of one article's body and captions, by sentence.

    ``sentences`` are the sentence spans; ``entities`` every entity unit (persons, states,
    organisations, places, times) in text order. Clauses are read when first asked for; so are the
    place names of a sentence (``places``: a function finding them in a span).
    """

    __slots__ = (
        "_cache",
        "_done",
        "_ents",
        "_found",
        "_lock",
        "_place_finder",
        "_sent_starts",
        "_source",
        "_starts",
        "_vocabulary",
        "_words",
        "sentences",
        "text",
    )

    def __init__(
        self,
        text: str = "",
        sentences: Sequence[Span] = (),
        entities: Sequence[Entity] | Callable[[], Sequence[Entity]] = (),
        places: Callable[[str, int, int], list[Entity]] | None = None,
    ) -> None:
        self.text = text
        self.sentences: tuple[Span, ...] = tuple(sentences)
        self._source = entities  # found on first use when a function
        self._ents: list[Entity] = []
        self._starts: list[int] = []
        if not callable(entities):
            self._load()
        self._place_finder = places
        self._done: set[int] = set()
        self._sent_starts = [s for s, _ in self.sentences]
        self._cache: dict[int, tuple[Clause, ...]] = {}
        self._words: list[frozenset[str]] | None = None
        self._vocabulary: frozenset[str] = frozenset()
        self._found: dict[frozenset[str], list[int]] = {}
        self._lock = threading.Lock()

    def _load(self) -> None:
        source = self._source
        found = source() if callable(source) else source
        self._ents = sorted(found, key=lambda e: e.start)
        self._starts = [e.start for e in self._ents]
        self._source = ()

    def _ready(self) -> None:
        if callable(self._source):
            with self._lock:
                if callable(self._source):
                    self._load()

    def __repr__(self) -> str:
        return f"ClauseLayer({len(self.sentences)} sentences, {len(self._cache)} read)"

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every entity unit of the article, in text order (finding every sentence's places)."""
        self._ready()
        if self._place_finder is not None:
            for i in range(len(self.sentences)):
                self._complete(i)
        return tuple(self._ents)

    def named(self) -> tuple[Entity, ...]:
        """The entity units found so far: every actor mention and time, and the places of the
        sentences read (no sentence is scanned for places by this call)."""
        self._ready()
        return tuple(self._ents)

    def _complete(self, index: int) -> None:
        """Add the place names of sentence ``index`` that no other entity covers."""
        if self._place_finder is None or index in self._done:
            return
        self._ready()
        with self._lock:
            if index in self._done:
                return
            s, e = self.sentences[index]
            for place in self._place_finder(self.text, s, e):
                i = bisect.bisect_left(self._starts, place.start)
                before = self._ents[i - 1] if i > 0 else None
                after = self._ents[i] if i < len(self._ents) else None
                if (before is not None and before.end > place.start) or (
                    after is not None and after.start < place.end
                ):
                    continue
                self._ents.insert(i, place)
                self._starts.insert(i, place.start)
            self._done.add(index)

    # ------------------------------------------------------------------ lookups
    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos`` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def entities_in(self, start: int, end: int, *, places: bool = True) -> list[Entity]:
        """Entity units that start in ``[start, end)`` and end by ``end`` (without ``places``,
        the place names of sentences not read yet are not looked for)."""
        if callable(self._source):
            self._ready()
        sentences = self.sentences
        if places and self._place_finder is not None and sentences:
            done = self._done
            for i in range(max(0, bisect.bisect_right(self._sent_starts, start) - 1), len(sentences)):
                if sentences[i][0] >= end:
                    break
                if i not in done:  # (the places of most sentences asked about are read already)
                    self._complete(i)
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)
        return [e for e in self._ents[lo:hi] if e.end <= end]

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

    def may_hold(self, index: int, words: Iterable[str]) -> bool:
        """Could a token of sentence ``index`` be one of ``words`` (lower case)? Not when none
        stands in its lower-cased text: a test that spares a rule that needs one of them (as a
        phrase head, a verb's form) the sentence's parse. Where it fails, the sentence's places
        are read all the same, as its parse reads them (for the rules that read the places found
        so far: :meth:`named`)."""
        if not 0 <= index < len(self.sentences):
            return False  # (no clause there)
        start, end = self.sentences[index]
        low = self.text[start:end].lower()
        if any(map(low.__contains__, words)):
            return True
        self.entities_in(start, end)
        return False

    def at(self, pos: int) -> Clause | None:
        """The innermost clause whose span holds ``pos``."""
        best: Clause | None = None
        for c in self.in_sentence(self.sentence_at(pos)):
            if c.start <= pos < c.end and (best is None or c.end - c.start <= best.end - best.start):
                best = c
        return best

    def with_words(self, words: frozenset[str]) -> list[int]:
        """Indices of the sentences holding one of ``words`` (lower case), in order. The article's
        words are gathered once, on first use (a set per sentence), for every rule that asks."""
        sets = self._words
        if sets is None:
            low = self.text.lower()
            if low.isascii():
                sets = [_ascii_words(low, s, e) for s, e in self.sentences]
            else:
                findall = _WORD.findall
                sets = [frozenset(findall(low, s, e)) for s, e in self.sentences]
            self._vocabulary = frozenset().union(*sets)  # before the sets: a thread seeing them sees it
            self._words = sets
        cached = self._found.get(words)
        if cached is not None:
            return cached
        # most word lists have no word in the article at all: one test of the article's words
        # instead of one per sentence
        out = (
            []
            if self._vocabulary.isdisjoint(words)
            else [i for i, found in enumerate(sets) if not found.isdisjoint(words)]
        )
        self._found[words] = out
        return out

    def clauses(self) -> Iterator[Clause]:
        """Every clause of the article, reading every sentence."""
        for i in range(len(self.sentences)):
            yield from self.in_sentence(i)
