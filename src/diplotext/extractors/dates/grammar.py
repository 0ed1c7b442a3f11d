"""The candidate grammar: one compiled ``regex`` pattern whose named alternatives are the rules.

Every alternative is a bounded sequence of lexicon words, numbers and short whitespace runs, with no
nested unbounded quantifier, so a scan is linear in the length of the text. Each rule is an outer
named group ``r_<name>``; inner groups (``month``, ``day``, ``year``, ``num``, ``unit`` ...) may repeat
across rules (the ``regex`` module allows duplicate names in different branches).

Which alternative wins at a position is decided by their order (leftmost, then first listed), so the
longer compound forms come before their parts. Context checks that a pattern cannot express cheaply
(is this four-digit number a year? is "May" a month here?) are left to the interpreter.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from .values import NUMBER_WORDS, trie

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "RULES",
    "WEEKDAYS",
]

MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "final": 4,
    "last": 4,
}

# --------------------------------------------------------------------------- building blocks

W = r"\s{1,6}"  # a short whitespace run (line breaks included: wire copy wraps mid-sentence)
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Months are case-sensitive ("may" the verb); abbreviations need their period, or a day number next.
MONTH = rf"(?-i:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\.|(?:{_MONTH_ABBR})\b(?=\s{{0,3}}\d))"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d)"
YEAR2 = r"(?:'|’)\d\d(?!\w)"
_UNIT_WORDS = (
    r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)"
    r"|millenni(?:um|a)"
)
UNIT = rf"(?:{_UNIT_WORDS})\b"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
NUMWORD = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS}|{_ONES}|a\s+hundred|hundred)\b"
NUMDIGIT = r"(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,4})(?:\s1/2|\.5)?(?![\d,.:/]\d)"
VAGUE = (
    r"(?:a\s+few|few|several|some|many|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of"
    r"|hundreds\s+of|a\s+number\s+of)\b"
)
NUM = rf"(?:{NUMDIGIT}|{NUMWORD}|an?\b)"
SEASON = r"(?:spring|summer|autumn|winter|fall)\b"
POD = r"(?:morning|afternoon|evening|night|overnight)\b"
TZ = r"(?-i:[A-Z]{2,4}T|GMT|UTC)\b"
CLOCK = (
    r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?:[01]\d|2[0-3]):[0-5]\d(?:\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b))?(?![\d:])"
    r"|noon\b|midnight\b|midday\b)"
)
MOD_PRE = (
    r"(?P<premod>(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:-|\s{1,3})"
    r"|(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?"
    r"|(?:the\s+)?(?:first|second|latter|early|later)\s+(?:half|part)\s+of\s+(?:the\s+)?)?"
)
DUR_MOD = (
    r"(?P<dmod>more\s+than|longer\s+than|less\s+than|fewer\s+than|under|nearly|almost|about|around"
    r"|some|roughly|approximately|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|just\s+over|just\s+under|well\s+over)"
)

# --------------------------------------------------------------------------- rules, in priority order

RULES: Final[list[tuple[str, str]]] = [
    # "September 12, 2011 09:00 pm", "Sept. 12, 2011, at 9 p.m."
    (
        "date_clock",
        rf"(?P<month>{MONTH}){W}(?P<day>{DAY}),?{W}(?:(?P<year>{YEAR}),?\s{{1,3}})?(?:at\s+)?(?P<clock>{CLOCK})"
        rf"(?:\s{{1,3}}(?P<tz>{TZ}))?",
    ),
    # "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday"
    (
        "clock_day",
        rf"(?:(?P<approx>around|about|approximately)\s+)?(?P<clock>{CLOCK})(?:\s{{1,3}}(?P<tz>{TZ}))?,?"
        rf"(?:\s+(?:on|local\s+time))?{W}(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH}){W}(?P<day>{DAY})"
        r"|(?P<deictic>today|tomorrow|yesterday|tonight))",
    ),
    # "Wednesday at 10 p.m."
    (
        "day_clock",
        rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?,?\s+(?:at\s+)?"
        rf"(?P<clock>{CLOCK})(?:\s{{1,3}}(?P<tz>{TZ}))?",
    ),
    ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])"),
    (
        "numeric",
        r"(?<![\d/.])(?P<a>[01]?\d|2\d|3[01])/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])",
    ),
    # "Nov. 18-19", "from Dec. 4 to 15" (two dates), with an optional year
    (
        "md_range",
        rf"(?P<month>{MONTH}){W}(?P<day>{DAY})(?P<sep>\s{{0,2}}[-–]\s{{0,2}}|\s+(?:to|and|through|until|till|or)\s+)"
        rf"(?P<day2>{DAY})(?!\s{{0,3}}(?:[-–]|{_UNIT_WORDS}|%|percent|per\b|people))(?:,?{W}(?P<year>{YEAR}))?",
    ),
    # "3-4 November 2011", "3 and 4 November"
    (
        "dm_range",
        rf"(?P<day>{DAY})(?P<sep>\s{{0,2}}[-–]\s{{0,2}}|\s+(?:to|and)\s+)(?P<day2>{DAY}){W}(?:of{W})?(?P<month>{MONTH})"
        rf"(?:,?{W}(?P<year>{YEAR}))?",
    ),
    # "12 April 2012", "12th of April", "12 April"
    ("dmy", rf"(?P<day>{DAY}){W}(?:of{W})?(?P<month>{MONTH})(?:,?{W}(?P<year>{YEAR}))?"),
    # "Sept. 12, 2011", "April 12"; "the 12th of April"
    ("mdy", rf"(?P<month>{MONTH}){W}(?P<day>{DAY})(?:,?{W}(?P<year>{YEAR}))?"),
    # "from Jan. to Oct. this year", "January to March 2005": two months of one year
    (
        "month_range",
        rf"(?P<month>{MONTH}){W}(?:to|through|until|till|and|[-–]){W}(?P<month2>{MONTH})"
        rf"(?:,?{W}(?:of{W})?(?:(?P<year>{YEAR})|(?P<ryear>(?P<rel>last|this|next){W}year)\b))?",
    ),
    # "January this year" (the month, with its year from the phrase that follows)
    ("month_rel_year", rf"(?P<month>{MONTH}){W}(?:of{W})?(?P<ryear>(?P<rel>last|this|next){W}year)\b"),
    # "mid-2005", "early 1990", "the end of 1994", "late November", "November 2006", "the summer of 1998"
    (
        "month_year",
        rf"{MOD_PRE}(?P<month>{MONTH}),?{W}(?:of{W})?(?P<year>{YEAR})",
    ),
    # "the 1990s", "the late 1990s", "the '80s", "the nineties", "1980s"
    (
        "decade",
        rf"{MOD_PRE}(?:the{W})?{MOD_PRE}(?:(?P<dec>(?:1[0-9]|20)\d0)(?:'s|’s|s)\b|(?P<dec2>(?:'|’)\d0)s\b"
        r"|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)",
    ),
    # "the 21st century", "the twentieth century"
    (
        "century",
        rf"{MOD_PRE}(?:the{W})?{MOD_PRE}(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|(?:twenty-first|twentieth|nineteenth"
        r"|eighteenth|seventeenth|sixteenth|fifteenth))[-\s]century\b",
    ),
    # fiscal years: "fiscal 1989", "fiscal year 2005", "FY2005", "fiscal 2005-06"
    (
        "fiscal",
        rf"(?:(?:the{W})?fiscal(?:{W}year)?|FY)(?:{W})?(?P<year>{YEAR}|(?:'|’)?\d\d(?=\b))(?:[-–/]\d\d(?:\d\d)?)?",
    ),
    # "the third quarter of 1990", "third-quarter", "the fiscal first quarter", "Q3 2005"
    (
        "quarter",
        rf"(?:the{W}|this{W}year(?:'s|’s){W}|last{W}year(?:'s|’s){W}|next{W}year(?:'s|’s){W})?"
        rf"(?:fiscal[-\s]{{1,3}})?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s]{{1,3}}"
        rf"(?:fiscal[-\s]{{1,3}})?(?:(?P<q>quarter)|(?P<h>half))\b(?!\s+(?:century|of\s+the\s+(?:century|game|match)))"
        rf"(?:{W}of{W}(?:(?P<year>{YEAR})|(?P<ryear>(?P<rel>last|this|next){W}year)|(?:the{W})?fiscal{W}(?P<year>{YEAR})))?",
    ),
    (
        "year_quarter",
        rf"(?:the{W})?(?P<year>{YEAR}){W}(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th){W})?(?:fiscal{W})?"
        r"(?P<what>quarter|period|half|first\s+half|second\s+half)\b",
    ),
    ("quarter_q", rf"(?-i:Q(?P<qnum>[1-4])|H(?P<hnum>[12]))(?:{W}(?P<year>{YEAR}))?\b"),
    # "the summer of 1998", "summer 2005", "last fall", "this spring"
    (
        "season",
        rf"{MOD_PRE}(?:(?P<rel>last|next|this|coming|past|this\s+past|this\s+coming|the|that){W})(?P<season>{SEASON})"
        rf"(?:{W}of{W}(?P<year>{YEAR})|(?!\s+of\b))",
    ),
    ("season_year", rf"{MOD_PRE}(?P<season>{SEASON}){W}(?:of{W})?(?P<year>{YEAR})"),
    # narrative mode only: "two days later", "a year afterwards", "three weeks earlier" (the story's time)
    (
        "story_later",
        rf"(?P<num>{NUM}){W}(?P<unit>{UNIT}){W}(?P<dir>later|afterwards?|thereafter|earlier)\b",
    ),
    # "N years ago", "more than 1,300 years ago", "a year earlier"
    (
        "ago",
        rf"(?:{DUR_MOD}{W})?(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))(?:{W}(?:or|and){W}so)?{W}(?P<unit>{UNIT})"
        rf"(?:{W}or{W}so)?{W}(?P<dir>ago\b|(?:earlier|before|previously|prior)\b"
        rf"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|I)\b))",
    ),
    # "the past 13 years", "the next two weeks", "the first nine months", "more than four years", "six years"
    (
        "duration",
        rf"(?:{DUR_MOD}{W})?(?:(?P<span>the(?:{W}(?:past|last|next|previous|following|coming|first|final|latest|remaining))?"
        r"|past|last|next|previous|following|coming|first|final|latest|remaining)"
        rf"{W})?"
        rf"(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))(?:{W}(?P<more>more|additional|straight|consecutive|full|whole))?"
        rf"{W}(?P<unit>{UNIT})(?P<old>[-\s]old\b|\s+of\s+age\b)?",
    ),
    # "three-day", "two-year", "10-year", "16-hour", "52-week"
    (
        "duration_adj",
        rf"(?P<num>{NUMWORD}|\d{{1,3}}(?:\.5)?|half|a)[-‐](?P<unit>second|minute|hour|day|week|month|year|decade|century)"
        r"(?P<old>-old|s?-long\b|(?:\s+|-)olds?\b)?(?!-(?:old|olds)\b)\b",
    ),
    (
        "duration_long",
        r"(?P<unit>day|week|month|year|decade|centur(?:y|ies)|years|decades|months)[-‐]?long\b",
    ),
    # "for years", "in recent months", "for decades"
    (
        "bare_plural",
        r"(?<=\b(?:for|in|over|within)\s{1,3})(?P<unit>years|months|weeks|decades|centuries)\b",
    ),
    # SET: "every year", "each Thursday", "annually", "twice a year", "every two weeks"
    (
        "set",
        rf"(?:(?P<freq>once|twice|three\s+times|four\s+times|(?:\d{{1,2}}|several|many)\s+times){W}(?:a|an|per|every|each){W}"
        rf"(?P<unit>year|month|week|day|hour|decade|quarter)\b"
        rf"|(?:every|each)(?:{W}(?P<other>other))?(?:{W}(?P<num>{NUM}))?{W}(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY})s?|(?P<month>{MONTH})"
        rf"|(?P<season>{SEASON})|(?P<pod>morning|afternoon|evening|night)\b)"
        r"|(?P<adv>annually|yearly|monthly|weekly|daily|hourly|quarterly|biannually|biennially|semiannually|nightly)\b)",
    ),
    # narrative mode only: "that night", "the next morning", "the day before" (the story's day)
    (
        "story_day",
        rf"(?P<rel>that|the{W}(?:next|following|previous|same)){W}(?P<pod>morning|afternoon|evening|night)\b"
        rf"|the{W}day{W}(?P<dir>before|after)(?=\s{{0,3}}(?:[,.;:)]|$))",
    ),
    # "yesterday morning", "this morning", "last night", "tonight", "today"
    (
        "deictic",
        rf"(?:(?P<pmod>early|late|earlier|later){W})?(?P<deictic>the{W}day{W}(?:before{W}yesterday|after{W}tomorrow)"
        r"|today|tomorrow|yesterday|tonight|overnight)\b"
        rf"(?:{W}(?P<pod>morning|afternoon|evening|night)\b)?",
    ),
    (
        "this_pod",
        rf"(?:(?P<pmod>early|late|earlier|later){W})?(?P<rel>this|last|tomorrow|yesterday){W}(?P<pod>morning|afternoon|evening|night)\b",
    ),
    # "early Monday", "Monday morning", "last Friday", "next Tuesday"
    (
        "weekday",
        rf"(?:(?P<pmod>early|late|earlier|later|(?:the\s+)?(?:previous|following))\s{{1,3}})?"
        rf"(?:(?P<rel>last|next|this|coming|this\s+coming|this\s+past|past){W})?(?P<weekday>{WEEKDAY})"
        rf"(?:(?=['’]s\b)|(?P<plural>s)\b)?(?:{W}(?P<pod>morning|afternoon|evening|night)\b)?",
    ),
    # "early next year", "earlier this month", "the end of the year", "last week", "the previous year"
    (
        "relative",
        rf"(?:(?P<pmod>early|late|earlier|later)(?:{W}in)?{W}|{MOD_PRE})(?P<rel2>(?:the{W})?(?:last|next|this|coming|past|previous|following|current|same|that|this\s+past|this\s+coming|preceding|year-ago|year-earlier|prior))?"
        rf"(?:{W})?(?(rel2)|(?(premod)|(?(pmod)|(?!))))(?:the{W})?(?P<cunit>year|month|week|weekend|quarter|decade|century|fiscal\s+year|day|fortnight)\b(?!-)",
    ),
    # financial reports: "the latest quarter", "the year-ago period", "year-earlier" profit
    (
        "fin_period",
        rf"(?:the|its){W}(?P<padj>(?:latest|most\s+recent|comparable|corresponding|same|year-ago|year-earlier)"
        rf"(?:{W}(?:year-ago|year-earlier|fiscal))?{W})?(?P<what>period|quarter)\b(?!-)",
    ),
    ("year_ago_adj", r"(?P<adj>year-ago|year-earlier)\b(?!\s+(?:quarter|period)\b)"),
    (
        "relative_plain",
        rf"(?P<rel2>(?:the{W})?(?:last|next|this|coming|past|previous|following|current|same|that|this\s+past|this\s+coming|preceding|year-ago|year-earlier|prior))"
        rf"{W}(?P<cunit>year|month|week|weekend|quarter|decade|century|fiscal\s+year|fortnight|day)\b(?!-|\s+(?:or|and)\s+(?:two|so))",
    ),
    ("fiscal_year", rf"the{W}(?:(?:full|latest|current){W})?fiscal{W}year\b(?![-‐])"),
    ("the_weekend", r"(?P<the>the|this|last|next)\s{1,3}weekend\b"),
    # "last November", "this September", "next May"
    ("rel_month", rf"(?P<rel>last|next|this|coming|this\s+past|this\s+coming){W}(?P<month>{MONTH})(?!{W}\d)"),
    # "mid-November", "early December", "the end of November", a bare "November"/"Jan."
    ("month", rf"{MOD_PRE}(?P<month>{MONTH})"),
    # years and year ranges: "2006", "2006-2010", "mid-2005", "the end of 1990", "1994 or later"
    (
        "year",
        rf"{MOD_PRE}(?:(?P<yearword>the\s+year|year){W}(?:of{W})?)?(?P<year>{YEAR})(?P<range>\s{{0,2}}[-–]\s{{0,2}}(?P<year2>{YEAR}|\d\d(?!\d)))?"
        r"(?!\s{0,2}(?:%|-[a-z]|percent|per\s+cent|[.,:]\d))",
    ),
    (
        "year_words",
        rf"(?:the{W}year{W})?(?P<yw>(?:nineteen|eighteen|twenty){W}(?:{_TENS})(?:-(?:{_ONES}))?|two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?)\b(?![\s-]{{1,3}}(?:{_UNIT_WORDS}|people|dollars))",
    ),
    (
        "ref",
        r"(?P<present>right\s+now|now|currently|at\s+(?:the|this)\s+moment|at\s+present|presently|nowadays|these\s+days"
        r"|the\s+present(?:\s+time)?|current)\b"
        r"|(?P<past>recently|lately|the\s+past|recent\s+(?:days|weeks|months|years|times))\b"
        r"|(?P<future>the\s+(?:near\s+|distant\s+)?future|future|soon|the\s+coming\s+(?:days|weeks|months|years)"
        r"|coming\s+(?:days|weeks|months|years)|the\s+near\s+term|the\s+long\s+term|the\s+short\s+term)\b",
    ),
    (
        "holiday",
        r"(?-i:(?P<hol>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year(?:'s|’s)\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?"
        r"|Valentine(?:'s|’s)\s+Day|Halloween|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Boxing\s+Day|Easter(?:\s+Sunday)?"
        r"|Good\s+Friday|Election\s+Day))\b",
    ),
    ("clock", rf"(?:(?P<approx>around|about|approximately)\s+)?(?P<clock>{CLOCK})(?:\s{{1,3}}(?P<tz>{TZ}))?"),
]

RULE_NAMES: Final[tuple[str, ...]] = tuple(f"r_{name}" for name, _ in RULES)

NARRATIVE_ONLY: Final = frozenset(["story_later", "story_day"])
"""Rules compiled only in narrative mode: in news their words are left as they were (a duration)."""

# --------------------------------------------------------------------------- dispatch

TOKEN: Final = regex.compile(r"[^\W\d_]+|\d+")
"""Words and digit runs: the scanner tries the grammar only near a trigger token, at a plausible start."""

DIGIT: Final = "#"
"""The first-word key of a run of one to three digits (``#4``: four digits; ``'#``: "'90s")."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHW = frozenset(MONTHS) | {"sept"}
_WEEKDAYW = frozenset(WEEKDAYS)
_NUMW = _words(
    "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred # #4"
)
_VAGUEW = _words("a few several some many couple dozens hundreds number")
_MODPREW = _words("the very early late mid end beginning start middle turn close first second latter later")
_DURMODW = _words(
    "more over longer less fewer under nearly almost about around some roughly approximately at up no within"
    " just well only"
)
_SPANW = _words("the past last next previous following coming first final latest remaining")
_RELW = _words("the last next this coming past previous following current same that preceding year prior")
_PMODW = _words("early late earlier later")
_UNITW = _words(
    "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months quarter"
    " quarters year years decade decades century centuries millennium millennia"
)
_CLOCKW = _words("# noon midnight midday around about approximately")
_SEASONW = _words("spring summer autumn fall winter")

FIRST_WORDS: Final[dict[str, frozenset[str]]] = {
    "date_clock": _MONTHW,
    "clock_day": _CLOCKW,
    "day_clock": _WEEKDAYW,
    "iso": _words("#4"),
    "numeric": _words("#"),
    "md_range": _MONTHW,
    "dm_range": _words("#"),
    "dmy": _words("#"),
    "mdy": _MONTHW,
    "month_rel_year": _MONTHW,
    "month_range": _MONTHW,
    "month_year": _MONTHW | _MODPREW,
    "decade": _MODPREW
    | _words("#4 '# twenties thirties forties fifties sixties seventies eighties nineties"),
    "century": _MODPREW | _words("# twenty twentieth nineteenth eighteenth seventeenth sixteenth fifteenth"),
    "fiscal": _words("the fiscal fy"),
    "quarter": _words("the this last next fiscal first second third fourth final #"),
    "year_quarter": _words("the #4"),
    "quarter_q": _words("q1 q2 q3 q4 h1 h2"),
    "season": _MODPREW | _words("last next this coming past that"),
    "season_year": _MODPREW | _SEASONW,
    "ago": _DURMODW | _NUMW | _VAGUEW,
    "duration": _DURMODW | _SPANW | _NUMW | _VAGUEW,
    "duration_adj": _NUMW | _words("half"),
    "duration_long": _UNITW,
    "bare_plural": _UNITW,
    "set": _words(
        "once twice three four several many # every each annually yearly monthly weekly daily hourly"
        " quarterly"
        " biannually biennially semiannually nightly"
    ),
    "year_words": _words("the nineteen eighteen twenty two"),
    "story_later": _NUMW,
    "story_day": _words("that the"),
    "deictic": _PMODW | _words("the today tomorrow yesterday tonight overnight"),
    "this_pod": _PMODW | _words("this last tomorrow yesterday"),
    "weekday": _PMODW | _words("the previous following last next this coming past") | _WEEKDAYW,
    "relative": _PMODW | _MODPREW | _RELW,
    "relative_plain": _RELW,
    "fin_period": _words("the its"),
    "year_ago_adj": _words("year"),
    "the_weekend": _words("the this last next"),
    "fiscal_year": _words("the"),
    "rel_month": _words("last next this coming"),
    "month": _MODPREW | _MONTHW,
    "year": _MODPREW | _words("year #4"),
    "ref": _words(
        "right now currently at presently nowadays these the current recently lately recent future soon"
        " shortly"
        " coming"
    ),
    "holiday": _words(
        "christmas new thanksgiving valentine halloween independence labor memorial boxing easter good"
        " election"
    ),
    "clock": _CLOCKW,
}
assert set(FIRST_WORDS) == {name for name, _ in RULES}

TRIGGERS: Final[frozenset[str]] = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | _words(
        "sept second seconds minute minutes hour hours day days week weeks weekend weekends fortnight "
        "fortnights month months quarter quarters year years decade decades century centuries millennium "
        "millennia today tomorrow yesterday tonight overnight morning afternoon evening night now currently "
        "current presently nowadays moment present recently recent lately past future soon shortly term "
        "course annually yearly monthly weekly daily hourly quarterly biannually biennially semiannually "
        "nightly spring summer autumn fall winter noon midnight midday am pm fiscal fy q1 q2 q3 q4 h1 h2 "
        "twenties thirties forties fifties sixties seventies eighties nineties christmas thanksgiving easter "
        "halloween nineteen eighteen twenty thousand"
    )
)
"""Lower-cased tokens one of which every expression contains (digit runs always count)."""

CONTINUERS: Final[frozenset[str]] = _words("than of to as or and so half part least due near short long")
"""Words that may follow a leading word that is not itself a trigger ("more than", "at least")."""


def _scanner() -> re.Pattern[str]:
    starters = frozenset().union(*FIRST_WORDS.values()) - {"#", "#4", "'#"}
    nexts = starters | TRIGGERS | CONTINUERS
    alpha = sorted(w for w in TRIGGERS if w.isalpha())
    lead = sorted(w for w in starters - TRIGGERS if w.isalpha())
    follow = sorted(w for w in nexts if w.isalpha())
    return re.compile(
        rf"\b(?:(?P<d>\d+)|(?P<t>{trie(alpha)}|q[1-4]|h[12])\b|(?P<f>fy)(?=\s?\d)"
        rf"|(?P<s>{trie(lead)})\b(?=[\s-]{{1,6}}['’]?(?:\d|(?:{trie(follow)})\b)))"
    )


# The pre-scan is a plain trie of literals (no backtracking); the standard library's ``re`` runs it
# about three times faster than ``regex``, and it is the one pass over every character of the text.
SCANNER: Final = _scanner()
"""Digit runs (``d``), trigger words (``t``), ``fy`` before a year (``f``) and leading words followed
by an expression word (``s``), in lower-cased text."""

LOOKBACK: Final = 48
"""How far before a trigger an expression may start (the longest run of leading modifiers)."""

_EDGE_BEFORE = r"(?<![\w'’$£€¥#/.-])"


_NAMES_OF: dict[regex.Pattern[str], tuple[str, ...]] = {}


def _compile(names: tuple[str, ...]) -> regex.Pattern[str]:
    body = "|".join(f"(?P<r_{name}>{pat})" for name, pat in RULES if name in names)
    pattern = regex.compile(rf"{_EDGE_BEFORE}(?:{body})(?![\w])", regex.IGNORECASE | regex.VERSION0)
    _NAMES_OF[pattern] = tuple(f"r_{name}" for name in names)
    return pattern


def rule_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """The rule groups of a compiled grammar pattern, in priority order."""
    return _NAMES_OF.get(pattern, RULE_NAMES)


_BY_NAMES: dict[tuple[str, ...], regex.Pattern[str]] = {}
_BY_WORD: dict[str, regex.Pattern[str] | None] = {}
_BY_WORD_STORY: dict[str, regex.Pattern[str] | None] = {}


def pattern_for(word: str, narrative: bool = False) -> regex.Pattern[str] | None:
    """The grammar restricted to the rules that can start with ``word`` (lower case; ``#`` for 1-3
    digits, ``#4`` for four), with the :data:`NARRATIVE_ONLY` rules in narrative mode; compiled on
    first use and kept."""
    cache = _BY_WORD_STORY if narrative else _BY_WORD
    try:
        return cache[word]
    except KeyError:
        pass
    names = tuple(
        name for name, _ in RULES if word in FIRST_WORDS[name] and (narrative or name not in NARRATIVE_ONLY)
    )
    pattern = None
    if names:
        pattern = _BY_NAMES.get(names)
        if pattern is None:
            pattern = _BY_NAMES[names] = _compile(names)
    cache[word] = pattern
    return pattern
