"""The building blocks of the candidate grammar (:mod:`.grammar`): month, weekday and ordinal words
with their numbers, and the regular-expression pieces the rules are made of (a month, a day number,
a year, a clock time, a modifier ...).

Every piece is bounded (short whitespace runs, fixed alternations), so the rules built from them
have no nested unbounded quantifier.
"""

from __future__ import annotations

import re
from typing import Final

from diplotext import lexicon
from diplotext.lexicon import MONTH_NAMES, WEEKDAY_NAMES

__all__ = [
    "HOLIDAY",
    "HOLIDAY_FIRST_WORDS",
    "HOLIDAY_RULES",
    "LOWER_CASE_MONTHS",
    "LOWER_CASE_MONTH_ABBRS",
    "MONTHS",
    "ORDINALS",
    "WEEKDAYS",
    "WEEKDAY_WORDS",
    "holiday_key",
    "weekday_number",
]

MONTHS: Final[dict[str, int]] = {name: n for n, name in enumerate(MONTH_NAMES, 1)} | {
    short: next(n for n, name in enumerate(MONTH_NAMES, 1) if name.startswith(short))
    for short in lexicon.entries("time", "month short forms")
}

WEEKDAYS: Final[dict[str, int]] = {name: n for n, name in enumerate(WEEKDAY_NAMES, 1)}

ORDINALS: Final[dict[str, int]] = {
    word: int(n) for word, n in lexicon.mapping("time", "ordinal words").items()
}

# --------------------------------------------------------------------------- building blocks

W = r"\s{1,6}"  # a short whitespace run (line breaks included: wire copy wraps mid-sentence)
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
LOWER_CASE_MONTHS: Final = lexicon.words("time", "month names in lower case")
"""Full month names that count in lower case too (informal text: "in september", "on june 5"); not
"may", "march", "august", which are as often other words."""
_MONTH_ANY_CASE = "|".join(
    f"[{m[0]}{m[0].lower()}]{m[1:]}" if m.lower() in LOWER_CASE_MONTHS else m for m in _MONTH_FULL.split("|")
)
"""The full month names, with a lower-case first letter where :data:`LOWER_CASE_MONTHS` allows it."""
_MONTH_CAPS = _MONTH_FULL.upper()
_MONTH_ABBR_CAPS = _MONTH_ABBR.upper()
# Months are case-sensitive ("may" the verb); abbreviations need their period, or a day number next;
# in capitals ("MARCH 14, 2013", a date line) a month needs a number next.
_LOWER_ABBR_DAY = (
    rf"(?:{_MONTH_ABBR.lower()})\b\.?"
    r"(?=\s{1,3}(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![-‐:/.,]?\d|\s{0,3}%))"
)
"""A month's short form in lower case right before a day number (informal text: "on dec 25",
"jan 1st", "sept. 12"); not before a figure, a clock time or a year."""
_PRONOUN_AFTER_MONTH = lexicon.alternation("time", "subject pronouns after a short month")
_BARE_ABBR = (
    rf"(?:{_MONTH_ABBR})\b(?=[ \t]{{0,3}}(?:[,;!?)\n]|$)"
    rf"|[ \t]{{0,3}}(?:(?<=\s)(?:to|through|and)\s|[-–])[ \t]{{0,3}}(?:{_MONTH_ABBR}|{_MONTH_FULL})\b"
    rf"|[ \t]{{1,3}}(?:{_PRONOUN_AFTER_MONTH})\b)"
)
"""A month's short form with a capital but no period, ending its clause or before a second month
(informal text: "training since Jan", "home in Dec!", "from Oct to Dec"); :func:`.checks._month_ok`
asks for a preposition before it."""
LOWER_CASE_MONTH_ABBRS: Final = frozenset(_MONTH_ABBR.lower().split("|"))
"""The short forms :data:`MONTH` takes in lower case too, before a day number."""
MONTH = (
    rf"(?-i:(?:{_MONTH_ANY_CASE})\b|(?:{_MONTH_ABBR})\.|(?:{_MONTH_ABBR})\b(?=\s{{0,3}}\d)|{_LOWER_ABBR_DAY}"
    rf"|{_BARE_ABBR})"
)
MONTH_DATE = (
    rf"(?-i:(?:{_MONTH_ANY_CASE})\b|(?:{_MONTH_ABBR})\.|(?:{_MONTH_ABBR})\b(?=\s{{0,3}}\d)|{_LOWER_ABBR_DAY}"
    rf"|(?:{_MONTH_CAPS}|{_MONTH_ABBR_CAPS})\b\.?(?=,?\s{{0,3}}\d))"
)
"""A month before a day or a year, which may also be in capitals."""
MONTH_AFTER_DAY = rf"(?-i:(?:{_MONTH_ANY_CASE}|{_MONTH_CAPS})\b|(?:{_MONTH_ABBR}|{_MONTH_ABBR_CAPS})\b\.?)"
"""A month after a day number: an abbreviation needs no period there ("26 Jan", "30 OCT")."""
WEEKDAY = (
    r"(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
WEEKDAY_ZONE_NEXT = (
    rf"\s{{1,3}}{WEEKDAY}(?:\s{{1,3}}(?:morning|afternoon|evening|night)\b)?,?\s{{0,3}}(?:GMT|UTC)\b"
)
"""After four digits of a clock time: its weekday and the zone ("struck at 9:15 on Sunday (1915
Saturday, UTC)"); the digits are no year."""
"""A weekday name, in any case ("Monday", "monday", "MONDAY"; the usual spelling is tried first,
without case folding, which is faster)."""
_SHORT_WEEKDAYS = lexicon.longest_first(lexicon.mapping("time", "weekday abbreviations"))
_CLEAR_SHORT_WEEKDAYS = [
    w for w in _SHORT_WEEKDAYS if w not in lexicon.words("time", "ambiguous weekday abbreviations")
]
_SHORT_PERIOD = r"(?:\.(?!\s*(?:$|(?-i:[A-Z\"“]))))?"  # "Fri., Oct. 5", but not a sentence's period
WEEKDAY_ANY = rf"(?:{WEEKDAY}|(?:{'|'.join(_SHORT_WEEKDAYS)})\b{_SHORT_PERIOD})"
"""A weekday name or its short form ("Fri", "Thurs.", "sat"); the rules check a short form's context."""
WEEKDAY_CLEAR = rf"(?:{WEEKDAY}|(?:{'|'.join(_CLEAR_SHORT_WEEKDAYS)})\b{_SHORT_PERIOD})"
"""A weekday name or a short form that is no English word ("Fri", not "Sun": "the midnight sun")."""
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
DAY_ORDINALS: Final[dict[str, int]] = {
    word: int(n) for word, n in lexicon.mapping("time", "day ordinal words").items()
}
_DAY_WORDS = lexicon.alternation("time", "day ordinal words").replace("-", "[-\\s]")
_NOT_DAY_NEXT = lexicon.alternation("time", "words after an ordinal that is no day")
DAY_WORD = rf"(?:{_DAY_WORDS})\b(?![-‐]|\s{{1,3}}(?:{_NOT_DAY_NEXT})\b)"
"""A day of the month in words: "eighth", "twenty-first" (not "the March second round")."""
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d|\s{0,3}(?-i:GMT|UTC)\b)"
"""A year from 1000 to 2099 (not a clock time: "2000 GMT")."""
_UNIT_WORDS = (
    r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)"
    r"|millenni(?:um|a)"
)
UNIT = rf"(?:{_UNIT_WORDS})\b"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_NUMWORD_SIMPLE = rf"(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|{_ONES}"
_TIMES_HUNDRED = rf"\s+(?:hundred\s+thousand|hundred|thousand)(?:\s+and\s+(?:{_NUMWORD_SIMPLE}))?"
NUMWORD = rf"(?:(?:{_NUMWORD_SIMPLE})(?:{_TIMES_HUNDRED})?|a{_TIMES_HUNDRED}|hundred)\b"
"""A number in words: "two", "twenty-one", "a hundred", "two thousand", "a hundred and fifty"."""
NUMDIGIT = r"(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,4})(?:\s1/2|\.5)?(?![\d,.:/]\d)"
VAGUE = (
    r"(?:a\s+few|few|several|some|many|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of"
    r"|(?:hundreds|thousands)\s+of(?=\s{1,3}[a-z]+s\b)|(?:a\s+few|several)\s+(?:hundred|thousand)"
    r"|a\s+number\s+of)\b"
)
NUM = rf"(?:{NUMDIGIT}|{NUMWORD}|an?\b)"
SEASON = r"(?:spring|summer|autumn|winter|fall)\b"
TZ = r"(?-i:[A-Z]{2,4}T|[ECMP]T|GMT|UTC|Z)\b"
"""A time zone after a clock time, with or without a space ("9 p.m. EST", "07:35GMT", "5:40 p.m. ET")."""
UNIT_ABBR = r"(?:hrs?|mins?|secs?|wks?|yrs?)\b"
"""Units written short, right after a number ("1hr", "2 hrs", "45mins", "3 wks", "10 yrs")."""
ERA = r"(?-i:BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE|C\.E\.)"
"""An era after a year ("76 BC", "AD 800", "264 B.C.")."""
CLOCK = (
    r"(?:(?:1[0-2]|0?[1-9])(?:[:.]?[0-5]\d)?\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?:[01]\d|2[0-3]):[0-5]\d(?:\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b))?(?![\d:]|\s{1,3}(?:in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)|at\s{1,3}night))"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s{0,3}(?-i:GMT|UTC|Z|[A-Z]{2,4}T)\b|\s?hrs\b|\s{1,3}local\s{1,3}time\b"
    rf"|{WEEKDAY_ZONE_NEXT})"
    r"|[1-9]:[0-5]\d(?=\s{0,3}(?-i:GMT|UTC|[A-Z]{2,4}T)\b|\s{1,3}local\s{1,3}time\b)"
    r"|noon\b|midnight\b|midday\b)"
)
"""A clock time: "9 p.m.", "10:35 a.m.", "1030am", "21:00", "0735 GMT" (four digits need a zone or
"local time"), "9:30 GMT"
or "9:30 local time" (one digit before the colon needs a zone or "local time"), "noon"
(not "10:30" before "in the evening": that is :data:`CLOCK_POD`'s)."""
CLOCK_HOURS = r"(?:[01]\d|2[0-3])[0-5]\d\s{1,2}hours\b"
"""Four digits and "hours" ("at 2200 hours"): the clock rules' only, and a start there only after "at",
"by", "until" ... (see the dispatch key of four digits)."""
O_CLOCK = (
    r"(?:1[0-2]|0?[1-9])\s{1,2}(?-i:o)['’]\s?clock\b"
    r"(?:\s{1,3}(?:in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)|at\s{1,3}night)\b)?"
)
"""A clock time in "o'clock": "10 o'clock", "4 o'clock in the morning" (not "the 6 O'clock News"; the
clock rule's only)."""
CLOCK_BARE = r"(?:1[0-2]|[1-9])[:.][0-5]\d(?![\d:])"
"""A clock time with no "a.m."/"p.m." nor a leading zero ("8:15"): the clock-day rule's only, and only
before a weekday and its part of the day ("at 8:15 on Wednesday evening")."""
HOUR_BARE = r"(?:1[0-2]|[1-9])(?![\d:.,])"
"""An hour alone ("at 8 tonight", "at 6 this morning"): the clock-day rule's only, after "at" and before
"tonight", "this morning", "tomorrow night" or a weekday and its part of the day."""
CLOCK_POD = (
    r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s{1,3}"
    r"(?:in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)|at\s{1,3}night)\b"
)
"""A clock time with its part of the day: "4 in the morning", "10:30 at night" (the clock rule's only)."""
_CLOCK_HOUR = rf"(?:(?:1[0-2]|[1-9])(?!\d|[:.]\d)|(?:ten|eleven|twelve|{_ONES}|noon|midday|midnight)\b)"
"""The hour of a clock time said in words ("half past six", "a quarter to 11", "ten past noon")."""

CLOCK_IN_WORDS = (
    r"(?:(?P<approx>around|about|approximately)\s+)?"
    r"(?P<cwmin>(?:a\s+)?quarter(?=\s+(?P<cwdir>past|to|before|after)\b)|half(?=\s+(?P<cwdir>past)\b)"
    r"|(?:[1-5]?\d|twenty(?:[-\s]five)?|ten|five)(?=\s+(?P<cwdir>past)\b)"
    r"|(?:[1-5]?\d|twenty(?:[-\s]five)?|ten|five|one)\s+minutes?(?=\s+(?P<cwdir>past|to|before|after)\b))"
    rf"\s+(?:past|to|before|after)\s+(?P<cwhour>{_CLOCK_HOUR})"
    r"(?:\s{0,2}(?P<cwampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|\s{1,2}o['’]clock\b)?"
    r"(?:\s{1,3}(?P<cwpod>in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)|at\s{1,3}night)\b)?"
    rf"(?:(?:,?\s+on)?{W}(?P<cwweekday>{WEEKDAY_CLEAR})(?:{W}(?P<cwpod>morning|afternoon|evening|night)\b)?"
    r"|\s+(?P<cwdeictic>(?:today|tomorrow|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|tonight)\b)?"
    r"(?!\s{0,2}(?:%|percent|per\b|[-–]|\d|(?:years?|months?|weeks?|days?|hours?|minutes?|times|of"
    r"|[a-z]+illion|thousand|hundred)\b))"
)
"""A clock time said in words: "half past six", "a quarter to nine", "ten past seven", "20 minutes past
noon", "a quarter before 11 a.m. on Thursday" (a count of minutes without "minutes" only before
"past"; no number, unit, "of" or dash after the hour)."""
MOD_PRE = (
    r"(?P<premod>(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:-|\s{1,3})|mid(?=(?:week|month|year)\b)"
    r"|(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?"
    r"|(?:the\s+)?(?:first|second|latter|last|early|later)\s+(?:half|part)\s+of\s+(?:the\s+)?)?"
)
DUR_MOD = rf"(?P<dmod>{lexicon.alternation('time', 'duration modifier values')})"


def _weekday_words() -> dict[str, tuple[int, bool]]:
    words = {w: (n, False) for w, n in WEEKDAYS.items()}
    for w, n in lexicon.mapping("time", "weekday abbreviations").items():
        words[w] = (int(n), True)
    return words


WEEKDAY_WORDS: Final[dict[str, tuple[int, bool]]] = _weekday_words()
"""Every weekday word, lower case and without its period: its ISO number and whether it is a short
form ("fri" -> ``(5, True)``)."""


def weekday_number(word: str) -> int | None:
    """The ISO number of a weekday name or short form ("Friday", "fri", "Thurs." -> 5, 4), else ``None``."""
    got = WEEKDAY_WORDS.get(word.lower().rstrip("."))
    return None if got is None else got[0]


def holiday_key(name: str) -> str:
    """A holiday name as looked up: lower case, no apostrophes ("Valentines Day" is "Valentine's
    Day"), no periods, single spaces."""
    return " ".join(name.lower().replace("’", "").replace("'", "").replace(".", "").split())


HOLIDAY_RULES: Final[dict[str, str]] = {
    holiday_key(name): rule for name, rule in lexicon.rows("time", "holidays")
}
_HOLIDAY_NAMES: Final = lexicon.longest_first(name for name, _ in lexicon.rows("time", "holidays"))

_HOLIDAY_WRITTEN: Final = lexicon.longest_first(
    [*_HOLIDAY_NAMES, *lexicon.entries("time", "holidays in lower case")]
)
HOLIDAY: Final = "|".join(
    re.escape(name).replace("\\.", r"\.?").replace("'", "['’]?").replace("\\ ", r"\s+")
    for name in _HOLIDAY_WRITTEN
)
"""The holiday names as one case-sensitive alternation, longest first, with the lexicon's lower-case
forms; an apostrophe may be left out ("New Years Eve")."""
HOLIDAY_FIRST_WORDS: Final = frozenset(
    w
    for name in _HOLIDAY_NAMES
    for first in [name.lower().replace(".", "").replace("’", "'").split()[0]]
    for w in (first.split("'")[0], first.replace("'", ""))
)
"""The lower-case words a holiday name starts with ("valentine" of "Valentine's Day")."""
