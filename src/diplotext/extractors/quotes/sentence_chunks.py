"""Stretches of a sentence that commas or dashes set off around a cue, for :func:`.units.find_units`:
the words before the cue's comma and the comma before that, a sentence's first chunk after a
conjunction, a person's name opening "NAME of BODY", a word or fronted adverbial that opens a
sentence before its subject, and the shapes "X, officials said, ..." and "X, the mate, had logged
..., the company said".
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL

from . import fragments
from . import indirect as ind
from .fronted import is_fronted
from .mentions import head_noun


def _chunk_before_comma(text: str, lo: int, pos: int) -> Span | None:
    """The words between the comma before ``pos`` and the comma before that: ', Ali Alghasi Mehr, said'."""
    i = pos
    while i > lo and text[i - 1].isspace():
        i -= 1
    if i <= lo or text[i - 1] != ",":
        return None
    end = i - 1
    start = max(lo, end - 120)
    k = text.rfind(",", start, end)
    begin = k + 1 if k >= 0 else start
    if k < 0 and start > lo:
        return None
    while begin < end and text[begin].isspace():
        begin += 1
    return (begin, end) if end > begin else None


_NAME_OF_BODY: Final = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’\-]*){1,2})"
    r"\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[^,;:\"“”()]{1,70}"
)


def _name_of_body(text: str, chunk: Span) -> Span | None:
    """The person's name of a chunk 'NAME of BODY [in PLACE]' ("Ana Ruiz of Grace Church in
    Dorval"), when the name opens with a given name; else None."""
    m = _NAME_OF_BODY.fullmatch(text, *chunk)
    if m is None or not is_given_name(m.group("name").split()[0]):
        return None
    return m.span("name")


_CONJUNCTION: Final = regex.compile(r"(?:But|And|So|Yet|Still|Meanwhile|However),?\s+")


_CHUNK_END: Final = regex.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|\s--|\s?[—–](?=\s|\p{L}))")


def _first_chunk(text: str, ss: int, pos: int) -> Span | None:
    """The words opening the sentence up to its first comma or dash ("Rep. X (D-N.Y.), chair of
    ..., said", "X -- co-editor of ... -- said"), after a conjunction."""
    m = _CHUNK_END.search(text, ss, min(pos, ss + 80), KEEP_GIL)
    if m is None:
        return None
    c = _CONJUNCTION.match(text, ss, m.start(), KEEP_GIL)
    return (c.end() if c else ss), m.start()


_SENTENCE_ADVERBS: Final = lexicon.words("speech", "sentence openers")


def _sentence_adverb(text: str, start: int, end: int, *, chunk: bool = False) -> bool:
    """Is ``text[start:end]`` one word that opens a sentence before its subject ("Overall",
    "Still", "Separately"), or, for a ``chunk`` set off by a comma, a fronted adverbial ("In a
    statement released Friday", "Hours later")?"""
    word = text[start:end].strip()
    if " " not in word:
        return word.lower() in _SENTENCE_ADVERBS or fragments.is_adverb(word.lower())
    return chunk and is_fronted(word.split())


def _parenthetical(text: str, first_end: int, before: Span, cue_end: int) -> bool:
    """Is "X, officials said, ..." the shape: the attribution set off by commas right after the
    subject of the reported clause, so the phrase before the cue is the speaker, not X?"""
    if text[first_end : before[0]].strip() != "," or text[cue_end : cue_end + 2].lstrip()[:1] != ",":
        return False
    head = head_noun(text[before[0] : before[1]])
    return head.endswith("s") and not head.endswith("ss")  # "officials", not "head of the agency"


def _clause_between(text: str, first_end: int, phrase_start: int) -> bool:
    """Is "X, the ship's mate, had logged 3,100 hours, the company said" the shape: after the
    apposition of the sentence's first name, a verb phrase goes on before the comma that ends the
    reported clause? Then the name is the clause's subject and the phrase before the cue speaks."""
    stretch = text[first_end:phrase_start].rstrip()
    if not stretch.endswith(","):
        return False
    inner = stretch[:-1].rfind(", ")  # not the comma of "3,100"
    if inner <= 0:
        return False
    tail_start = first_end + inner + 1
    return ind.has_finite(text, tail_start, first_end + len(stretch) - 1)
