"""An aside between a speaker's name and the cue that ends in a quoted fragment ("Tomas Rein, known
to friends as "the Hawk," said the talks would resume", "X, calling the talks "a slow thaw", said
..."): the name speaks, as it does when the aside holds no quotation marks (see
docs/quotes.md, twenty-fifth session, helper quotes38). Without this, the closing mark before the
cue made the subject and its aside read as what was said and the words after the cue as an
inverted speaker."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

from .mentions import Mention, core, is_word, tokens
from .phrases import phrase_before

_OPENERS: Final = lexicon.words("speech", "words opening a speaker's aside that holds a quoted fragment")
_CLOSING: Final = frozenset({'"', "”", "''"})
_OPENING: Final = frozenset({'"', "“", "``", "''"})
_COMMA_AND_MARK: Final = tuple(f"{a}{b}" for m in _CLOSING for a, b in ((",", m), (m, ",")))
"""A comma and a closing mark in either order, as ``_name_end`` wants them before the cue."""
_MAX_TOKENS: Final = 24
_OPEN: Final = -2
"""The aside may open before the tokens looked at."""
_WINDOW: Final = 240


def _name_end(toks: list[tuple[int, int, str]], i: int, *, partial: bool) -> int | None:
    """When the tokens up to ``i`` (the last before the cue) end with a comma and a closing mark in
    either order, after a quoted fragment opened inside an aside that a word of ``_OPENERS`` opens
    right after a comma and a capitalised word: the index of that word (the name's end); ``OPEN``
    when ``partial`` tokens run out first; else None."""
    if i < 4:
        return None
    if toks[i][2] in _CLOSING and toks[i - 1][2] == ",":
        j = i - 2  # 'as "the Hawk," said'
    elif toks[i][2] == "," and toks[i - 1][2] in _CLOSING:
        j = i - 2  # 'as "the Hawk", said'
    else:
        return None
    k = j
    while k > 0 and toks[k][2] not in _OPENING and i - k <= _MAX_TOKENS:
        if toks[k][2] in _CLOSING:
            return None
        k -= 1
    if k <= 0 or toks[k][2] not in _OPENING or i - k > _MAX_TOKENS:
        return _OPEN if partial and k <= 0 else None
    k -= 1
    while k > 0 and toks[k][2] != "," and i - k <= _MAX_TOKENS:
        if toks[k][2] in _OPENING or toks[k][2] in _CLOSING:
            return None
        k -= 1
    if partial and k <= 1:
        return _OPEN
    if k <= 0 or toks[k][2] != "," or i - k > _MAX_TOKENS:
        return None
    opener = toks[k + 1][2]
    name = toks[k - 1][2]
    if opener not in _OPENERS or not is_word(name):
        return None
    return k - 1


def _typewriter_marks(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens with two touching apostrophes or backquotes joined into one mark (``''``)."""
    out: list[tuple[int, int, str]] = []
    for tok in toks:
        if out and tok[2] in {"'", "`"} and out[-1][2] == tok[2] and out[-1][1] == tok[0]:
            out[-1] = (out[-1][0], tok[1], tok[2] * 2)
        else:
            out.append(tok)
    return out


def quoted_aside_speaker(text: str, lo: int, cue_start: int) -> Mention | None:
    """The speaker named before an aside that ends in a quoted fragment right before the cue at
    ``cue_start`` ('Tomas Rein, known to friends as "the Hawk," said ...'), the name opening the
    sentence at ``lo`` (after one word such as "But" and capitalised words: "Parliament Speaker");
    else None. A name, or a noun of two words at most right after the sentence's first word ("The
    newspaper, quoting "secret reports," said ..."); not a longer phrase ("The soldiers searched
    the house of X, who was "...," said Y": Y)."""
    if not "".join(text[max(lo, cue_start - 12) : cue_start].split()).endswith(_COMMA_AND_MARK):
        return None  # the cheap test first: a comma and a closing mark must stand before the cue
    floor = max(lo, cue_start - _WINDOW)
    toks = _typewriter_marks(tokens(text, floor, cue_start))
    k = _name_end(toks, len(toks) - 1, partial=False)
    if k is None or k < 0:
        return None
    span = phrase_before(text, floor, toks[k][1])
    m = core(text, *span) if span is not None else None
    if (
        m is None
        or any(w[:1].islower() for w in text[lo : m.start].split()[1:])
        or (m.kind == "name" and any(w[:1].islower() for w in m.text.split()))
        or (m.kind != "name" and (len(m.text.split()) > 2 or len(text[lo : m.start].split()) > 1))
    ):
        return None  # "The minister met X, who called it "...," said the agency": X is no subject
    return m
