"""Two spans inside a speaker phrase for :mod:`.mentions`: a name joined by "&" is one token
("Hale & Berg", "K&Q"), and a person named before "of/at/from" and a body is the speaker ("Ann
Ryan of the World Food Agency")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from diplotext import lexicon
from diplotext.extractors.actors.names import is_given_name
from diplotext.extractors.quotes.naming import PEOPLE_OF, SPEAKER_NOUNS

__all__ = ["join_ampersands", "person_before_body", "person_of_body", "person_of_someone"]


def join_ampersands(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One token for a name joined by "&" ("Hale & Berg", "K&Q"): the words on both sides are
    capitalised, and no speaker phrase ends at the "&"."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if (
            tok[2] == "&"
            and out
            and k + 1 < len(toks)
            and out[-1][2][:1].isupper()
            and toks[k + 1][2][:1].isupper()
        ):
            s = out.pop()[0]
            e = toks[k + 1][1]
            out.append((s, e, text[s:e]))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


_AFFILIATION: Final = frozenset({"of", "at", "from"})


def person_of_body(
    toks: list[tuple[int, int, str]], kb: int, is_cap: Callable[[str], bool], honorifics: frozenset[str]
) -> tuple[int, int] | None:
    """The span of a person's name opening the phrase before the affiliation word at ``kb`` ("Ann
    Ryan of the X Agency", "Dr Ann Ryan from X"): two or three capitalised words after any titles,
    the first a given name, or a surname after an honorific; None for a body ("the Bank of X")."""
    if kb < 2 or toks[kb][2].lower() not in _AFFILIATION:
        return None
    words = toks[:kb]
    if not all(t[2][:1].isalnum() or t[2] == "." for t in words):
        return None
    words = [t for t in words if t[2][:1].isalnum()]
    words = _after_role_words(words, is_cap)
    if not words or len(words) > 6 or not all(is_cap(t[2]) for t in words):
        return None
    if len(words) >= 2 and words[-2][2].lower().rstrip(".") in honorifics:
        return words[-1][0], words[-1][1]  # "Dr. Hale of ..."
    for i in range(max(0, len(words) - 3), len(words) - 1):
        if is_given_name(words[i][2]) and i <= 2 and not any(is_given_name(t[2]) for t in words[:i]):
            return words[i][0], words[-1][1]  # "Professor Ann Ryan of ...": the name after the titles
    return None


_MAX_ROLE_WORDS: Final = 4


def _after_role_words(
    words: list[tuple[int, int, str]], is_cap: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """The capitalised name after lower-case role words that open the phrase ("Law professor Ann
    Ryan", "senior researcher Tom Ng"): two or three capitalised words, the first a given name;
    else the words unchanged."""
    low = [i for i, t in enumerate(words) if not is_cap(t[2])]
    if not low or low[-1] >= _MAX_ROLE_WORDS or not all(w[2].isalpha() or "-" in w[2] for w in words):
        return words
    name = words[low[-1] + 1 :]
    if 2 <= len(name) <= 3 and is_given_name(name[0][2]):
        return name
    return words


_BODY_LINKS: Final = lexicon.words("speech", "words inside a body's name after a person's name")
"""Lower-case words inside a body's name ("Assembly of First Nations", "Union of Public Employees")."""


def person_before_body(
    toks: list[tuple[int, int, str]], is_cap: Callable[[str], bool], honorifics: frozenset[str]
) -> tuple[int, int] | None:
    """The span of a person's name before a body whose own name holds "of" ("Perry X of the
    Assembly of First Nations", "Lou X of the Bank of Canada"): the first affiliation word after the
    name, then only the body's capitalised words and links; see :func:`person_of_body`."""
    kb = next((k for k, t in enumerate(toks) if t[2].lower() in _AFFILIATION), None)
    if kb is None or kb < 2 or kb + 2 >= len(toks):
        return None
    rest = toks[kb + 1 :]
    if rest[0][2].lower() == "the":
        rest = rest[1:]
    if not rest or not is_cap(rest[0][2]) or not is_cap(rest[-1][2]):
        return None
    if not all(is_cap(t[2]) or t[2].lower() in _BODY_LINKS for t in rest):
        return None
    return person_of_body(toks, kb, is_cap, honorifics)


def person_of_someone(word: str) -> bool:
    """A noun for a person who works for or stands beside someone ("aide", "lawyers", "wife"), not
    a body of theirs ("the press office of the ministry" is the ministry's)."""
    return word in PEOPLE_OF and (word in SPEAKER_NOUNS or word[:-1] in SPEAKER_NOUNS)
