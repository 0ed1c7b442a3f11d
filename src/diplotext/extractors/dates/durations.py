"""Rules for lengths of time and repetition: durations ("six years", "three-day", "for years"),
"ago" expressions ("two years ago", "a year earlier", "two years before the war") and sets
("annually", "every two weeks", "twice a year", "each Thursday").
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression
from diplotext.patterns import KEEP_GIL

from . import anchoring
from .bare_lengths import opens_length_of
from .blocks import MONTHS, WEEKDAY, WEEKDAYS, weekday_number
from .context import Context, Match, _g, _one, _tx
from .parts import _POD, _month
from .periodedges import period_edge
from .periods import _SEASONS
from .quarters import _year_ago_quarter
from .quarterstretches import quarters_are_places, quarters_of_are_time
from .resolve import day_value, shift, year_value
from .titles import is_daily_paper
from .values import duration_value, mod_of, parse_number, unit_of

_SET_POD: Final = {k: f"T{v}" for k, v in _POD.items()}
"""A part of a day after a weekday of a set ("every Friday night")."""

_AGO_MOD: Final = {
    "MORE_THAN": "BEFORE",
    "LESS_THAN": "AFTER",
    "APPROX": "APPROX",
    "EQUAL_OR_MORE": "ON_OR_BEFORE",
}


_PUNCT_NEXT: Final = regex.compile(r"\s*(?:[.,;:)]|$)")
_OF_NEXT: Final = regex.compile(r"\s+of\b")
_OLD_NEXT: Final = regex.compile(r"[-‐]old\b|\s+old\b")
_LONG_NEXT: Final = regex.compile(r"[-‐]long\b")
_AGED_BEFORE: Final = regex.compile(r"\b(?:aged|age\s{1,3}of)\s{1,3}$", regex.IGNORECASE)
_AGO_ADJ_NEXT: Final = regex.compile(r"[-‐](?:ago|earlier)\b")
_COMPOUND_NEXT: Final = regex.compile(r"[-‐](?!long\b|old\b|and\b)[a-z]")
_RATE_BEFORE: Final = regex.compile(r"(?:\d|%|\b(?:once|twice|times|\w+s|cents?|each|per))\s{1,3}$")
_COUNTED_NEXT: Final = regex.compile(
    rf"\s{{1,3}}(?:{lexicon.alternation('time', 'words after a length counted from an event')})\b",
    regex.IGNORECASE,
)
"""After "a week": a length counted from an event ("comes a week after the vote"), no rate."""
_NOT_BARE_NEXT: Final = regex.compile(r"\s*(?:of|old|[-‐]old|ago)\b")
_AGO_NEXT: Final = regex.compile(r"\s{1,3}ago\b")
_WORD_NEXT: Final = regex.compile(r"\s{1,3}([A-Za-z][\w-]*)")
_AHEAD_BEFORE: Final = regex.compile(
    rf"(?:\b|(?=['’]))(?:{lexicon.alternation('time', 'words before soon ahead')})\s{{1,3}}$",
    regex.IGNORECASE,
)
_NOT_A_VERB: Final = lexicon.words("time", "words after one day that are no verb")
_ONE_DAY_AHEAD_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before one day ahead')})\s{{1,3}}$", regex.IGNORECASE
)
_MODALS_AFTER: Final = lexicon.words("time", "words before soon ahead") - {"to"}
_NOUN_NEXT: Final = regex.compile(r"\s{1,3}[a-z]")


def _some_day_ahead(ctx: Context, m: Match) -> bool:
    """ "may one day help", "will one day be", "hopes to one day run": "one day" between a modal
    (or the "to" of an infinitive, a subject pronoun, "hopes", "that" ...: the lexicon's
    ``time``/``words before one day ahead``) and its verb, or before a modal ("the church one day
    may reopen"), is some day ahead (``FUTURE_REF``), not a length of time ("reduced to one day",
    "will take one day", "to one day a week" stay durations)."""
    if m.group("unit").lower() != "day" or " ".join(m.group().lower().split()) != "one day":
        return False
    word = _WORD_NEXT.match(ctx.after(m.end(), 20), None, None, KEEP_GIL)
    if word is None or not word.group(1).islower():
        return False
    before = ctx.before(m.start(), 12)
    if _ONE_DAY_AHEAD_BEFORE.search(before, None, None, KEEP_GIL):
        return word.group(1) == "to" or word.group(1) not in _NOT_A_VERB  # "hopes one day to visit"
    if word.group(1) in _NOT_A_VERB:
        return False
    if _AHEAD_BEFORE.search(before, None, None, KEEP_GIL):
        return True  # "will one day be", "to one day run"
    return word.group(1) in _MODALS_AFTER  # "the church one day may reopen"


def _article_of_noun(m: Match, after: str) -> bool:
    """ "the 20 year conflict", "the two day rally": a singular unit after a number, before a noun,
    is the noun's modifier, and the article is the noun's (the expression is "20 year")."""
    return (
        (_g(m, "span") or "").lower() == "the"
        and bool(_g(m, "num"))
        and not m.group("unit").lower().endswith("s")
        and bool(_NOUN_NEXT.match(after, None, None, KEEP_GIL))
        and not _NOT_BARE_NEXT.match(after, None, None, KEEP_GIL)
    )


def _amount(m: Match) -> float | None:
    """The number of units; "and a half" adds half of one ("two and a half years", "an hour and a half")."""
    amount = parse_number(_g(m, "num")) if _g(m, "num") else None
    if amount is not None and _g(m, "half"):
        amount += 0.5
    return amount


def r_ago(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    unit = unit_of(m.group("unit"))
    if unit is None or (unit == "quarter" and _HOUR_NEXT.match(ctx.text, m.end(), None, KEEP_GIL)):
        return None  # "a quarter before 11 a.m.": a clock time (the clock-words rule's)
    amount = _amount(m)
    direction = m.group("dir").lower()
    if direction == "back":
        direction = "ago"  # "ten years back.": as long ago (only before a stop: "a week back in 2001")
    if direction in ("before", "prior") and not _PUNCT_NEXT.match(
        ctx.after(m.end(), 3), None, None, KEEP_GIL
    ):
        # "two years before the war": the duration alone
        s = m.start("num") if _g(m, "num") else m.start("vague")
        return _one(_tx(ctx, s, m.end("unit"), "DURATION", duration_value(amount, unit)))
    mod = mod_of(_g(m, "dmod"))
    mod = _AGO_MOD.get(mod or "", None)
    if ctx.story is not None and direction != "ago" and amount is not None and amount == int(amount):
        got = anchoring.story(ctx, unit, -int(amount))  # narrative: "a year earlier" than the story's time
        if got is not None and got[0] is not None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], mod, relative=got[1]))
    if amount is not None and amount != int(amount) and unit in ("decade", "century"):
        unit, amount = "year", amount * (10 if unit == "decade" else 100)  # "a decade and a half ago"
    if amount is not None and amount != int(amount) and unit == "year" and amount * 12 == int(amount * 12):
        unit, amount = "month", amount * 12  # "two and a half years ago": thirty months back
    if amount is None or ctx.anchor is None or amount != int(amount):
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "PAST_REF", mod))
    n = int(amount)
    if n == 1 and unit == "year" and direction in ("ago", "earlier") and not mod:
        quarter = _year_ago_quarter(ctx, m.start(), m.end()) or _year_before_month(ctx, m.start(), m.end())
        if quarter:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", quarter, relative=True))
    if direction != "ago" and unit in ("day", "week", "month") and not _compared_apart(ctx, unit, m.start()):
        # news: "met two days earlier" counts back from the day the text named last ("on Friday")
        got = anchoring.from_named(ctx, unit, -n, m.start())
        if got is not None and got[0] is not None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], mod, relative=got[1]))
    if (
        direction != "ago"
        and unit == "year"
        and n > 1  # ("a year earlier" is most often a comparison with the period reported)
        and ctx.mode == "news"
        and ctx.last_year is not None
        and 0 <= m.start() - ctx.last_year_end <= anchoring.FROM_NAMED_REACH
    ):  # news: "in 1984 ... Eight years earlier" counts back from the year named last
        told = year_value(ctx.last_year - n)
        return _one(_tx(ctx, m.start(), m.end(), "DATE", told, mod, relative=year_value(ctx.last_year)))
    value: str | None
    if unit in ("second", "minute", "hour"):
        value = day_value(ctx.anchor)
    elif unit == "millennium":
        value = shift(ctx.anchor, "year", -1000 * n)
    else:
        value = shift(ctx.anchor, unit, -n)
    if value is not None and unit in ("decade", "century"):
        value = shift(ctx.anchor, "year", -n * (10 if unit == "decade" else 100))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))


_COMPARED_FIGURE_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words comparing a figure with an earlier one')})\s{{1,3}}"
    r"(?:[$£€¥#]?\s?\d[\d.,]*(?:\s?(?:%|[a-z]+))?\s{1,3}(?:[a-z]+\s{1,3})?)?$",
    regex.IGNORECASE,
)
"""A comparison word, and perhaps a figure, right before "a day earlier" ("against 1.9647 a day
earlier", "from $4 million a month earlier")."""


def _compared_apart(ctx: Context, unit: str, start: int) -> bool:
    """Is "a day earlier" a comparison ("against 1.96 a day earlier") with a day or month named in
    an earlier sentence? A figure compared with its value some time before is of the report's own
    present ("the pound was at 1.96, against 1.97 a day earlier"), unless the sentence itself named
    the period ("rose in February from 12 months earlier")."""
    if not _COMPARED_FIGURE_BEFORE.search(ctx.before(start, 48), None, None, KEEP_GIL):
        return False
    named = ctx.last_month if unit == "month" else ctx.last_day
    return named is not None and _SENTENCE_STOP.search(ctx.text, named[1], start, KEEP_GIL) is not None


def _year_before_month(ctx: Context, start: int, end: int) -> str | None:
    """ "Exports fell 3 percent in April from a year earlier": the month the sentence named shortly
    before, as the last period it named (not a day of it, nor "last month"), a year before
    (``2012-04``). It is a comparison, not a month "the following month" counts from."""
    named = ctx.last_month
    if named is None or start - named[1] > YEAR_BEFORE_MONTH_REACH or not named[0][:4].isdigit():
        return None
    if ctx.last_period != named or not _MONTH_NAME_END.search(
        ctx.text, max(0, named[1] - 12), named[1], KEEP_GIL
    ):
        return None  # "in the third quarter", "reported last month": not a month of its own
    if _SENTENCE_STOP.search(ctx.text, named[1], start, KEEP_GIL):
        return None
    ctx.compared = end
    return f"{int(named[0][:4]) - 1:04d}{named[0][4:7]}"


YEAR_BEFORE_MONTH_REACH: Final = 120
"""How far (in characters) after a month "a year earlier" or "a year ago" compares with it."""
_SENTENCE_STOP: Final = regex.compile(r"[.!?;](?=\s)")
_MONTH_NAME_END: Final = regex.compile(rf"\b(?:{'|'.join(MONTHS)})\.?$", regex.IGNORECASE)


_LAST_SPAN_BEFORE: Final = regex.compile(
    rf"(?:\b(?:{lexicon.alternation('time', 'words before a span last')})\s{{1,3}}"
    r"|^\s*|[,;:(\[\]—–-]\s{0,3})$",
    regex.IGNORECASE,
)
"""Before a bare "last" that opens a span ("over last two years"); after any other word "last" is the
verb ("the strike would last 48 hours", "talks last two days"), left out of the expression."""


_DAY_FROM: Final = regex.compile(
    rf"\s{{1,3}}from\s{{1,3}}(?:now|today|tomorrow|{WEEKDAY})\b", regex.IGNORECASE
)
"""After a length: "from" and a day it counts from ("ten days from now", "a week from Friday")."""
_HOUR_NEXT: Final = regex.compile(r"\s{1,3}(?:\d|noon\b|midnight\b|midday\b)", regex.IGNORECASE)
_CLOCK_HOURS: Final = regex.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ABOUT: Final = frozenset(["around"])


def r_duration(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "old"):
        return []
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    num = (_g(m, "num") or "").lower()
    after = ctx.after(m.end(), 12)
    if unit == "second" and num in ("a", "an", "") and not _g(m, "dmod"):
        return None
    if unit == "quarter" and (
        num in ("a", "an", "one")
        or (_OF_NEXT.match(after, None, None, KEEP_GIL) and not quarters_of_are_time(ctx, m))
        or quarters_are_places(ctx, m)
    ):
        return None  # "three quarters of the vote", "criticized in some quarters"
    if (
        unit == "hour"
        and _CLOCK_HOURS.fullmatch(num, None, None, KEEP_GIL)
        and (_g(m, "dmod") or "").lower() in _ABOUT
    ):
        return None  # "around 1400 hours": a clock time (the clock rule reads it from the digits)
    if _OLD_NEXT.match(after, None, None, KEEP_GIL) or _AGED_BEFORE.search(
        ctx.before(m.start(), 16), None, None, KEEP_GIL
    ):
        return []  # "84 years old", "aged 84 years": an age
    if num in ("a", "an") and _LONG_NEXT.match(after, None, None, KEEP_GIL):
        return None  # "a month-long dispute": "month-long" is the expression, as "day-long" is
    if _AGO_ADJ_NEXT.match(after, None, None, KEEP_GIL):
        return None  # "a year-earlier loss": the adjective's, not a duration
    if num in ("a", "an") and _COMPOUND_NEXT.match(after, None, None, KEEP_GIL):
        return None  # "a year-ending match", "a day-night game": a word of a compound adjective
    counted_from = ctx.text.startswith(" from ", m.end()) and bool(
        _DAY_FROM.match(ctx.text, m.end(), None, KEEP_GIL)
    )
    if (
        num in ("a", "an")
        and not _g(m, "span")
        and not _g(m, "dmod")
        and not counted_from
        and not _COUNTED_NEXT.match(ctx.text, m.end(), None, KEEP_GIL)
        and _RATE_BEFORE.search(ctx.before(m.start(), 24), None, None, KEEP_GIL)
    ):
        return None  # a rate: "700 seats a week", "$1.76 a year"
    amount = _amount(m)
    vague = (_g(m, "vague") or "").lower()
    mod = mod_of(_g(m, "dmod"))
    if "couple" in vague:
        amount = 2.0
    elif "dozen" in vague and "dozens" not in vague:
        amount = 12.0
    if amount is None and not vague:
        return None
    if _some_day_ahead(ctx, m):
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "FUTURE_REF"))
    start = m.start()
    if _article_of_noun(m, after):
        start = m.start("num")
    if _g(m, "span") == "last" and not _LAST_SPAN_BEFORE.search(
        ctx.before(m.start("span"), 16), None, None, KEEP_GIL
    ):
        start = m.start("num") if _g(m, "num") else m.start("vague")  # "would last 48 hours": a verb
    if (_g(m, "span") or "").lower() == "following":
        start = (
            m.start("num") if _g(m, "num") else m.start("vague")
        )  # "following two years of talks": a preposition
    ctx.counted_from = ctx.counted_from or counted_from
    return _one(_tx(ctx, start, m.end(), "DURATION", duration_value(amount, unit), mod))


def r_duration_half(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "half an hour", and "nearly half an hour" with the modifier before it (looked back at, so
    that the rule is tried at "half" alone)."""
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    before = ctx.before(m.start(), 24)
    dmod = _DUR_MOD_BEFORE.search(before, None, None, KEEP_GIL)
    start = m.start() - len(before) + dmod.start() if dmod else m.start()
    mod = mod_of(dmod.group(1)) if dmod else None
    return _one(_tx(ctx, start, m.end(), "DURATION", duration_value(0.5, unit), mod))


def r_duration_quarter(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "a quarter of an hour" (15 minutes), "three quarters of a century", "a quarter-century": the
    share ("a", "one", "three") and a modifier before it are looked back at."""
    unit = unit_of(m.group("unit"))
    before = _SHARE_BEFORE.search(ctx.before(m.start(), 40), None, None, KEEP_GIL)
    if unit is None or before is None:
        return None
    share = 0.75 if before.group("share").lower() == "three" else 0.25
    start = m.start() - (len(ctx.before(m.start(), 40)) - before.start())
    mod = mod_of(before.group("dmod")) if before.group("dmod") else None
    return _one(_tx(ctx, start, m.end(), "DURATION", duration_value(share, unit), mod))


_SHARE_BEFORE: Final = regex.compile(
    rf"(?<![\w-])(?:(?P<dmod>{lexicon.alternation('time', 'duration modifier values')})\s{{1,3}})?"
    r"(?P<share>a|one|three)\s{1,3}$",
    regex.IGNORECASE,
)
"""Before "quarter of an hour": the share and a modifier ("nearly a quarter", "three quarters")."""


_DUR_MOD_BEFORE: Final = regex.compile(
    rf"(?<![\w-])({lexicon.alternation('time', 'duration modifier values')})\s{{1,3}}$", regex.IGNORECASE
)


def r_duration_adj(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    old = (_g(m, "old") or "").lower()
    if old and "long" not in old:
        return []
    unit = unit_of(m.group("unit"))
    if unit is not None and _g(m, "vague"):
        return _one(_tx(ctx, m.start(), m.end(), "DURATION", duration_value(None, unit)))  # "several-year"
    word = m.group("num").lower()
    amount = 0.5 if word == "half" else parse_number(word)
    if unit is None or amount is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DURATION", duration_value(amount, unit)))


def r_duration_long(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = m.group("unit").lower()
    unit = unit_of(word)
    if unit is None:
        return None
    amount = None if word.endswith("s") else 1.0
    return _one(_tx(ctx, m.start(), m.end(), "DURATION", duration_value(amount, unit)))


def r_bare_plural(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    if _g(m, "edge") is not None:
        return period_edge(ctx, m, unit)  # "the first days of the war"
    after = ctx.after(m.end(), 8)
    ago = _AGO_NEXT.match(after, None, None, KEEP_GIL)
    if ago is not None and m.group().lower() == m.group("unit").lower():
        return _one(_tx(ctx, m.start(), m.end() + ago.end(), "DATE", "PAST_REF"))  # "decades ago"
    if _NOT_BARE_NEXT.match(after, None, None, KEEP_GIL) and not (
        after.lstrip().startswith("of") and opens_length_of(ctx.before(m.start(), 40))
    ):
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DURATION", duration_value(None, unit)))


_SET_ADV: Final = {
    "annually": "P1Y",
    "yearly": "P1Y",
    "monthly": "P1M",
    "weekly": "P1W",
    "daily": "P1D",
    "hourly": "PT1H",
    "quarterly": "P3M",
    "biannually": "P6M",
    "semiannually": "P6M",
    "biennially": "P2Y",
    "nightly": "P1D",
}


_FUNCTION_WORDS: Final = lexicon.words("time", "function words between a number and a unit")


_FREQ: Final = {"once": "1X", "twice": "2X", "three times": "3X", "four times": "4X"}


_EVERY_NTH: Final = {k: int(v) for k, v in lexicon.mapping("time", "ordinals after every").items()}
"""After "every": "every second week" is every two weeks."""


def r_set(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "adv"):
        if is_daily_paper(ctx.text, m.start("adv"), m.end("adv")):
            return []  # "the Haaretz daily said", "China Daily": a newspaper
        nxt = _WORD_NEXT.match(ctx.after(m.end(), 24), None, None, KEEP_GIL)
        adjective_ok = m.group("adv").lower() in ("daily", "weekly") and nxt and nxt.group(1).islower()
        if nxt and nxt.group(1) not in _FUNCTION_WORDS and not adjective_ok:
            return (
                None  # "quarterly dividend", "daily flights", "the party daily Granma": an adjective, a noun
            )
        return _one(_tx(ctx, m.start(), m.end(), "SET", _SET_ADV[m.group("adv").lower()], quant="EVERY"))
    if _g(m, "freq"):
        unit = unit_of(m.group("unit"))
        if unit is None:
            return None
        freq_word = " ".join(m.group("freq").lower().split())
        freq = _FREQ.get(freq_word)
        if freq is None:
            n = parse_number(freq_word.split()[0])
            freq = f"{int(n)}X" if n else "XX"
        return _one(_tx(ctx, m.start(), m.end(), "SET", duration_value(1.0, unit), freq=freq))
    value: str | None
    if _g(m, "weekday"):
        # "every Tuesday", "every Thurs", "each Friday night" (``XXXX-WXX-5TNI``)
        pod = _SET_POD.get((_g(m, "setpod") or "").lower(), "")
        value = f"XXXX-WXX-{weekday_number(m.group('weekday'))}{pod}"
    elif _g(m, "month"):
        month = _month(m.group("month"))
        value = f"XXXX-{month:02d}" if month else None
    elif _g(m, "season"):
        value = f"XXXX-{_SEASONS[m.group('season').lower()][0]}"
    elif _g(m, "weekend"):
        value = "XXXX-WXX-WE"
    elif _g(m, "pod"):
        value = f"XXXX-XX-XXT{_POD[m.group('pod').lower()]}"
    else:
        unit = unit_of(m.group("unit") or "")
        if unit is None:
            return None
        nth, few = _g(m, "nth"), _g(m, "few")
        amount = (
            parse_number(_g(m, "num")) if _g(m, "num") else float(_EVERY_NTH[nth.lower()]) if nth else 1.0
        )
        if amount is None:
            return None
        if _g(m, "other"):
            amount *= 2
        value = duration_value(None if few else amount, unit)  # "every few years": PXY
    return _one(_tx(ctx, m.start(), m.end(), "SET", value, quant="EVERY"))


def r_weekday_set(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "on Mondays": every such day."""
    before = _WORD_BEFORE_PLURAL.search(ctx.before(m.start(), 16), None, None, KEEP_GIL)
    if before is not None and (
        before.group(1) == "the"
        or (before.group(1)[0].isupper() and before.group(1).lower() not in _PLURAL_OPENERS)
    ):
        return None  # "TGI Fridays", "Happy Mondays", "the Fridays for ...": a name
    if _g(m, "weekend"):
        return _one(_tx(ctx, m.start(), m.end(), "SET", "XXXX-WXX-WE", quant="EVERY"))
    value = f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}"
    return _one(_tx(ctx, m.start(), m.end(), "SET", value, quant="EVERY"))


_WORD_BEFORE_PLURAL: Final = regex.compile(r"\b([A-Za-z]+)\s{1,3}$")
_PLURAL_OPENERS: Final = lexicon.words("time", "openers before a plural weekday")
"""The word before a plural weekday: "the" or a capitalised word not in this lexicon section makes
a name ("TGI Fridays", "Happy Mondays"); a preposition or verb before the days is lower case."""
