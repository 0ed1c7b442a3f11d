"""The speaker phrase after a cue ("said the minister", "said Ada X, head of the agency"): where
it ends, its role words and a count before it ("said two officials")."""

from __future__ import annotations

from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.model import Span

from .inverted_openers import owned_speaker, title_of_end
from .mentions import (
    NOT_NAME_OR_ARTICLE,
    PRONOUNS,
    TITLE_WORDS,
    is_cap,
    is_word,
    tokens,
)
from .naming import can_speak_head
from .phrases import _DAYS

__all__ = ["phrase_after"]

_STOP_AFTER: Final = lexicon.words("speech", "words ending a speaker after the cue") | _DAYS


_PHRASE_OPENERS: Final = lexicon.words("speech", "speaker phrase openers")


_ROLE_WORDS_MAX: Final = 3


def _role_word(tok: str) -> bool:
    """A lower-case word that may stand in a title before a name ("lead", "author", "spokesman")."""
    return is_word(tok) and tok.islower() and tok not in _STOP_AFTER and tok not in NOT_NAME_OR_ARTICLE


def phrase_after(text: str, pos: int, hi: int) -> Span | None:
    """The noun phrase starting at ``pos`` ("said Cui Tiankai, director..." -> "Cui Tiankai")."""
    toks = tokens(text, pos, min(hi, pos + 200))
    if toks and toks[0][2].isdigit():
        toks = _after_number(toks)  # "said 9/11 widow Ann Fell": the role words and the name
    if not toks or not is_word(toks[0][2]):
        return None
    first = toks[0][2]
    bare = first.rstrip(".")
    plural_speakers = bare[-1:] == "s" and bare.islower() and can_speak_head(bare)  # "said officials"
    if not (
        first[0].isupper()
        or first.lower() in PRONOUNS
        or first.lower() in _PHRASE_OPENERS
        or plural_speakers
        or owned_speaker(toks)
    ):
        # "said lead author Anna Berg", "said spokesman Tom Reed": role words, then the name
        k = 0  # "said chairman and chief executive X": two roles, the phrase of the last
        while k < min(_ROLE_WORDS_MAX + 2, len(toks)) and (
            _role_word(toks[k][2]) or (k and toks[k][2] == "and")
        ):
            k += 1
        if k == 0 or k >= len(toks) or not is_cap(toks[k][2]) or toks[k - 1][2] == "and":
            return None
        toks = toks[max((j + 1 for j in range(k) if toks[j][2] == "and"), default=0) :]
    last = 0
    titled = title_of_end(toks)
    skip = -1
    for k, (_, _, tok) in enumerate(toks):
        if k <= skip:
            continue
        if k >= (10 if skip < 0 else 13):
            break
        if tok == "(" and _bracketed_acronym(toks, k):
            skip = k + 2  # "said a senior X Commission (XC) official": the acronym inside the name
            continue
        if not is_word(tok) and tok not in {"'", "’", "-"}:
            break
        if k >= titled and tok.lower() in _STOP_AFTER and not _and_inside_a_name(toks, k):
            break
        last = k
    if toks[last][2].lower() in TITLE_WORDS and last + 2 < len(toks) and toks[last + 1][2] == ",":
        # "said Credit Suisse CEO, Oswald Grubel": the name after the title
        end = _name_end(toks, last + 2)
        if end is not None:
            return toks[last + 2][0], toks[end][1]
    if titled > 3 and last >= titled - 1:
        # "said Vice Minister of Personnel Yin X": the name after the portfolio, not the title
        name_at = titled - 2
        if (
            name_at - 1 > 2
            and is_given_name(toks[name_at - 1][2])
            and toks[name_at - 1][2].lower() not in TITLE_WORDS
        ):
            name_at -= 1  # "Minister of Finance Mary Ann X"
        return toks[name_at][0], toks[last][1]
    return toks[0][0], toks[last][1]


def _and_inside_a_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Is the "and" at ``k`` inside a capitalised name ("a senior Roads and Harbours Commission
    official"), a capitalised word on both sides and more of the name after the next one?"""
    return (
        toks[k][2] == "and"
        and 0 < k < len(toks) - 2
        and is_cap(toks[k - 1][2])
        and is_cap(toks[k + 1][2])
        and (is_cap(toks[k + 2][2]) or toks[k + 2][2] == "(")
        and not is_given_name(toks[k + 1][2])  # "said Ann Lee and Tom Reed": two people
        and not (k > 1 and is_given_name(toks[k - 2][2]))
    )


def _bracketed_acronym(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Does a bracketed acronym stand at ``k`` right after a capitalised word ("Commission (XC)")?"""
    return (
        0 < k < len(toks) - 2
        and is_cap(toks[k - 1][2])
        and toks[k + 1][2].isupper()
        and toks[k + 1][2].isalpha()
        and toks[k + 2][2] == ")"
    )


def _after_number(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens after a number opening a role ("9/11 widow Ann Fell" -> "widow Ann Fell"), when
    lower-case role words and a capitalised word follow it; else none."""
    k = 0
    while k < min(_ROLE_WORDS_MAX, len(toks)) and (toks[k][2] == "/" or toks[k][2].isdigit()):
        k += 1
    n = k
    while k < min(n + _ROLE_WORDS_MAX, len(toks)) and _role_word(toks[k][2]):
        k += 1
    return toks[n:] if n < k < len(toks) and is_cap(toks[k][2]) else []


def _name_end(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """The last token of a name of two to four capitalised words starting at ``k``, closed by
    punctuation or the end."""
    j = k
    while j < len(toks) and j - k < 4 and is_cap(toks[j][2]) and is_word(toks[j][2]):
        j += 1
    if j - k < 2 or (j < len(toks) and is_word(toks[j][2])):
        return None
    return j - 1
