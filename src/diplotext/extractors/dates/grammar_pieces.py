"""Pieces of the candidate grammar's rule patterns beyond :mod:`.blocks`: alternations of lexicon
words around a unit, a day or a period, the upper end of a range of amounts, a year in words, and
lookaheads that keep an expression to its line or paragraph.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

from .blocks import _ONES, _TEENS, _TENS, WEEKDAY, YEAR, W

_PAST_SPANS = "days|weeks|months|quarters|years|decades|centuries|times"
"""Plural units after "the past" or "recent" ("the past decades", "recent times")."""
_LENGTH_OF_BEFORE = lexicon.alternation("time", "words before a length of units of")
"""Before "years of": "after years of talks", "ending decades of conflict"."""
_BARE_LENGTH_VERBS = lexicon.alternation("time", "words before a bare length")
_BARE_LENGTH_AFTER_VERB = (
    rf"|(?<!quarters)(?<=\b(?i:{_BARE_LENGTH_VERBS})\s{{1,3}}\w+)"
    r"|(?=\s{1,3}of\s)(?<!hours|minutes|centuries|quarters)(?<=\b(?-i:[a-z]{2,}(?:ed|ing))\s{1,3}\w+)"
    r"|(?=\s{1,3}away\b)(?<!quarters|centuries)"
)
"""Branches of the bare-plural rule: a verb of spending or waiting before the units ("took months",
"could last weeks"), a participle before "weeks of" ("sparked weeks of protest"; checked in
:mod:`.bare_lengths`) and "away" after them ("the vote is days away")."""
_NO_NOUN_NEXT = (
    rf"(?!\s{{1,3}}(?!(?:{lexicon.alternation('time', 'function words after a date word')})\b)(?-i:[a-z]))"
)
"""After "March first": no lower-case word other than a function word ("In March first deliveries
began" is no day)."""
_TERM_PREPOSITIONS = lexicon.alternation("time", "prepositions before the short term")
_TERM_AHEAD = (
    r"|the\s+(?:near|long|short)\s+term\b"
    rf"(?:(?<=\b(?i:{_TERM_PREPOSITIONS})\s{{1,3}}\S+\s+\S+\s+term)|{_NO_NOUN_NEXT})"
)
"""A branch of the reference rule: "the short term", "the long term" ahead, before a noun only after a
preposition ("in the long term prices will fall"; "the short term rating" is a compound). The bare-plural
branches of :data:`_BARE_LENGTH_AFTER_VERB` come after a period's edges ("the closing weeks of")."""
_NOT_LENGTH_BEFORE = lexicon.alternation("time", "words before a bare plural unit that is no length")
"""Before "days later": words that make the units no vague length ("the first days later ...")."""
_VAGUE_SPANS = lexicon.alternation("time", "plural units of a vague stretch")
_PERIOD_EDGES = lexicon.alternation("time", "words opening the edge of a period")
_VAGUE_ADJ_COUNTS = lexicon.alternation("time", "vague counts of a unit adjective")
_NO_UNIT_BEFORE = lexicon.alternation("time", "words before a length with no unit")
_POINT_AFTER_NO_UNIT = lexicon.alternation("time", "words after a length with no unit that make it a point")
"""Before "some time", "a while": "for some time", "will take a while"."""
_LATER_DATE = lexicon.alternation("time", "words before a date still to be set")
"""Between "a" and "date": "at a later date", "to a future date"."""
"""Before "-year": "a several-year tenure", "a multi-year deal"."""
"""Between "the" and "days of": "the first days of the war", "the final weeks of the campaign"."""
_REPORT_DAY_BEFORE = lexicon.alternation("time", "words before the day of a market report")
_REPORT_DAY_AFTER = lexicon.alternation("time", "words after the day of a market report")
_REPORT_POSSESSIVE_AFTER = lexicon.alternation("time", "words after the possessive of a market report's day")
"""Around "the day", "the week" of a report of trading or play ("ended the day higher", "on the day.")."""
_COUNT_BEFORE_AGO = lexicon.alternation("time", "words before a bare plural ago that are no bare plural")
"""Before "years ago": a count, which leaves the units to the "ago" rule ("a few years ago") or out."""
"""Plural units of a vague stretch before or after now ("in previous years", "in coming quarters")."""

YEAR_WORDS = (
    rf"(?:nineteen|eighteen|twenty){W}(?:{_TENS})(?:-(?:{_ONES}))?"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?"
)
"""A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand"."""

_PERIOD_TAIL = (
    rf"(?:{W}(?P<tail>a{W}year{W}(?:ago|earlier)|(?:of{W})?last{W}year|of{W}the{W}(?:previous|prior|preceding){W}year"
    rf"|(?:of|in){W}(?P<year>{YEAR})))?"
)
"""What may follow a report's period to say which year it is of: "the same period last year", "the
quarter a year ago", "the comparable period of 1998"."""

_RELATIVE: Final = lexicon.alternation("time", "relative words")
_INFORMAL_RELATIVE: Final = lexicon.alternation("time", "informal relative words")
"""Informal spellings of relative words ("nxt week"; the lexicon maps each to its word)."""
_WEEKDAY_STEM: Final = WEEKDAY.removesuffix(r"\b")
"""A weekday name that may go on with a letter: the plural "Mondays"."""
_SEQUEL: Final = r"the\s+(?:following|next|previous|preceding)"
"""Before a month or season: the one after or before the month the text is at ("the following May")."""
_BETWEEN_NUMBER_AND_UNIT: Final = lexicon.alternation("time", "words between a number and a unit")
_POD_NOUNS: Final = lexicon.alternation("time", "nouns after a part of the day")
_AND_A_HALF = rf"(?:{W}and{W}a{W}|[-‐]and[-‐]a[-‐])half\b(?![-‐])"
"""After a number or its unit: "two and a half years", "an hour and a half", "a day-and-a-half" (half a
unit more)."""
_UPPER_WORDS = lexicon.alternation("time", "upper ends of a range of amounts")
_UPPER_END = rf"(?:\d{{1,3}}(?:\.5)?(?![\d,.:/]\d)|(?:{_UPPER_WORDS})\b)"
_RANGE_TO = rf"(?<!\d\d\d\d)(?:{W}(?:to|or){W}|\s{{0,2}}[-–]\s{{0,2}})"
_UP_TO = rf"(?:{_RANGE_TO}{_UPPER_END})?"
"""After a number, the upper end of a range of amounts: "two to three weeks", "30 or 40 years ago"."""
_REL_YEAR = rf"|{W}(?:of{W})?(?P<ryear>(?:last|this|next){W}year)\b"
"""After a day and month, the year a phrase names: "June 5 last year" is one expression."""

_INFORMAL_DAYS: Final = lexicon.alternation("time", "informal day words")
"""Informal spellings of "tonight", "tomorrow", "yesterday" ("tonite", "tmrw")."""
_PARTS_COUNTED: Final = lexicon.alternation("time", "parts of a day counted from a day")
"""The parts of a day in "the night before", "the morning after" ("the day before" is a day)."""
_NIGHTS: Final = lexicon.alternation("time", "nights with a weekday")
_SUBJECT_AFTER_BACK: Final = lexicon.alternation("time", "subjects after a length and back")
"""After "a few days back": a subject opening the clause makes it "ago" ("A few days back I met him")."""
_INFORMAL_PARTS: Final = lexicon.alternation("time", "informal parts of a day")
"""Informal parts of a day ("this arvo", "tmrw mornin")."""
_WEEKDAY_PARTS: Final = lexicon.alternation("time", "parts of a day after a weekday")
"""The parts of a day after a weekday ("Friday night", "sat nite")."""
"""Words for a night said with a weekday: "overnight Saturday", "Sunday overnight"."""
_AFTER_BARE_ORDINAL: Final = lexicon.alternation("time", "words after a bare day ordinal")

_NO_BREAK: Final = r"(?![^\S\n]{0,3}\n[^\S\n]{0,3}\n[^\S\n]{0,3}\p{Lu})"
"""No blank line and a capital next: a date line and the sentence opening the paragraph under it
are two expressions ("Wednesday, October 9, 2019" / "At midnight local time ..."); a clock time
alone under its day is still one with it (a fixture list's "Saturday, 26 February" / "1400 GMT")."""

_EVERY_NTH: Final = lexicon.alternation("time", "ordinals after every")
"""After "every": "every second week", "every third year"."""
_W_LINE: Final = r"[^\S\n]{1,6}"
"""A short whitespace run within one line: a clock time at a line's end (a date line's "Updated 10:15
a.m.") is not joined to a day opening the next line."""
_NO_BLANK: Final = r"(?![^\S\n]{0,3}\n[^\S\n]{0,3}\n)"
"""No blank line next: a year is on its day's line ("Saturday, 11 June" / "1500 BST" is no year 1500)."""
