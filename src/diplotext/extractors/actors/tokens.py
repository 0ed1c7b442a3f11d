"""Tokens with offsets, sentence numbers and quotation state: what the actor finder walks over.

One compiled pattern splits a segment into abbreviations ("U.S."), words (with inner hyphens and
apostrophes: "al-Assad", "O'Brien", but "Russia" + "'" + "s" for a possessive) and single
punctuation marks. Every step is linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Set as AbstractSet
from typing import Final, NamedTuple

import regex

from diplotext.asciitwin import compile_ascii
from diplotext.text import sentence_spans

# A word character, or a letter of UTF-8 text read as Latin-1 ("Ã©" for "é", "Ã1⁄4" for "ü" once
# normalised, its "Ã" perhaps decomposed into "A" and a combining tilde): names in such text stay
# one word.
_RUN: Final = r"\w+(?:[\u00a0-\u00bf\u2044](?<=(?:Ã|A\u0303)[\u00a0-\u00bf]|(?:Ã|A\u0303)[13]⁄)[24]?\w*)*"
# "then-" glued to a title is a word of its own ("then-Secretary of State X": the title is whole);
# "Ban Ki- moon": a capitalised word broken after its hyphen at a line end is one word (not "Pro- and")
_BROKEN: Final = r"(?:and|or|nor|to)\b"
_WORD: Final = (
    rf"(?:\p{{Lu}}\.){{2,}}|(?i:then)-(?=\p{{Lu}})|\p{{Lu}}\p{{Ll}}+-[ ](?!{_BROKEN})\p{{Ll}}{{2,}}\b(?!-)"
    rf"|{_RUN}(?:(?:-|'(?![sS]\b)){_RUN})*|\S"
)
_TOKEN: Final = regex.compile(_WORD)
# The same tokens, each with the whitespace before it (so consecutive matches cover the text).
_SPACED_TOKEN: Final = regex.compile(rf"(\s*+)({_WORD})")
# The same pattern for ASCII text, where ``\w`` is ``[A-Za-z0-9_]``, ``\p{Lu}`` is ``[A-Z]``, no
# Latin-1 letter can follow a word and ``\s`` is the six spaces of ``regex``'s White_Space (not
# the file separators ``re``'s ``\s`` adds): the standard library's ``re`` runs it in about half
# the time (``tests/test_ascii_scans.py`` holds the two to the same tokens). Written so that ``re``
# does the least per token: every branch opens with a character class, which ``re`` checks before
# it enters the branch ("U.S." as ``[A-Z]\.[A-Z]\.``..., "then" letter by letter), and a word with
# no hyphen or apostrophe after it (most words) is matched whole by ``\w\w*+(?![-'])`` right after
# the abbreviations, before the branch that loops over the parts of "al-Assad" and "O'Brien" and
# before "then-" and "Ki- moon", which it cannot take from them: its possessive run of word
# characters ends where theirs meet the hyphen, and the hyphen fails its lookahead (the same
# tokens, without the capitalised word read a second time by the "Ki- moon" branch).
_SPACED_TOKEN_ASCII: Final = compile_ascii(
    r"([\t\n\x0b\x0c\r ]*)([A-Z]\.[A-Z]\.(?:[A-Z]\.)*|\w\w*+(?![-'])|[Tt][Hh][Ee][Nn]-(?=[A-Z])"
    r"|[A-Z][a-z]+-[ ](?!(?:and|or|nor|to)\b)[a-z][a-z]+\b(?!-)"
    r"|\w+(?:(?:-|'(?![sS]\b))\w+)*|[^\t\n\x0b\x0c\r ])"
)

_Form = tuple[str | None, bool, bool, bool, bool]
_FORMS: dict[str, _Form] = {}
"""Per token string: (lower-case form, or None for a punctuation mark; is_word; is_cap; is_lower;
holds a hyphen)."""
_MAX_FORMS: Final = 50_000


def _form(word: str) -> _Form:
    if len(word) == 1 and not word.isalnum():
        return None, False, False, False, False
    first = word[0]
    cap = first.isupper()
    return word.lower(), first.isalnum(), cap, not cap and first.islower(), "-" in word


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


def tokenize_form(form: str) -> tuple[str, ...]:
    """Lower-cased tokens of a lexicon form, split the way the text is."""
    return tuple(m.group().lower() for m in _TOKEN.finditer(form.replace("\u2019", "'")))


class TokenIndex(NamedTuple):
    """Where some tokens stand (their indices, in order), gathered while tokenising: the stages of
    the actor finder that look only at these tokens start from them instead of each walking every
    token of the article."""

    caps: list[int]
    """The capitalised tokens."""
    hyphened: list[int]
    """The tokens (not punctuation marks) with a hyphen in them."""
    watched: dict[str, list[int]]
    """Per lower-case form asked for (``watch``), the tokens (not punctuation marks) of that form."""

    def of_forms(self, forms: Collection[str]) -> list[int]:
        """The tokens whose lower-case form is one of ``forms`` (all of them watched), in order."""
        found = [k for form, ks in self.watched.items() if form in forms for k in ks]
        found.sort()
        return found


def tokenize(text: str, segments: tuple[tuple[int, int], ...]) -> list[Token]:
    """Tokens of every segment, in order, with sentence numbers running across segments."""
    return tokenize_indexed(text, segments, frozenset())[0]


def tokenize_indexed(
    text: str, segments: tuple[tuple[int, int], ...], watch: AbstractSet[str]
) -> tuple[list[Token], TokenIndex]:
    """:func:`tokenize`, with the :class:`TokenIndex` of the tokens (``watch``: the lower-case forms
    whose tokens it lists)."""
    out: list[Token] = []
    append = out.append
    caps: list[int] = []
    hyphened: list[int] = []
    watched: dict[str, list[int]] = {}
    plain = text.replace("\u2019", "'")  # same length: offsets stay valid
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: tokens are the hot path
    sentence = -1
    findall = (_SPACED_TOKEN_ASCII if plain.isascii() else _SPACED_TOKEN).findall
    forms = _FORMS
    for seg_start, seg_end in segments:
        starts = [s for s, _ in sentence_spans(text, seg_start, seg_end)]
        if not starts:
            continue
        sentence += 1
        k = 1
        next_start = starts[1] if len(starts) > 1 else seg_end + 1
        quoted = False
        first_in_sentence = True
        pos = seg_start
        # the matches are contiguous (each takes the whitespace before its token), so offsets
        # follow from the lengths
        for space, word in findall(plain, seg_start, seg_end):
            start = pos + len(space)
            pos = start + len(word)
            while start >= next_start:
                k += 1
                sentence += 1
                first_in_sentence = True
                next_start = starts[k] if k < len(starts) else seg_end + 1
            form = forms.get(word)
            if form is None:
                form = _form(word)
                if len(forms) >= _MAX_FORMS:
                    forms.clear()
                forms[word] = form
            low, is_word, cap, is_lower, hyphen = form
            if low is None:
                if word in OPEN_QUOTES:
                    quoted = True
                elif word in CLOSE_QUOTES:
                    quoted = False
                elif word == '"':
                    quoted = not quoted
                append(
                    new(
                        Token,
                        (start, pos, word, word, sentence, False, quoted or word == '"', False, False, False),
                    )
                )
                continue
            if cap:
                caps.append(len(out))
            if hyphen:
                hyphened.append(len(out))
            if low in watch:
                watched.setdefault(low, []).append(len(out))
            append(
                new(
                    Token,
                    (start, pos, word, low, sentence, first_in_sentence, quoted, is_word, cap, is_lower),
                )
            )
            first_in_sentence = False
    return out, TokenIndex(caps, hyphened, watched)
