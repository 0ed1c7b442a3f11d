"""The candidate grammar: the named alternatives of one ``regex`` pattern, each a rule.

Every alternative is a bounded sequence of lexicon words, numbers and short whitespace runs (the
pieces of :mod:`.blocks`), with no nested unbounded quantifier, so a scan is linear in the length of
the text. Each rule is an outer named group ``r_<name>``; inner groups (``month``, ``day``, ``year``,
``num``, ``unit`` ...) may repeat across rules (the ``regex`` module allows duplicate names in
different branches). :mod:`.dispatch` compiles each rule on its own, on first use, and tries the rules
that can start with a given word in this order.

Which alternative wins at a position is decided by their order (leftmost, then first listed), so the
longer compound forms come before their parts. Context checks that a pattern cannot express cheaply
(is this four-digit number a year? is "May" a month here?) are left to the interpreter.
"""

from __future__ import annotations

from typing import Final

from diplotext import lexicon

from .blocks import (
    _UNIT_WORDS,
    CLOCK,
    CLOCK_BARE,
    CLOCK_HOURS,
    CLOCK_IN_WORDS,
    CLOCK_POD,
    DAY,
    DAY_WORD,
    DUR_MOD,
    ERA,
    HOLIDAY,
    HOUR_BARE,
    MOD_PRE,
    MONTH,
    MONTH_AFTER_DAY,
    MONTH_DATE,
    MONTHS,
    NUM,
    NUMWORD,
    O_CLOCK,
    ORDINALS,
    SEASON,
    TZ,
    UNIT,
    UNIT_ABBR,
    VAGUE,
    WEEKDAY,
    WEEKDAY_ANY,
    WEEKDAY_CLEAR,
    WEEKDAYS,
    YEAR,
    W,
)
from .grammar_pieces import (
    _AFTER_BARE_ORDINAL,
    _AND_A_HALF,
    _BARE_LENGTH_AFTER_VERB,
    _BETWEEN_NUMBER_AND_UNIT,
    _COUNT_BEFORE_AGO,
    _EVERY_NTH,
    _INFORMAL_DAYS,
    _INFORMAL_PARTS,
    _INFORMAL_RELATIVE,
    _LATER_DATE,
    _LENGTH_OF_BEFORE,
    _NIGHTS,
    _NO_BLANK,
    _NO_BREAK,
    _NO_NOUN_NEXT,
    _NO_UNIT_BEFORE,
    _NOT_LENGTH_BEFORE,
    _PARTS_COUNTED,
    _PAST_SPANS,
    _PERIOD_EDGES,
    _PERIOD_TAIL,
    _POD_NOUNS,
    _POINT_AFTER_NO_UNIT,
    _RANGE_TO,
    _REL_YEAR,
    _RELATIVE,
    _REPORT_DAY_AFTER,
    _REPORT_DAY_BEFORE,
    _REPORT_POSSESSIVE_AFTER,
    _SEQUEL,
    _SUBJECT_AFTER_BACK,
    _TERM_AHEAD,
    _UP_TO,
    _UPPER_END,
    _VAGUE_ADJ_COUNTS,
    _VAGUE_SPANS,
    _W_LINE,
    _WEEKDAY_PARTS,
    _WEEKDAY_STEM,
    YEAR_WORDS,
)

__all__ = ["MONTHS", "NARRATIVE_ONLY", "ORDINALS", "RULES", "RULE_NAMES", "WEEKDAYS"]

# --------------------------------------------------------------------------- rules, in priority order


RULES: Final[list[tuple[str, str]]] = [
    # "half past six", "a quarter to nine", "ten past seven" (the rule text is the blocks')
    ("clock_words", CLOCK_IN_WORDS),
    # "September 12, 2011 09:00 pm", "Sept. 12, 2011, at 9 p.m."
    (
        "date_clock",
        rf"(?P<month>{MONTH_DATE}){W}(?P<day>{DAY}),?{W}(?:(?P<year>{YEAR}),?{_NO_BREAK}\s{{1,3}})?(?:at\s+|@\s{{0,2}})?(?P<clock>{CLOCK})"
        rf"(?:\s{{0,3}}(?P<tz>{TZ}))?",
    ),
    # "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday", "5:42 PM EDT, Thu May 5, 2011"
    (
        "clock_day",
        rf"(?:(?P<approx>around|about|approximately)\s+)?(?P<clock>{CLOCK}|{O_CLOCK}|{CLOCK_BARE}|{CLOCK_HOURS}|{HOUR_BARE})"
        rf"(?:\s{{0,3}}(?P<tz>{TZ}))?,?(?:\s+local\s+time)?(?:,?\s+(?-i:on))?{_W_LINE}"
        rf"(?:(?:{WEEKDAY_ANY}\.?,?{W})?(?:(?P<month>{MONTH}){W}(?P<day>{DAY})"
        rf"|(?P<day>{DAY}){W}(?P<month>{MONTH_AFTER_DAY}))(?:,?{W}(?P<year>{YEAR}))?"
        rf"|(?P<weekday>{WEEKDAY_CLEAR})(?:{W}(?P<pod>morning|afternoon|evening|night)\b)?"
        # "10.30pm last night", "at 9 a.m. yesterday morning"
        rf"|(?P<deictic>(?:today|tomorrow|yesterday|{_INFORMAL_DAYS})(?:{W}(?:morning|afternoon|evening|night))?\b|tonight"
        rf"|last{W}night|this{W}(?:morning|afternoon|evening)\b))",
    ),
    # "Wednesday at 10 p.m."
    (
        "day_clock",
        rf"(?P<weekday>{WEEKDAY_ANY})(?:\s+(?P<pod>morning|afternoon|evening|night))?,?\s+(?:at\s+|@\s{{0,2}})?"
        rf"(?P<clock>{CLOCK})(?:\s{{0,3}}(?P<tz>{TZ}))?",
    ),
    # "2011-05-03", "2011/05/03"
    (
        "iso",
        r"(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])(?![\d/-])",
    ),
    (
        "numeric",
        # "23.03.2013", "2.11.2012": day, month and year with dots (day first)
        r"(?<![\d/.])(?P<a>[0-2]?\d|3[01])(?P<dot>\.)(?P<b>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)(?![\d.]\d|\.\d)"
        r"|(?<![\d/.])(?P<a>[01]?\d|2\d|3[01])/(?P<b>[0-3]?\d)(?:/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])"
        # "on 5/13", "until 12/4": a month and day without a year, only after a word that names a day
        # (not "from 4/1 to 5/2", odds, nor "after 9/11", a name)
        r"|(?![\d/]|[.,]\d|\s?(?:%|percent|of)\b))",
    ),
    # "the week of March 6", "the week of 6 March 2000": the ISO week holding that day
    # "the week before last", "the month after next", "the weekend before last": two of them back or on
    (
        "unit_two_back",
        r"the\s+(?P<tbunit>week|weekend|month|year)\s+(?P<tbdir>before|after)\s+(?:last|next)\b"
        r"(?<=before\s{1,3}last|after\s{1,3}next)",
    ),
    (
        "week_of",
        rf"the{W}(?P<wk>week|weekend){W}of{W}(?:(?P<month>{MONTH_DATE}){W}(?P<day>{DAY})|(?P<day>{DAY}){W}(?P<month>{MONTH_AFTER_DAY}))"
        rf"(?:,?{W}(?P<year>{YEAR}))?(?![\d-])"
        # "the first week of April", "the last week of June 2010": the ISO week of that stretch's middle;
        # "the last weekend of July": the weekend of its last Saturday
        rf"|the{W}(?P<nth>first|second|third|fourth|last|final){W}(?P<wk>week|weekend){W}of{W}(?P<month>{MONTH})"
        rf"(?:,?{W}(?P<year>{YEAR}))?(?![\d-]|\s{{1,3}}\d)",
    ),
    # "Nov. 18-19", "from Dec. 4 to 15" (two dates), with an optional year
    (
        "md_range",
        rf"(?P<month>{MONTH}){W}(?P<day>{DAY})(?P<sep>\s{{0,2}}[-–]\s{{0,2}}|\s+(?:to|and|through|until|till|or)\s+)"
        rf"(?:(?P<month2>{MONTH_DATE}){W})?(?P<day2>{DAY})(?!\s{{0,3}}(?:[-–]|{_UNIT_WORDS}|%|percent|per\b|people))"
        rf"(?:,?{W}(?P<year>{YEAR}))?",
    ),
    # "Nov.18 to 19", "Sept.12": a month abbreviation glued to its day (keyed apart: see dispatch)
    (
        "md_range_glued",
        rf"(?P<month>{MONTH})(?<=\.)(?P<day>{DAY})(?P<sep>\s{{0,2}}[-–]\s{{0,2}}|\s+(?:to|and|through|until|till|or)\s+)"
        rf"(?P<day2>{DAY})(?!\s{{0,3}}(?:[-–]|{_UNIT_WORDS}|%|percent|per\b|people))(?:,?{W}(?P<year>{YEAR}))?",
    ),
    # "3-4 November 2011", "3 and 4 November"
    (
        "dm_range",
        rf"(?P<day>{DAY})(?P<sep>\s{{0,2}}[-–]\s{{0,2}}|\s+(?:to|and)\s+)(?P<day2>{DAY}){W}(?:of{W})?(?P<month>{MONTH_AFTER_DAY})"
        rf"(?:,?{W}(?P<year>{YEAR}))?",
    ),
    # "12 April 2012", "12th of April", "12 April"
    ("dmy", rf"(?P<day>{DAY}){W}(?:of{W})?(?P<month>{MONTH_AFTER_DAY})(?:,?{W}(?P<year>{YEAR}){_REL_YEAR})?"),
    # "Sept. 12, 2011", "April 12"; "the 12th of April"; "June 5 last year"
    ("mdy", rf"(?P<month>{MONTH_DATE}){W}(?P<day>{DAY})(?:,?{W}(?P<year>{YEAR}){_REL_YEAR})?"),
    ("mdy_glued", rf"(?P<month>{MONTH_DATE})(?<=\.)(?P<day>{DAY})(?:,?{W}(?P<year>{YEAR}){_REL_YEAR})?"),
    # "March eighth", "the eighth of March": a day in words
    ("md_word", rf"(?P<month>{MONTH}){W}(?P<day>{DAY_WORD})(?:,?{W}(?P<year>{YEAR})|{_NO_NOUN_NEXT})"),
    ("dm_word", rf"(?:the{W})?(?P<day>{DAY_WORD}){W}of{W}(?P<month>{MONTH})(?:,?{W}(?P<year>{YEAR}))?"),
    # "from Jan. to Oct. this year", "January to March 2005", "the July-September quarter": two months
    (
        "month_range",
        rf"(?P<month>{MONTH})(?:{W}(?:to|through|until|till|and|[-–]){W}|[-–/]|-to-)(?P<month2>{MONTH})"
        rf"(?:,?{W}(?:of{W})?(?:(?P<year>{YEAR})|(?P<ryear>(?P<rel>last|this|next){W}year)\b))?",
    ),
    # "January this year", "early June last year": one expression, the month of the year the phrase names
    (
        "month_rel_year",
        rf"{MOD_PRE}(?P<month>{MONTH}){W}(?:of{W})?(?P<ryear>(?:last|this|next){W}year)\b",
    ),
    # "mid-2005", "early 1990", "the end of 1994", "late November", "November 2006", "the summer of 1998"
    (
        "month_year",
        rf"{MOD_PRE}(?P<month>{MONTH_DATE}),?{W}(?:of{W})?(?:(?P<year>{YEAR})|(?P<yw>{YEAR_WORDS})\b(?!\s{{1,3}}(?-i:[a-z])))",
    ),
    # "the 1990s", "the late 1990s", "the '80s", "the nineties", "1980s"
    (
        "decade",
        rf"{MOD_PRE}(?:the{W})?{MOD_PRE}(?:(?P<dec>(?:1[0-9]|20)\d0)(?:'s|’s|s)\b|(?P<dec2>(?:'|’)\d0)s\b"
        r"|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
        # "the 80s", "the late 60s", "the 1960s, 70s and 80s" (not "their 30s", an age)
        r"|(?<=\bthe\s{1,3}(?:(?:early|late)[-\s]{1,3})?|\d0s,?\s{1,3}(?:and\s{1,3})?|\d0s,\s{1,3}\d0s,?\s{1,3}and\s{1,3})"
        r"(?P<dec3>[2-9]0)s\b(?![-‐]))",
    ),
    # "the 21st century", "the twentieth century", "the 3rd century BC", "the fifth century"
    (
        "century",
        rf"{MOD_PRE}(?:the{W})?{MOD_PRE}(?P<cent>\d{{1,2}}(?:st|nd|rd|th)"
        rf"|(?:{lexicon.alternation('time', 'century ordinal words')}))[-\s]century\b"
        rf"(?:\s{{0,2}}(?P<era>{ERA})(?!\w))?",
    ),
    # fiscal years: "fiscal 1989", "fiscal year 2005", "FY2005", "fiscal 2005-06", "financial year 2005"
    (
        "fiscal",
        rf"(?:(?:the{W})?(?:fiscal(?:{W}year)?|financial{W}year)|FY)(?:{W})?(?P<year>{YEAR}|(?:'|’)?\d\d(?=\b))"
        r"(?:[-–/]\d\d(?:\d\d)?)?",
    ),
    # "the third quarter of 1990", "third-quarter", "the fiscal first quarter", "Q3 2005"
    (
        "quarter",
        rf"(?:the{W}|this{W}year(?:'s|’s){W}|last{W}year(?:'s|’s){W}|next{W}year(?:'s|’s){W})?"
        rf"(?:(?P<qago>year-ago|year-earlier){W})?(?:fiscal[-\s]{{1,3}})?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final"
        rf"|(?:last|latter)(?=[-\s]{{1,3}}(?:quarter|half){W}of{W}(?:{YEAR}|(?:last|this|next){W}year"
        rf"|(?:the{W})?(?:(?:current|calendar|fiscal){W})?year\b|(?:the{W})?fiscal\b)))[-\s]{{1,3}}"
        rf"(?:fiscal[-\s]{{1,3}})?(?:(?P<q>quarter)|(?P<h>half))\b(?!\s+(?:century|of\s+the\s+(?:century|game|match)))"
        rf"(?:{W}of{W}(?:(?P<year>{YEAR})|(?P<ryear>(?P<rel>last|this|next){W}year)|(?:the{W})?fiscal{W}(?P<year>{YEAR})"
        rf"|(?P<theyear>the{W}(?:(?:current|calendar){W})?year)\b(?!\s{{1,3}}(?:ago|earlier|before|previous|prior|ended|to)\b)))?",
    ),
    (
        "year_quarter",
        rf"(?:the{W})?(?P<year>{YEAR}){W}(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th){W})?(?:fiscal{W})?"
        r"(?P<what>quarter|period|half|first\s+half|second\s+half)\b",
    ),
    ("quarter_q", rf"(?-i:Q(?P<qnum>[1-4])|H(?P<hnum>[12]))(?:{W}(?P<year>{YEAR}))?\b"),
    # "the summer of 1998", "summer 2005", "last fall", "this spring", "in autumn", "early summer",
    # "the spring of next year"
    # "the following spring", "the previous winter": after or before the month the text is at
    ("season_sequel", rf"(?P<rel>{_SEQUEL}){W}(?P<season>{SEASON})(?!\s+of\b)"),
    (
        "season",
        rf"{MOD_PRE}(?:(?P<rel>last|next|this|coming|past|this\s+past|the\s+past|this\s+coming|the|that){W})?(?P<season>{SEASON})"
        rf"(?:{W}(?:of{W})?(?:(?P<year>{YEAR})|(?P<yw>{YEAR_WORDS})\b(?!\s{{1,3}}(?-i:[a-z]))"
        rf"|(?P<ryear>(?:last|this|next){W}year)\b)|(?!\s+of\b))",
    ),
    # narrative mode only: "two days later", "a year afterwards", "three weeks earlier" (the story's time)
    (
        "story_later",
        rf"(?:(?P<num>{NUM})(?:{_RANGE_TO}(?P<num2>{_UPPER_END}))?|(?P<vague>{VAGUE})){W}(?P<unit>{UNIT}){W}"
        r"(?P<dir>later|afterwards?|thereafter|earlier|after|before)\b(?!\s{1,3}than\b)",
    ),
    # "N years ago", "more than 1,300 years ago", "a year earlier"
    (
        "ago",
        rf"(?:{DUR_MOD}{W})?(?:(?P<num>{NUM})(?P<half>{_AND_A_HALF})?{_UP_TO}|(?P<vague>{VAGUE}))(?:{W}(?:or|and){W}so)?(?:{W}(?P<unit>{UNIT}|{UNIT_ABBR})|(?<=\d)(?P<unit>{UNIT_ABBR}))"
        rf"(?(half)|(?P<half>{_AND_A_HALF})?)(?:{W}or{W}so)?{W}(?P<dir>ago\b|back(?=\s{{0,3}}(?:[,.;:)!?\x22\u201d]|$)|\s{{1,3}}(?:{_SUBJECT_AFTER_BACK})\b)|(?:earlier|before|previously|prior)\b"
        rf"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|I)\b)(?!\s+than\b))",
    ),
    # "a quarter of an hour", "three quarters of a century", "a quarter-century": a share of the unit
    (
        "duration_quarter",
        # (tried at "quarter", the share looked back at: a rule at every "a" costs more than it finds)
        rf"(?<=\b(?i:a|one|three)\s{{1,3}})quarters?(?:{W}of{W}an?{W}|[-‐\s])(?P<unit>hour|century)\b",
    ),
    # "the past 13 years", "the next two weeks", "the first nine months", "more than four years", "six years"
    (
        "duration",
        rf"(?:{DUR_MOD}{W})?(?:(?P<span>the(?:{W}(?:past|last|next|previous|following|coming|first|final|latest|remaining"
        r"|year-ago|year-earlier))?"
        r"|past|last|next|previous|following|coming|first|final|latest|remaining)"
        rf"{W})?"
        rf"(?:(?P<num>{NUM})(?P<half>{_AND_A_HALF})?{_UP_TO}"
        rf"|(?P<vague>{VAGUE}))(?:{W}(?P<more>{_BETWEEN_NUMBER_AND_UNIT}))?"
        rf"(?:{W}(?P<unit>{UNIT})|(?<=\d)\s?(?P<unit>{UNIT_ABBR}))(?(half)|(?P<half>{_AND_A_HALF})?)"
        r"(?P<old>[-\s]olds?\b|\s+of\s+age\b)?",
    ),
    # "half an hour", "nearly half a century": half the unit
    (
        "duration_half",
        rf"(?P<halfof>half){W}(?P<num>an?){W}(?P<unit>{UNIT})\b",
    ),
    # "three-day", "two-year", "10-year", "16-hour", "52-week"
    (
        "duration_adj",
        rf"(?P<num>{NUMWORD}|\d{{1,3}}(?:\.5)?|half|a|(?P<vague>{_VAGUE_ADJ_COUNTS}))[-‐](?P<unit>second|minute|hour|day|week|month|year|decade|century)"
        r"(?P<old>-old|s?-long\b|(?:\s+|-)olds?\b)?(?!-(?:old|olds)\b)\b",
    ),
    (
        "duration_long",
        r"(?P<unit>minute|hour|day|week|month|year|decade|centur(?:y|ies)|hours|years|decades|months)[-‐]?long\b",
    ),
    # "for years", "for decades", "within hours", "after months of talks", "over the years"
    (
        "bare_plural",
        # (the unit first, then what is around it: most units are none of these, and fail at once)
        rf"(?P<unit>minutes|{_VAGUE_SPANS}|centuries)\b"
        rf"(?:(?<!quarters)(?<!\b(?:for|in|over)\s{{1,3}}minutes)(?<=\b(?:for|in|over|within)\s{{1,3}}\w+)"
        rf"|(?=\s{{1,3}}of\s)(?<!hours|minutes|centuries)(?<=\b(?i:{_LENGTH_OF_BEFORE})\s{{1,3}}\w+)"
        # "the first days of the war", "the early years of the republic" (not "the early hours of Monday")
        rf"|(?=\s{{1,3}}of\s)(?<!minutes|centuries)(?<=\b(?i:the)\s{{1,3}}(?i:{_PERIOD_EDGES})\s{{1,3}}(?:(?i:few)\s{{1,3}})?\w+)"
        r"(?<!\b(?i:early)\s{1,3}hours)(?P<edge>)"
        # "Minutes later", "days earlier" (a length, as "three days later"; "days after the vote" is a day
        # TimeML dates, left alone)
        rf"|(?=\s{{1,3}}(?:later|earlier)\b)(?<!centuries)(?<!\b(?i:{_NOT_LENGTH_BEFORE})\s{{1,3}}\w+)"
        # "decades ago", "just months ago" (no count: a time gone by, PAST_REF; "two years ago" is "ago")
        rf"|(?=\s{{1,3}}ago\b)(?<!quarters)(?<!(?:\d|\b(?i:{NUMWORD}|{_COUNT_BEFORE_AGO}))[-\s]{{1,3}}\w+){_BARE_LENGTH_AFTER_VERB})"
        r"|(?<=\b[Oo]ver\s{1,3})the\s{1,3}(?P<unit>years|decades|centuries)\b(?!\s{1,3}\d)"
        r"|(?<=\b[Ii]n\s{1,3})the\s{1,3}(?P<unit>years|decades)(?=\s{1,3}(?:since|that\s{1,3}followed)\b)",
    ),
    # SET: "every year", "each Thursday", "annually", "twice a year", "every two weeks"
    (
        "set",
        rf"(?:(?P<freq>once|twice|three\s+times|four\s+times|(?:\d{{1,2}}|several|many)\s+times){W}(?:a|an|per|every|each){W}"
        rf"(?P<unit>year|month|week|day|hour|decade|quarter)\b"
        rf"|(?:every(?:{W}(?P<other>other))?|each)(?:{W}(?:(?P<num>{NUM})|(?P<nth>{_EVERY_NTH})|(?:a{W})?(?P<few>few)))?"
        rf"{W}(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY_CLEAR})(?:{W}(?P<setpod>morning|afternoon|evening|night)\b)?"
        rf"|(?P<month>{MONTH})"
        rf"|(?P<season>{SEASON})|(?P<weekend>weekend)|(?P<pod>morning|afternoon|evening|night)\b)"
        r"|(?P<adv>annually|yearly|monthly|weekly|daily|hourly|quarterly|biannually|biennially|semiannually|nightly)\b)",
    ),
    # "that night", "later that evening", "the next morning", "the day before": the story's day in
    # narrative mode, in news the day the text named shortly before
    (
        "story_day",
        rf"(?P<rel>that(?:{W}same)?|the{W}(?:next|following|previous|same)){W}(?P<pod>morning|afternoon|evening|night)\b"
        rf"|the{W}(?P<dunit>day|{_PARTS_COUNTED}){W}(?P<dir>before|after)(?=\s{{0,3}}(?:[,.;:)]|$))",
    ),
    # "the second day of the talks": the day the clause names, or today after "is"
    (
        "nth_day",
        rf"the{W}(?P<nth>{lexicon.alternation('time', 'ordinals of an event day')}){W}day\b"
        r"(?=\s{1,3}(?:of\s|in\s{1,3}(?:office|power|charge)\b))",
    ),
    # "on the 15th", "by the 3rd": a day of the month the text is at (after a preposition)
    (
        "bare_ordinal",
        r"the\s{1,3}(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
        rf"(?=\s{{0,3}}(?:[,.;:)!?]|$)|\s{{1,3}}(?:{_AFTER_BARE_ORDINAL})\b)",
    ),
    # "yesterday morning", "this morning", "last night", "tonight", "today"
    (
        "deictic",
        rf"(?:(?P<pmod>early|late|earlier|later){W})?(?P<deictic>the{W}day{W}(?:before{W}yesterday|after{W}tomorrow)"
        rf"|today|tomorrow|yesterday|tonight|overnight|{_INFORMAL_DAYS})\b(?!(?<=overnight){W}{WEEKDAY_ANY})"
        rf"(?:{W}(?P<pod>morning|afternoon|evening|night|nite|{_INFORMAL_PARTS})\b)?",
    ),
    (
        "this_pod",
        rf"(?:(?P<pmod>early|late|earlier|later){W})?(?P<rel>this|last|tomorrow|yesterday){W}(?P<pod>morning|afternoon|evening|night|nite|{_INFORMAL_PARTS})\b",
    ),
    # "mid-afternoon", "early evening", "mid-morning yesterday", "late afternoon on Tuesday": a part of
    # a day, the day named with it or else the day the text is at (as for a clock time)
    (
        "pod_alone",
        rf"(?P<pmod>mid-|mid\s|early\s+|late\s+)(?P<pod>morning|afternoon|evening)\b(?![-‐])"
        rf"(?:{W}(?:on{W}|of{W})?(?:(?P<weekday>{WEEKDAY})|(?P<deictic>today|yesterday|tomorrow)\b"
        rf"|(?:(?P<month>{MONTH}){W}(?P<day>{DAY})|(?P<day>{DAY}){W}(?P<month>{MONTH_AFTER_DAY}))(?:,?{W}(?P<year>{YEAR}))?)|(?=\s{{1,3}}(?:{_POD_NOUNS})\b)"
        rf"|{_NO_NOUN_NEXT})",
    ),
    # "in the afternoon", "during the night": a part of the day the text is at (not "the morning of
    # May 3", whose day is the expression, nor "the morning session")
    (
        "pod_the",
        r"(?<=\b(?i:in|during|through|throughout)\s{1,3})the\s{1,3}(?P<pod>morning|afternoon|evening|night)\b"
        rf"(?![-‐'’]|\s{{1,3}}of\b){_NO_NOUN_NEXT}",
    ),
    # "on Mondays": every such day ("Tuesday nights" is the weekday rule's)
    # "on weekends": every weekend
    ("weekday_set", rf"(?P<weekday>{_WEEKDAY_STEM})s\b|(?<=\b(?i:on|at)\s{{1,3}})(?P<weekend>weekends)\b"),
    # "early Monday", "Monday morning", "last Friday", "next Tuesday", "Thursday, May 2"
    (
        "weekday",
        # ("following Friday's attack": a preposition before a possessive, not "the following Friday")
        rf"(?:(?P<pmod>early|late|earlier|later|{_NIGHTS}|the\s+(?:previous|following|next)"
        rf"|(?:previous|following)(?!\s{{1,3}}[A-Za-z]+['’]s\b))\s{{1,3}})?"
        rf"(?:(?P<rel>last|next|this|coming|this\s+coming|this\s+past|past){W})?(?P<weekday>{WEEKDAY_ANY})"
        # with its date, one expression: "Thursday, May 2", "SATURDAY 8 OCTOBER 2011, 9:31 AM"
        rf"(?:,?{W}(?:(?P<month>{MONTH_DATE}){W}(?P<day>{DAY}|{DAY_WORD})|(?:the{W})?(?P<day>{DAY}){W}(?:of{W})?"
        rf"(?P<month>{MONTH_AFTER_DAY})|(?P<nmd>(?:3[01]|[12]\d|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![/\d]))"
        rf"(?!\s{{0,2}}[-–]\s{{0,2}}\d|\s+(?:to|and|through|until|till|or)\s+\d)"
        rf"(?:,?{_NO_BLANK}{W}(?P<year>{YEAR}))?(?:,?{_NO_BREAK}\s{{1,3}}(?:at\s+)?(?P<clock>{CLOCK})(?:\s{{0,3}}(?P<tz>{TZ}))?)?"
        rf"|(?:(?=['’]s\b)|(?P<plural>s)\b)?(?:{W}(?P<pod>{_WEEKDAY_PARTS}|{_NIGHTS})(?P<plural>s)?\b)?)",
    ),
    # "the same month last year", "the same month a year earlier": the month named, a year back
    (
        "same_month_year_ago",
        rf"the{W}same{W}month{W}(?:of{W})?(?:last{W}year|the{W}(?:previous|prior|preceding){W}year"
        rf"|a{W}year{W}(?:ago|earlier|before))\b",
    ),
    # "last year's quarter", "last year's comparable period"
    (
        "last_years_period",
        rf"last{W}year(?:'s|’s){W}(?P<padj>(?:comparable|corresponding|same|fiscal){W})?(?P<what>period|quarter)\b(?!-)",
    ),
    # "early next year", "earlier this month", "the end of the year", "last week", "the previous year"
    (
        "relative",
        rf"(?:(?P<pmod>early|late|earlier|later)(?:{W}in)?{W}|{MOD_PRE})(?P<rel2>(?:the{W})?(?:{_RELATIVE}))?"
        rf"(?:{W})?(?(rel2)|(?(premod)|(?(pmod)|(?!))))(?:the{W})?(?P<cunit>year|month|week|weekend|quarter|decade|century|(?:fiscal|financial)\s+year|day|fortnight)\b(?!-)",
    ),
    # financial reports: "the latest quarter", "the year-ago period", "year-earlier" profit, "the same
    # period last year", "the quarter a year ago"
    (
        "fin_period",
        rf"(?:the|its){W}(?P<padj>(?:latest|most\s+recent|comparable|corresponding|same|year-ago|year-earlier)"
        rf"(?:{W}(?:year-ago|year-earlier|fiscal))?{W})?(?P<what>period|quarter)\b(?!-|\s{{1,3}}century){_PERIOD_TAIL}",
    ),
    ("year_ago_adj", r"(?P<adj>year-ago|year-earlier)\b(?!\s+(?:quarter|period)\b)"),
    (
        "relative_plain",
        rf"(?P<rel2>(?:the{W})?(?:{_RELATIVE})|{_INFORMAL_RELATIVE})"
        rf"{W}(?P<cunit>year|yr|month|week|wk|weekend|quarter|decade|century|(?:fiscal|financial)\s+year|fortnight|day)\b(?!-|\s+(?:or|and)\s+(?:two|so))",
    ),
    # "at month's end", "by year's end", "by the year's end"
    ("unit_end", rf"(?:the{W})?(?P<cunit>year|month|week|quarter)(?:'s|’s){W}(?:end|close)\b"),
    # "the year previous", "the year before." (at a clause's end; "the year before the war" is an event's)
    (
        "unit_post",
        rf"the{W}(?P<cunit>year|month|week)\s{{1,3}}(?P<rel2>previous|following|prior|before|after|earlier|later)\b"
        r"(?=\s{0,3}(?:[,.;:)]|$))",
    ),
    ("fiscal_year", rf"the{W}(?:(?:full|latest|current){W})?(?:fiscal|financial){W}year\b(?![-‐])"),
    # "the weekend", "this long weekend", "enjoy your weekend" (the possessive left out)
    (
        "the_weekend",
        r"(?:(?P<the>the|this|last|next)\s{1,3}(?:long\s{1,3})?"
        rf"|(?<=\b(?i:{lexicon.alternation('time', 'possessives before a weekend')})\s{{1,3}}))"
        r"(?:weekend|wknd|wkend)\b",
    ),
    # "last November", "this September", "next May"
    # "the following January", "the previous June": the month after or before the one the text is at
    (
        "rel_month",
        rf"(?P<rel>last|next|this|coming|this\s+past|this\s+coming|{_SEQUEL}){W}(?P<month>{MONTH})(?!{W}\d)",
    ),
    # "mid-November", "early December", "the end of November", a bare "November"/"Jan."
    ("month", rf"{MOD_PRE}(?P<month>{MONTH})(?:{W}(?:of{W})?(?P<ryear>(?:last|this|next){W}year)\b)?"),
    # "76 BC", "264 B.C.", "AD 800" (four-digit years with an era are the year rule's: "1066 AD")
    (
        "era_year",
        rf"(?:(?:(?P<num1>\d{{1,4}})(?:\s{{0,2}}[-–]\s{{0,2}}|\s{{1,3}}(?:to|and|until|till|through)\s{{1,3}}))?"
        rf"(?P<num>\d{{1,4}})\s?(?P<era>{ERA})|(?-i:AD|A\.D\.)\s?(?P<num>\d{{1,4}})(?![\d,.]\d))",
    ),
    # years and year ranges: "2006", "2006-2010", "mid-2005", "the end of 1990", "1994 or later"
    (
        "year",
        rf"{MOD_PRE}(?:(?P<yearword>the\s+year|year){W}(?:of{W})?)?(?P<year>{YEAR})(?:\s?(?P<era>{ERA}))?(?P<range>\s{{0,2}}[-–]\s{{0,2}}(?P<year2>{YEAR}|\d\d(?!\d)))?"
        r"(?!\s{0,2}(?:%|-[a-z]|percent|per\s+cent|[.,:]\d))",
    ),
    (
        "year_words",
        rf"(?:the{W}year{W})?(?P<yw>{YEAR_WORDS})\b(?![\s-]{{1,3}}(?:{_UNIT_WORDS}|people|dollars))",
    ),
    # a market report's day or week: "down 2 percent on the day.", "For the week, ...", "ended the day higher"
    (
        "report_day",
        rf"(?<=\b(?i:{_REPORT_DAY_BEFORE})\s{{1,3}})the{W}(?P<cunit>day|week)\b"
        rf"(?=\s{{0,3}}[,.;:)]|\s{{1,3}}(?:\d|(?:{_REPORT_DAY_AFTER})\b))"
        rf"|the{W}(?P<cunit>day|week)(?=['’]s\s{{1,3}}(?:[a-z]+est|{_REPORT_POSSESSIVE_AFTER})\b)",
    ),
    # "for the year", "the full year", "a high for the year", "the year ended March 31"
    (
        "the_year",
        rf"the{W}(?:(?P<yadj>full|whole|entire|calendar){W})?(?P<cunit>year)\b(?![-‐]|\s{{1,3}}(?:\d|ago|earlier"
        r"|later|before|after|previous|following|prior|of\b(?!\s{1,3}[$£€¥#]\d)|when|in\s+which|that|which|since"
        r"|nineteen|two\s+thousand)\b)",
    ),
    # "by year-end", "around year end", "since year-end"
    ("year_end", rf"(?:(?P<approx>around|about){W})?year[-‐\s]end\b(?![-‐])"),
    (
        "ref",
        r"(?P<present>right\s+now|now|currently|at\s+(?:the|this)\s+moment|at\s+present|presently|nowadays|these\s+days"
        rf"|the\s+present(?:\s+(?:time|day)\b|{_NO_NOUN_NEXT})|current)\b"
        # "the past decades", "in recent decades": a past of some length
        rf"|(?P<past>recently|lately|the\s+other\s+day(?!\s+of\b)|the\s+past(?:\s+(?:{_PAST_SPANS})\b)?|recent\s+(?:{_PAST_SPANS})"
        rf"|(?P<counted>(?:past|previous|prior)\s+(?:{_VAGUE_SPANS})))\b"
        # "in coming quarters", "the next decades", "in future years": some stretch ahead
        rf"|(?P<future>(?P<counted>(?:coming|upcoming|future)\s+(?:{_VAGUE_SPANS}))"
        rf"|the\s+(?:coming|upcoming|future|next)\s+(?:{_VAGUE_SPANS})"
        r"|the\s+(?:near\s+|distant\s+)?future|future|soon"
        rf"|the\s+(?:{_VAGUE_SPANS})\s+(?:ahead|to\s+come){_TERM_AHEAD})\b",
    ),
    (
        "holiday",
        rf"(?-i:(?P<hol>{HOLIDAY}))\b(?:,?[^\S\n]{{1,3}}(?P<hyear>(?:1[5-9]|20)\d\d)\b(?![\d,.]\d|\s{{0,2}}%))?",
    ),
    (
        "clock",
        rf"(?:(?P<approx>around|about|approximately)\s+)?(?P<clock>{CLOCK_POD}|{O_CLOCK}|{CLOCK}|{CLOCK_HOURS})"
        rf"(?:\s{{0,3}}(?P<tz>{TZ}))?",
    ),
    # "for some time", "will take a while" (a length with neither count nor unit; not "some time ago")
    (
        "vague_length",
        rf"(?<=\b(?:{_NO_UNIT_BEFORE})\s{{1,3}}(?:quite\s{{1,3}})?)(?:some\s{{1,3}}time|a\s{{1,3}}(?:little\s{{1,3}})?while)\b"
        rf"(?![-‐]|\s{{1,3}}(?:{_POINT_AFTER_NO_UNIT})\b)",
    ),
    # "at a later date", "to a future date" (not "an earlier date": earlier than planned)
    ("later_date", rf"(?<=\ban?\s{{1,3}})(?:{_LATER_DATE})\s{{1,3}}date\b(?![-‐])"),
]

RULE_NAMES: Final[tuple[str, ...]] = tuple(f"r_{name}" for name, _ in RULES)

NARRATIVE_ONLY: Final = frozenset(["story_later"])
"""Rules compiled only in narrative mode: in news their words are left as they were (a duration)."""
