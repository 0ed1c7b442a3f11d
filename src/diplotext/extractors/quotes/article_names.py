"""Person names the article writes, for the speaker resolver (:mod:`.resolver`): each run of
capitalised words trimmed to the name in it, with the title words written before it ("presidential
spokesman Dino Patti Djalal": spokesman, presidential), and which names open with a given name
(:func:`person_name`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from diplotext import lexicon, runtime
from diplotext.asciitwin import ascii_twin
from diplotext.extractors.actors.names import is_first_name, is_given_name
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplotext.model import Span
from diplotext.patterns import KEEP_GIL
from diplotext.syntax.words import PREPOSITIONS

from .based_modifiers import after_based
from .countries import name_blocked_by_place
from .fragments import is_adverb, leading_fragment
from .mentions import NOT_NAME_OR_ARTICLE, ORG_WORDS, TITLE_WORDS, last_tokens, strip_titles, tokens
from .name_titles import surname_slot, titles_before
from .naming import can_speak_head

__all__ = ["Name", "add_name", "names_in", "person_name"]

_NAME_WORD: Final = r"(?:(?:Mr|Mrs|Ms|Dr|Jr|Sr|St)\.|\p{Lu}\.|\p{Lu}[\p{L}'’\-]*(?!\p{L}|\.\p{L}))"
_PARTICLES: Final = lexicon.alternation("speech", "particles inside a person's name")
# The lookahead holds the letters a run can open with (``tests/test_fast_paths.py`` derives them
# from the pattern): any other character is passed over at once (two fifths of the time in ``re``).
_NAME_RUN: Final = regex.compile(
    rf"(?=[\p{{Lu}}abdev])(?:{_NAME_WORD}|(?:al|el|bin|de|van|von)-?\p{{Lu}}[\p{{L}}'’\-]*)"
    rf"(?:[ \t](?:{_NAME_WORD}|(?:al|el|bin|ibn|de|van|von|da)(?=[ \t\-]\p{{Lu}})"
    rf"|(?=\p{{Ll}})(?:{_PARTICLES})(?:[ \t](?:{_PARTICLES}))?(?=[ \t]\p{{Lu}})"
    rf"|(?:al|el)-\p{{Lu}}[\p{{L}}'’\-]*))*"
)
_NAME_RUN_ASCII: Final = ascii_twin(_NAME_RUN)
"""``_NAME_RUN`` for ASCII text: ``re`` runs it in about a third of the time. It has no timeout, so it
reads only segments of at most :data:`_TWIN_MOST` characters, where ``_NAME_RUN``'s worst case (a
long capitalised word before a period and a letter, tried at each of its capitals) stays far below
the guard's timeout: the same runs either way."""
_TWIN_MOST: Final = 8_000
_DATE_WORDS: Final = frozenset(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
_FIRM_ENDS: Final = lexicon.words("speech", "firm name endings")
_ROLE_WORDS: Final = TITLE_WORDS | lexicon.words("speech", "role words before a name")


def _role_word(word: str) -> bool:
    low = word.lower()
    return low in _ROLE_WORDS or low.rstrip(".") in _ROLE_WORDS


@attrs.frozen
class Name:
    """A person name the article writes: its span, its words (lower case) and its title words."""

    start: int
    end: int
    name: str
    tokens: frozenset[str]
    titles: frozenset[str]


def names_in(text: str, segments: Sequence[Span]) -> list[Name]:
    """Person names in the ``segments`` of ``text``, in text order (runs of two or more capitalised
    words, each trimmed by :func:`add_name`)."""
    index: list[Name] = []
    is_ascii = text.isascii()
    for ss, se in segments:
        runs = (
            _NAME_RUN_ASCII.finditer(text, ss, se)
            if is_ascii and se - ss <= _TWIN_MOST
            else runtime.finditer(_NAME_RUN, text, ss, se)
        )
        for m in runs:
            run = m.group()
            if " " in run or "\t" in run:  # one word is one token: never a full name
                add_name(index, text, m.start(), m.end())
    return index


def add_name(index: list[Name], text: str, start: int, end: int) -> None:
    """Add the person name in the run of capitalised words ``text[start:end]`` to ``index``, if
    there is one: without the owner before "'s", the word opening the clause, the day closing the
    sentence, a firm ending or the title words, which it keeps as the name's titles (with the
    lower-case ones just before the run: "presidential spokesman X")."""
    toks = tokens(text, start, end)
    while toks and toks[-1][2].endswith(("'s", "’s")):
        s, e, w = toks[-1]
        toks[-1] = (s, e - 2, w[:-2])
        break
    owner = max((k for k, t in enumerate(toks[:-1]) if t[2].endswith(("'s", "’s"))), default=-1)
    toks = toks[owner + 1 :]  # "Total Film's Jamie Graham": the name after the owner
    toks = after_based(toks)  # "Seoul-based Hanul Daily", "Kenyan-born Ada Okoro": the name alone
    while toks and (
        toks[0][2].lower() in NOT_NAME_OR_ARTICLE
        or toks[0][2].lower() in PREPOSITIONS
        or leading_fragment(toks[0][2])
        or (toks[0][2][:1] == "I" and _CONTRACTED_I.fullmatch(toks[0][2], None, None, KEEP_GIL) is not None)
    ):
        toks = toks[1:]  # "Against Nadal, if you ...", "If Orvalle ...", "I'm Ada X": the name alone
    if not toks:
        return
    while toks and toks[-1][2].lower() in _DATE_WORDS and not _month_surname(toks):
        toks = toks[:-1]  # "... Region Tuesday.": the day the sentence closes with
    while toks and toks[-1][2].lower().rstrip(".") in _FIRM_ENDS:
        toks = toks[:-1]  # "Upjohn Co.", "Viacom Inc.": the name without its firm ending
    if not toks:
        return
    last_role = max((k for k, t in enumerate(toks[:-2]) if _role_word(t[2])), default=-1)
    if any(t[2].lower() in ORG_WORDS for t in toks[last_role + 1 :]):
        return  # "Senate Minority Whip X Y" is a name after its title; "Senate Bank" is none
    words = strip_titles(toks)
    lead = words[0][2].lower()
    if len(words) >= 3 and can_speak_head(lead) and not lead.endswith("s") and not is_first_name(lead):
        words = words[1:]  # "Economist Ana Ruiz", "Billionaire X Y": a role noun, not a given name
    surname = words[-1] if len(words) >= 2 and surname_slot([w[2] for w in words[:-1]]) else None
    if surname is not None and surname[2].lower() in TITLE_WORDS:
        words = words[:-1]  # "Harold King": a given name, then a title word as the surname
    else:
        surname = None
    inner = [k for k, w in enumerate(words) if w[2].lower() in TITLE_WORDS]
    if inner and len(words) - inner[-1] > 2:
        words = words[inner[-1] + 1 :]  # "Yellowhead MP Gord Fenwick": the name after the title
    if surname is not None:
        words = [*words, surname]
    if len(words) < 2 or len(words) > 5:
        return
    if words[-1][2] == "I" and not is_given_name(words[0][2]):
        return  # "So I said": the pronoun after a capitalised opener, no regnal number
    if any(w[2].lower() in TITLE_WORDS for w in words[: -1 if surname else None]) or name_blocked_by_place(
        [w[2] for w in words]
    ):
        return
    titles = frozenset(t[2].lower().rstrip(".") for t in toks[: len(toks) - len(words)])
    six = last_tokens(text, max(0, words[0][0] - 60), words[0][0], 6)
    # lower-case titles just before the run: "presidential spokesman Dino Patti Djalal"
    before = _this_sentence(_last_three(text, start, words[0][0], six))
    titles |= {t[2].lower() for t in before if t[2].islower()}
    titles |= titles_before(_this_sentence(six))
    name = text[words[0][0] : words[-1][1]]
    index.append(Name(words[0][0], words[-1][1], name, frozenset(w[2].lower() for w in words), titles))


def _last_three(
    text: str, start: int, name_start: int, six: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``last_tokens(text, max(0, start - 40), start, 3)``, taken from ``six`` (the last tokens of
    the 60 characters before the name) where the name opens the run, a space stands right before
    the third last of them inside those 40 characters (tokenising from either floor gives the same
    tokens after a space) and no "&" can join tokens: one tokenisation instead of two."""
    floor = max(0, start - 40)
    if (
        name_start == start
        and len(six) >= 3
        and six[-3][0] > floor
        and text[six[-3][0] - 1] in _SPACES
        and text.find("&", max(0, start - 60), start) < 0
    ):
        return six[-3:]
    return last_tokens(text, floor, start, 3)


_SPACES: Final = frozenset(" \t\n\x0b\x0c\r")
"""The spaces no token holds (``regex``'s ``\\s`` holds them too)."""


def _this_sentence(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens after the last end of a sentence among ``toks`` ("... the mayor said. | Tom X": the
    mayor is no title of X); a capitalised abbreviation ("Gov.") ends nothing."""
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k][2]
        if word[-1:] in "!?" or (len(word) > 1 and word.endswith(".") and word[:1].islower()):
            return toks[k + 1 :]
        if word in {".", '"', "”", "“"} or (word == "'" and k > 0 and toks[k - 1][2][-1:] in ".!?,"):
            return toks[k + 1 :]
    return toks


def _month_surname(toks: Sequence[tuple[int, int, str]]) -> bool:
    """Is the month closing a run a surname after a given name ("Rosalind May"), not a date?"""
    return (
        len(toks) >= 2
        and toks[-1][2].lower() in _MONTHS
        and toks[-1][2][1:].islower()
        and is_given_name(toks[-2][2])
    )


_MONTHS: Final = frozenset(w.lower() for w in MONTH_NAMES)
_CONTRACTED_I: Final = regex.compile(r"I['’](?:m|ve|d|ll)")


def person_name(name: str) -> str | None:
    """A name that opens with a given name, or with one role word before it ("Reeve Ravi X" ->
    "Ravi X"; not an adverb: "Certainly Saddam X"), else ``None``."""
    words = name.split()
    if is_given_name(words[0]):
        return name
    if (
        len(words) >= 3
        and is_given_name(words[1])
        and not is_adverb(words[0].lower())
        and not leading_fragment(words[0])
    ):
        return " ".join(words[1:])
    return None
