"""Context checks a pattern cannot express: is a number a year (not an identifier, a count or part
of a name such as "Security Council 1973"), is a capitalised month word the month, is "fall" the season.
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from diplotext.patterns import KEEP_GIL

from .blocks import LOWER_CASE_MONTH_ABBRS
from .context import Context, Match
from .yearlists import in_year_list

# Words before a number that make it an identifier, not a year.
_IDENTIFIER_WORDS: Final = lexicon.alternation("time", "words before an identifier number")
_NOT_YEAR_BEFORE: Final = regex.compile(
    rf"(?:\b(?:resolutions?|articles?|{_IDENTIFIER_WORDS})\s*\.?\s*"
    r"|[$£€¥#№+=×x*]\s*|\d[\s,.:/-]{1,2}|\bthe\s+top\s+)$",
    regex.IGNORECASE,
)


# Words before a number that make it a year whatever follows.
_YEAR_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a year')})\s*-?\s*$", regex.IGNORECASE
)


_COUNT_NOUNS: Final = regex.compile(
    r"^\s{0,3}(?:more\s+|other\s+|new\s+|additional\s+|extra\s+|of\s+)?"
    rf"(?:{lexicon.alternation('time', 'count nouns')}|%|[mb]illion|to\s+\d)\b",
    regex.IGNORECASE,
)


_MEASURE_AFTER: Final = regex.compile(
    rf"^\s{{0,3}}(?:{lexicon.alternation('time', 'measure units after a number')})\b", regex.IGNORECASE
)
"""A unit of measure after a number: "the 1200 megawatt dam" is no year, even after "the"."""


_NAME_BEFORE: Final = regex.compile(
    r"(?<![.!?]\s{0,3})(?<=\w\s{1,3}|\w[,.]?\s{1,3})\b(\p{Lu}[\p{L}.]*)\s{1,2}$"
)


_NOT_NAMES: Final = frozenset(
    [
        *MONTH_NAMES,
        *MONTH_ABBREVIATIONS,
        *WEEKDAY_NAMES,
        *("in", "since", "by", "until", "from", "during", "before", "after", "of", "and", "or"),
    ]
)


_NEXT_IS_NUMBER: Final = regex.compile(r"^\s{1,2}\d{2,}")


_MONTH_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a month')})\s*-?\s*$|^\s*$|[,(]\s*$",
    regex.IGNORECASE,
)


_FALL_OK_AFTER: Final = regex.compile(
    r"^(?:\s*[.,;:)!?\"”]|\s*$|\s+(?:of\s+(?:19|20)\d\d|\d{4}|and|or|when|as|semester|season|term)\b)"
)


_ID_BEFORE: Final = regex.compile(r"(?:resolution|article|no|number|\d[\s,.:/-]{1,2})\s*\.?\s*$", regex.I)
_PLURAL_AFTER: Final = regex.compile(r"\s{1,3}(?:([a-z]+)\s{1,3})?([a-z]+s|(?:wo)?men|people|children)\b")
_NOT_PLURAL: Final = lexicon.words("time", "not plurals after a number")
_NOT_BETWEEN: Final = lexicon.words("time", "not between a number and a plural")
_TIME_WORD_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'time words before a year and a plural')})\.?\s*-?\s*$",
    regex.IGNORECASE,
)
"""Before a number: a word of time that keeps it a year before a plural ("in 1500 ships sailed" is
rare; "in 1683 armies met" is not)."""


def _plural_after(after: str) -> bool:
    """Does a lower-case plural noun follow a number, next or one word on ("1500 men", "1300 route
    kilometres")? Not a verb or pronoun ending in s ("of 1700 was")."""
    m = _PLURAL_AFTER.match(after, None, None, KEEP_GIL)
    if m is None:
        return False
    first, plural = m.group(1), m.group(2)
    if first is not None and (first in _NOT_PLURAL or first in _NOT_BETWEEN or first.endswith(("ed", "ing"))):
        return False  # "of 1756 the borders", "of 1648 ended decades": a clause goes on
    return plural not in _NOT_PLURAL


_PERIOD_WORD_BEFORE: Final = regex.compile(
    r"\b(?:in|since|by|until|from|of|during|the|its|'s|’s)\s*$", regex.I
)


def _year_ok(ctx: Context, m: Match, start: int, end: int, year: int, *, paired: bool = False) -> bool:
    """Is the number ``text[start:end]`` the year ``year``? ``paired``: it opens a year range
    ("(1792-1797)"), which makes an early year as likely a year as a preposition would."""
    before = ctx.before(start, 24)
    after = ctx.after(end, 40)
    not_year = (
        _NOT_YEAR_BEFORE.search(before, None, None, KEEP_GIL) is not None
    )  # (searched once for both tests)
    if not_year and in_year_list(before, after, year):
        not_year = False  # "in 1994, 1995 and 1997": a year of a list, not a run of figures
    if not_year and not _YEAR_BEFORE.search(before[-12:], None, None, KEEP_GIL):
        return False
    if not_year and _ID_BEFORE.search(before, None, None, KEEP_GIL):
        return False
    if _NEXT_IS_NUMBER.match(after, None, None, KEEP_GIL):
        return False
    strong = paired or bool(_YEAR_BEFORE.search(before, None, None, KEEP_GIL))
    name = _NAME_BEFORE.search(before, None, None, KEEP_GIL)
    if name and not strong and name.group(1).lower() not in _NOT_NAMES:
        return False  # "Security Council 1973", "Orion 1980": part of a name
    if _COUNT_NOUNS.match(after, None, None, KEEP_GIL) and not _PERIOD_WORD_BEFORE.search(
        before, None, None, KEEP_GIL
    ):
        return False
    if before.endswith(("the ", "The ")) and _MEASURE_AFTER.match(after, None, None, KEEP_GIL):
        return False  # "the 1200 megawatt dam", "the 1800 tonnes of rice": a measure, even after "the"
    if year < 1800 and not strong:
        return False
    if (
        year < 1800
        and not paired
        and _plural_after(after)
        and not _TIME_WORD_BEFORE.search(before, None, None, KEEP_GIL)
    ):
        return False  # "an army of 1500 men", "for 1300 route kilometres": a count of a plural noun
    return ctx.anchor is None or year <= ctx.anchor.year + 60 or strong


# "a December report", "its November sales", "their January peak": a determiner before a month that
# qualifies a lower-case noun; "November's figure": a month's own possessive.
_DETERMINER_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'determiners before a month')})\s{{1,3}}$", regex.IGNORECASE
)
_NOUN_AFTER: Final = regex.compile(r"\s{1,3}\p{Ll}")
_TRIP_NOUN_AFTER: Final = regex.compile(
    rf"\s{{1,3}}(?:{lexicon.alternation('events', 'trip nouns')})\b", regex.IGNORECASE
)
"""A trip noun after a month ("his October visit"): the visits plugin reads that month itself
(``visits/months.py``); a time inside the noun phrase would split it."""
_VERB_AFTER_MONTH: Final = regex.compile(
    rf"\s{{1,3}}(?:{lexicon.alternation('time', 'verbs after a month opening a sentence')})\b"
)
_SENTENCE_START_BEFORE: Final = regex.compile(r"(?:[.!?][\"”’)]?\s{1,3}|[\"“]|^\s*)$")
_POSSESSIVE_AFTER: Final = regex.compile(r"['’]s\b")
_INTO_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a month ending its clause')})\s{{1,3}}$",
    regex.IGNORECASE,
)
_STOP_AFTER: Final = regex.compile(r"\s{0,3}(?:[.,;:!?)]|$)")


_BARE_ABBR_BEFORE: Final = regex.compile(
    rf"(?:\b(?:{lexicon.alternation('time', 'words before a short month without its period')})"
    rf"|\b(?:{'|'.join(lexicon.longest_first(LOWER_CASE_MONTH_ABBRS))})\.?\s{{1,3}}"
    r"(?:to|through|and|-|–))\s{1,3}$",
    regex.IGNORECASE,
)
"""Before a short month form with no period and no number after it: a preposition ("since Jan",
"by Dec"), or a short month and "to" ("from Oct to Dec"); after other words it is as often a name
("Peter and Jan,")."""
_DIGIT_AFTER: Final = regex.compile(r"\s{0,3}\d")
_MONTH_HAS_COME: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words saying a month has come')})\s{{1,3}}$", regex.IGNORECASE
)
"""Before a month: "it's already", "it is" ("can't believe it's already March")."""
_NAME_GOES_ON: Final = regex.compile(r"\s{1,3}(?:\p{Lu}|who\b)|['’]s\b")
"""After a month word, what makes it a name ("it's April Ryan's show", "it's June who decides")."""


def _month_ok(ctx: Context, start: int, word: str) -> bool:
    end = start + len(word)
    if word.lower() in LOWER_CASE_MONTH_ABBRS and not _DIGIT_AFTER.match(ctx.text, end, ctx.hi, KEEP_GIL):
        return _BARE_ABBR_BEFORE.search(ctx.before(start, 24), None, None, KEEP_GIL) is not None
    if _MONTH_BEFORE.search(ctx.before(start, 20), None, None, KEEP_GIL) or (
        word.endswith(".") and word[:1].isupper()
    ):
        return True
    if _POSSESSIVE_AFTER.match(ctx.text, end, ctx.hi, KEEP_GIL):
        return True
    if _MONTH_HAS_COME.search(ctx.before(start, 24), None, None, KEEP_GIL):
        return not _NAME_GOES_ON.match(ctx.text, end, ctx.hi, KEEP_GIL)  # "it's already March."
    if _STOP_AFTER.match(ctx.text, end, ctx.hi, KEEP_GIL) and _INTO_BEFORE.search(
        ctx.before(start, 12), None, None, KEEP_GIL
    ):
        return True  # "the war dragged into October." (not "ran into April Ryan")
    if _VERB_AFTER_MONTH.match(ctx.text, end, ctx.hi, KEEP_GIL) and _SENTENCE_START_BEFORE.search(
        ctx.before(start, 6), None, None, KEEP_GIL
    ):
        return True  # "December is traditionally quiet.", "July saw record crowds."
    return bool(
        _NOUN_AFTER.match(ctx.text, end, ctx.hi, KEEP_GIL)
        and _DETERMINER_BEFORE.search(ctx.before(start, 8), None, None, KEEP_GIL)
        and not _TRIP_NOUN_AFTER.match(ctx.text, end, ctx.hi, KEEP_GIL)
    )
