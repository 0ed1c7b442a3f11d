"""Newspapers and programmes named with a time word: "the Sunday Times", "the Mail on Sunday",
"Radio 4's Today programme", "USA Today", "China Daily", "the Haaretz daily said". None is a date.

Each check reads a few words around a weekday, ``Today`` or ``daily`` that a rule has matched; the
word lists are the lexicon's (``time``: ``press nouns after a weekday``, ``press names before on
Sunday``, ``programme nouns after Today``, ``press adjectives before daily``, ``words after a press
daily``).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.asciitwin import ascii_twin

__all__ = ["is_daily_paper", "is_today_title", "is_weekday_title"]

_NEXT_WORD: Final = regex.compile(r"[ \t]{1,2}([A-Z][\w-]*)")
_ON_SUNDAY_BEFORE: Final = regex.compile(r"\b[Tt]he\s{1,2}([A-Z][a-z]+)\s{1,2}on\s{1,2}$")
_TODAY_BEFORE: Final = regex.compile(r"(?:\b[A-Z]{2,5}|['’]s)\s{1,2}$")
_TODAY_NEXT: Final = regex.compile(r"\s{1,2}([a-z]+)\b")
_DAILY_NEXT: Final = regex.compile(r"\s{0,2}(?:([a-z]+)\b|[.;:)\"”]|,(?!\s{0,2}\d)|$)")
_WORD_BEFORE: Final = regex.compile(r"([\w'’-]+)\s{1,2}$")
_WORD_BEFORE_ASCII: Final = ascii_twin(_WORD_BEFORE)
"""``_WORD_BEFORE`` for ASCII text: its search tries every start of the window, which ``re`` does in
half the instructions of ``regex``."""
_DETERMINERS: Final = lexicon.words("grammar", "determiners") | lexicon.words("grammar", "possessives")
_PRESS_NOUNS: Final = lexicon.words("time", "press nouns after a weekday")
_NAMES_BEFORE: Final = frozenset(lexicon.entries("time", "names before a weekday"))
"""Capitalised words that make a weekday after them part of a name ("Sheffield Wednesday")."""


def is_weekday_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a capitalised weekday, names a newspaper ("the Sunday Times", "the Mail on
    Sunday") or is part of another name ("Sheffield Wednesday", "Bloody Sunday")."""
    if text[start - 2 : start - 1].islower() and text[start - 1 : start] == " ":  # (a cheap test first)
        before = (_WORD_BEFORE_ASCII if text.isascii() else _WORD_BEFORE).search(
            text, max(0, start - 16), start
        )
        if before is not None and before.group(1) in _NAMES_BEFORE:
            return True
    if text[end + 1 : end + 2].isupper():  # (a cheap test first)
        nxt = _NEXT_WORD.match(text, end)
        if nxt is not None and nxt.group(1).lower() in _PRESS_NOUNS and text[start].isupper():
            return True
    if text[start - 3 : start] != "on " or text[start:end] != "Sunday":
        return False
    before = _ON_SUNDAY_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in lexicon.words(
        "time", "press names before on Sunday"
    )


def is_today_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, ``Today`` with a capital inside a sentence, names a programme or a paper:
    "Radio 4's Today programme", "NBC's Today", "USA Today", "VOA Today"."""
    if text[start:end] != "Today" or start == 0:
        return False
    nxt = _TODAY_NEXT.match(text, end)
    if nxt is not None and nxt.group(1) in lexicon.words("time", "programme nouns after Today"):
        return True
    return _TODAY_BEFORE.search(text, max(0, start - 12), start) is not None


def is_daily_paper(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, ``daily`` or ``Daily``, is a newspaper: "China Daily", "the Daily Mail",
    "the Haaretz daily said", "told the daily.", "the financial daily reported"; not the adverb or
    the adjective ("meets daily.", "the daily routine", "on a daily basis")."""
    word = text[start:end]
    if word in ("Daily", "Weekly"):  # a capital inside a sentence: a name
        before = text[max(0, start - 3) : start].rstrip()
        return bool(before) and before[-1] not in '.!?"“'
    if word not in ("daily", "weekly"):
        return False
    nxt = _DAILY_NEXT.match(text, end)
    if nxt is None:
        return False
    if nxt.group(1) is not None and nxt.group(1) not in lexicon.words("time", "words after a press daily"):
        return False  # "the daily routine": the adjective
    return _after_determiner(text, start)


def _after_determiner(text: str, start: int) -> bool:
    """A determiner stands before ``start``, with at most three names or press adjectives between
    ("the Yediot Aharonot", "the leading economic")."""
    pos = start
    for _ in range(4):
        w = (_WORD_BEFORE_ASCII if text.isascii() else _WORD_BEFORE).search(text, max(0, pos - 40), pos)
        if w is None:
            return False
        word = w.group(1)
        if word.lower() in _DETERMINERS or word.endswith(("'s", "’s")):
            return True
        if not (word[0].isupper() or word.lower() in lexicon.words("time", "press adjectives before daily")):
            return False
        pos = w.start()
    return False
