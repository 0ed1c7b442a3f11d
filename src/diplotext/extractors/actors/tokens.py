"""Tokens with offsets, sentence numbers and quotation state: what the actor finder walks over.

One compiled pattern splits a segment into abbreviations ("U.S."), words (with inner hyphens and
apostrophes: "al-Assad", "O'Brien", but "Russia" + "'" + "s" for a possessive) and single
punctuation marks. Every step is linear in the length of the text.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from diplotext.text import sentence_spans

_TOKEN: Final = regex.compile(r"(?:\p{Lu}\.){2,}|\w+(?:(?:-|'(?![sS]\b))\w+)*|\S")

OPEN_QUOTES: Final = frozenset("“«„")
CLOSE_QUOTES: Final = frozenset("”»")


class Token(NamedTuple):
    """A word, abbreviation or punctuation mark with its offsets and where it stands."""

    start: int
    end: int
    text: str
    low: str
    """Lower-case form, typographic apostrophes made plain."""
    sentence: int
    initial: bool
    """First word of its sentence."""
    quoted: bool
    """Inside quotation marks."""
    is_word: bool
    is_cap: bool
    is_lower: bool


def words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon block."""
    return text.split()


def tokenize_form(form: str) -> tuple[str, ...]:
    """Lower-cased tokens of a lexicon form, split the way the text is."""
    return tuple(m.group().lower() for m in _TOKEN.finditer(form.replace("\u2019", "'")))


def tokenize(text: str, segments: tuple[tuple[int, int], ...]) -> list[Token]:
    """Tokens of every segment, in order, with sentence numbers running across segments."""
    out: list[Token] = []
    append = out.append
    plain = text.replace("\u2019", "'")  # same length: offsets stay valid
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: tokens are the hot path
    sentence = -1
    finditer = _TOKEN.finditer
    for seg_start, seg_end in segments:
        starts = [s for s, _ in sentence_spans(text, seg_start, seg_end)]
        if not starts:
            continue
        sentence += 1
        k = 1
        next_start = starts[1] if len(starts) > 1 else seg_end + 1
        quoted = False
        first_in_sentence = True
        for m in finditer(plain, seg_start, seg_end):
            start, end = m.span()
            while start >= next_start:
                k += 1
                sentence += 1
                first_in_sentence = True
                next_start = starts[k] if k < len(starts) else seg_end + 1
            word = m.group()
            if end - start == 1 and not word.isalnum():
                if word in OPEN_QUOTES:
                    quoted = True
                elif word in CLOSE_QUOTES:
                    quoted = False
                elif word == '"':
                    quoted = not quoted
                append(
                    new(
                        Token,
                        (start, end, word, word, sentence, False, quoted or word == '"', False, False, False),
                    )
                )
                continue
            low = word.lower()
            first = word[0]
            cap = first.isupper()
            append(
                new(
                    Token,
                    (
                        start,
                        end,
                        word,
                        low,
                        sentence,
                        first_in_sentence,
                        quoted,
                        first.isalnum(),
                        cap,
                        not cap and first.islower(),
                    ),
                )
            )
            first_in_sentence = False
    return out
