"""Rules for expressions relative to the anchor or to the narrative: a unit with "last", "next",
"this" or "the following" ("last week", "the previous year", "earlier this month"), the weekend, and
the vague references "now", "recently", "the future" (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from . import anchoring
from .blocks import MONTH, NUMWORD
from .context import Context, Match, _g, _one, _tx
from .namedperiod import period_named_before
from .parts import _POD, _pmod, _premod, _rel_shift
from .quarters import _ENDED_NEXT, _MONEY_BEFORE, _SENTENCE_BREAK, _year_ago_quarter
from .resolve import add_months, day_value, iso_week_value, quarter_of, shift, year_value
from .values import duration_value
from .weekendgone import weekend_gone


def _unresolved(unit: str) -> str:
    return {
        "year": "XXXX",
        "month": "XXXX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "quarter": "XXXX-QX",
        "decade": "XXX",
        "century": "XX",
        "day": "XXXX-XX-XX",
        "fortnight": "XXXX-WXX",
    }[unit]


_YEAR_NEXT: Final = regex.compile(r"\s{1,3}(?:in|of)\s{1,3}((?:19|20)\d\d)\b")
_CURRENT_NOUN_NEXT: Final = regex.compile(
    r"\s+(?:account|affairs|events|issue|edition|form|law|laws|situation)\b"
)
_NOUN_CURRENT_NEXT: Final = regex.compile(
    rf"\s*(?:[.;:!?)\"”]|$)|\s+(?:{lexicon.alternation('time', 'words after the noun current')})\b"
)
"""After "current": a stop or a word of the lexicon's ``time``/``words after the noun current``: the noun."""
_EARLIER_END_NEXT: Final = regex.compile(r"\s*(?:[.,;:)]|$|\s+(?:that|this|in|on|when|as|than)\b)")
_EARLIER_ADJ_BEFORE: Final = regex.compile(r"\d\s*$|\b(?:an?|the|than)\s+$")
_AS_BEFORE: Final = regex.compile(r"\bas\s+$")
_AFTER_NEXT: Final = regex.compile(r"\s+after\b")
_PAST_FORMS: Final = lexicon.words("time", "past forms") - {"ago", "last", "yesterday", "earlier"}
_PAST_NEXT: Final = regex.compile(
    r"\s+(?:(?:" + "|".join(lexicon.longest_first(_PAST_FORMS)) + r")|(?!(?:pro|suc|ex)ceed\b)[a-z]{3,}ed)\b"
)
_PAST_BEFORE: Final = regex.compile(r"\b(?:was|were|had)\s+$")
_MODAL_BEFORE: Final = regex.compile(
    rf"(?:\b|(?=['’]))(?:{lexicon.alternation('time', 'words before soon ahead')})\s+$"
)
"""Around "soon" in a past clause ("he was soon released", "a trickle that soon became a flood"): no
future, the story's own "soon" after an event."""
_FORESEEABLE_BEFORE: Final = regex.compile(r"foreseeable\s+$")
_COUNT_BEFORE: Final = regex.compile(rf"(?:\d|\b{NUMWORD}|\bfew|\bseveral)\s{{1,3}}$", regex.IGNORECASE)
"""Before "previous quarters", "coming years": a count ("the two previous quarters": a length, not a ref)."""
_NOUN_NEXT: Final = regex.compile(
    rf"\s{{1,3}}(?!(?:{lexicon.alternation('time', 'words after the future')})\b)[a-z]"
)
"""After "the future": a noun it qualifies ("the future king"), not a word of the lexicon's
``time``/``words after the future`` ("into the future if ...")."""
_COUNT_NEXT: Final = regex.compile(
    r"\s{1,3}(?:\d|(?:"
    + "|".join(lexicon.longest_first(w for w in lexicon.NUMBER_WORDS if w not in ("a", "an")))
    + r")\b|few\b|couple\b)"
)
"""After "the past": a count ("the past three summers", "the past few matches"); a count of time
units is a duration (another rule). Not "a" nor "many" ("In the past many viruses were ...")."""
_SEASONS_NEXT: Final = regex.compile(rf"\s{{1,3}}(?:{lexicon.alternation('time', 'counted seasons')})\b")
_BARE_NOUN_NEXT: Final = regex.compile(r"\s{1,3}(?!of\b|and\b|or\b|as\b|is\b|in\b|for\b)[a-z]")
"""After "future" without "the": most words make it a noun ("his future at the club")."""
_DETERMINER_BEFORE: Final = regex.compile(r"\b(?:a|any|no|its|their|his|her|our|the)\s+$")


_STORY_RELS = frozenset(
    [
        "that",
        "the same",
        "same",
        "the next",
        "the following",
        "following",
        "the previous",
        "previous",
        "the preceding",
        "preceding",
        "the prior",
        "prior",
    ]
)
"""Words that, in narrative mode, count a unit from the story's time ("the next day", "that year");
"next year", "last week" and "this month" stay with publication (the time of writing)."""


_SPANS: Final = frozenset(
    ["the past", "past", "the last", "last", "the next", "next", "the coming", "coming"]
)
_AND_A_HALF_NEXT: Final = regex.compile(r"\s{1,6}and\s{1,6}a\s{1,6}half\b")


def r_relative(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if m.group("cunit")[:1].isupper() and m.start("cunit") > m.start():
        return None  # "This Week", a title
    unit = " ".join(m.group("cunit").lower().split())
    if unit == "day" and _g(m, "pmod") and _IN_THE_DAY.search(m.group()):
        return None  # "later in the day": a part of a day the text is telling, left alone as before
    day_named = ctx.last_day is not None and m.start() - ctx.last_day[1] <= _DAY_TOLD_REACH
    if (
        unit == "day"
        and not day_named
        and _END_OF_THE_DAY.fullmatch(m.group())
        and _IDIOM_AROUND.match(ctx.text, m.end())
        and _AT_BEFORE.search(ctx.before(m.start(), 4))
    ):
        return []  # "But at the end of the day, it is their choice": an idiom, no time
    if unit in ("fiscal year", "financial year"):
        unit = "year"
    elif unit in ("wk", "yr"):
        unit = "week" if unit == "wk" else "year"  # "back to school next wk", "married last yr"
    rel_norm = " ".join((_g(m, "rel2") or "").lower().split())
    rel_norm = _INFORMAL_RELATIVE.get(rel_norm, rel_norm)  # "see you nxt week"
    rel_norm = _AFTER_UNIT.get(rel_norm, rel_norm)  # "the year before" is "the previous year"
    if rel_norm == "that same":
        rel_norm = "the same"  # "that same day": the day named before
    if (
        rel_norm in _SPANS
        and ctx.text.startswith(" and", m.end())
        and not _g(m, "premod")
        and not _g(m, "pmod")
    ):
        half = _AND_A_HALF_NEXT.match(ctx.text, m.end(), ctx.hi)
        if half is not None:  # "over the past decade and a half": a length of time
            return _one(_tx(ctx, m.start(), half.end(), "DURATION", duration_value(1.5, unit)))
    if unit == "fortnight" and rel_norm in _SPANS and rel_norm.startswith("the "):
        return _one(_tx(ctx, m.start(), m.end(), "DURATION", "P2W"))  # "the past fortnight": no one week
    delta = _rel_shift(rel_norm)
    mod = _premod(_g(m, "premod")) or _pmod(_g(m, "pmod"))
    if ctx.story is not None and not rel_norm and (_IN_THE_UNIT.search(m.group()) or _g(m, "premod")):
        # narrative: "late in the year", "by the end of the month" are the story's year, month
        got = anchoring.story(ctx, unit, 0)
        if got is not None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], mod, relative=got[1]))
    if not rel_norm and (_IN_THE_UNIT.search(m.group()) or _g(m, "premod")):
        named = period_named_before(ctx, unit, m.start(), m.end())
        if named is not None:  # news: "statements in May. Early in the month, ..." is May
            return _one(_tx(ctx, m.start(), m.end(), "DATE", named[0], mod, relative=named[1]))
    if ctx.story is not None and rel_norm in _STORY_RELS:  # narrative: "that month", "the next day"
        got = anchoring.story(ctx, unit, delta)
        if got is not None and got[0] is not None:
            told = got[0][: _UNIT_DIGITS.get(unit, len(got[0]))]  # "the following decade": a decade
            return _one(_tx(ctx, m.start(), m.end(), "DATE", told, mod, relative=got[1]))
    if (
        ctx.mode == "news"
        and unit == "weekend"
        and (rel_norm in _FROM_NAMED or (rel_norm == "the next" and ctx.tense(m.start(), m.end()) == "past"))
        and not _YEAR_BACK_NEXT.match(ctx.after(m.end(), 24))
    ):
        got = anchoring.weekend_from_named(ctx, delta, m.start())
        if got is not None:  # news: "seized the town on Thursday, March 4. That weekend, ..."
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], mod, relative=got[1]))
    if (
        ctx.mode == "news"
        and unit in ("day", "week", "month")
        and (
            rel_norm in _FROM_NAMED
            or (rel_norm == "the next" and (unit == "day" or ctx.tense(m.start(), m.end()) == "past"))
        )
        and not _YEAR_BACK_NEXT.match(ctx.after(m.end(), 24))
        and not (unit == "day" and _OR_MORE_NEXT.match(ctx.after(m.end(), 12)))
    ):
        got = anchoring.from_named(ctx, unit, delta, m.start())
        if got is not None:  # news: "released the next day", "the following month"
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], mod, relative=got[1]))
    if unit in ("week", "month") and rel_norm == "next":  # "said on May 3 it would ... next week"
        got = anchoring.from_saying(ctx, unit, delta, m.start(), m.end())
        if got is not None and got[0] is not None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], mod, relative=got[1]))
    if unit == "day" and rel_norm in (
        "the past",
        "past",
        "the last",
        "last",
        "the next",
        "next",
        "this",
        "coming",
    ):
        return None  # "the past day" is a duration; "this day" an idiom
    if unit == "day" and rel_norm == "that":
        return None
    value: str | None
    narrative = rel_norm in (
        "that",
        "the following",
        "following",
        "the previous",
        "previous",
        "the preceding",
        "preceding",
        "the same",
        "same",
        "the prior",
        "prior",
    )
    if unit == "year" and rel_norm == "the next" and ctx.last_year is not None:
        # "visited in 2004 and returned the next year"; "will host it in 2030 and the next year"
        ahead = ctx.anchor is not None and ctx.last_year > ctx.anchor.year
        span = _SPAN_BEFORE.search(ctx.before(m.start(), 10))  # "over the next year": ahead of now
        narrative = not span and (ahead or ctx.tense(m.start(), m.end()) == "past")
    if unit == "year" and narrative:
        follow = _YEAR_NEXT.match(ctx.after(m.end(), 12))
        if follow:  # "over the same time of previous year in 2004"
            value = year_value(int(follow.group(1)) + delta)
            return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))
        if ctx.last_year is not None:  # "that year", "later the same year": the year named last
            value = year_value(ctx.last_year + delta)
            return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=year_value(ctx.last_year)))
    if unit == "decade" and narrative and ctx.last_year is not None:  # "in 1848 ... the following decade"
        value = year_value(ctx.last_year + 10 * delta)[:3]
        return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", _unresolved(unit), mod))
    if unit == "quarter" and rel_norm in ("year-ago", "year-earlier", "the year-ago", "the year-earlier"):
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, -15)
        value = f"{year_value(y)}-Q{quarter_of(mo)}"
    elif unit == "weekend":
        if rel_norm == "this" and weekend_gone(ctx, m.start(), m.end()):
            delta = -1  # "crowds gathered this weekend" told on a Monday: the weekend just gone
        sat = ctx.anchor + dt.timedelta(days=6 - ctx.anchor.isoweekday() + 7 * delta)
        value = iso_week_value(sat) + "-WE"
    elif unit == "quarter" and delta == 0 and rel_norm in ("", "the", "that", "the latest", "latest"):
        # the report's quarter, the last one over; but "will close by the end of the quarter" is this one
        back = 0 if mod and rel_norm in ("", "the") and ctx.tense(m.start(), m.end()) == "future" else -3
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, back)
        value = f"{year_value(y)}-Q{quarter_of(mo)}"
    else:
        value = shift(ctx.anchor, unit, delta)
        if (
            unit == "year"
            and delta == -1
            and rel_norm == "last"
            and not mod
            and ctx.last_quarter
            and _compares_here(ctx, m)
        ):
            value = _year_ago_quarter(ctx, m.start(), m.end()) or value
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))


def _compares_here(ctx: Context, m: Match) -> bool:
    """Does "last year" compare a figure of its own sentence ("up from $3 million last year") or
    its own ("last year's $1.5 billion")? A "Last year" opening a sentence after the report's figures
    ("... $36 million from the storm. Last year losses totaled ...") is the year."""
    if ctx.text.startswith(("'s", "’s"), m.end()):
        return True
    before = ctx.before(m.start(), 80)
    if _SENTENCE_END.search(before):
        return False
    return bool(_MONEY_BEFORE.search(_SENTENCE_BREAK.split(before)[-1]))


_SENTENCE_END: Final = regex.compile(r"[.!?][\"”’']?\s+$")


def r_same_month_year_ago(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the same month last year": the month the text named shortly before, a year back (with none,
    publication's month a year back)."""
    got = anchoring.from_named(ctx, "month", -12, m.start())
    if got is None:
        if ctx.anchor is None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX-XX"))
        got = shift(ctx.anchor, "month", -12), True
    return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], relative=got[1]))


r_relative_plain = r_relative
r_unit_post = r_relative

_FROM_NAMED: Final = _STORY_RELS - {"the next"}
"""Words that, in news, count a day, week or month from the date the text named last, when it named
one shortly before ("arrested on April 18 and released the following day"); with none, the day
after publication and the like ("the following month"). "the next" counts so in a past clause
("withdrew in March. The next month, the party ..."), and "the next day" in any clause ("will land on
Monday and leave the next day"); elsewhere it is publication's ("will meet in the next month")."""

_SPAN_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'span prepositions')})\s{{1,3}}$", regex.IGNORECASE
)
_OR_MORE_NEXT: Final = regex.compile(r"\s{1,3}(?:or|and|to)\s", regex.IGNORECASE)
"""After "the next day": "the next day or two" is ahead of publication, not of the day named."""

_YEAR_BACK_NEXT: Final = regex.compile(
    r"\s{1,3}(?:of\s{1,3})?(?:last|the\s{1,3}(?:previous|prior|preceding))\s{1,3}year\b|\s{1,3}a\s{1,3}year\s{1,3}(?:ago|earlier)\b",
    regex.IGNORECASE,
)
"""After "the same month": a comparison a year back ("the same month last year"), not the month named."""

_UNIT_DIGITS: Final = {"decade": 3, "century": 2}
"""How many digits of a year name a decade or a century ("185" the 1850s, "18" the 1800s)."""
_IN_THE_DAY: Final = regex.compile(r"\sin\s{1,6}the\s{1,6}day$", regex.IGNORECASE)
_END_OF_THE_DAY: Final = regex.compile(r"the\s{1,3}end\s{1,3}of\s{1,3}the\s{1,3}day", regex.IGNORECASE)
_IDIOM_AROUND: Final = regex.compile(r"\s{0,3},")
_AT_BEFORE: Final = regex.compile(r"\bat\s{1,3}$", regex.IGNORECASE)
_DAY_TOLD_REACH: Final = 300
"""How far (characters) after a day named "at the end of the day," is that day's end, not the idiom."""
"""Around "the end of the day": "at" before and a comma after make the idiom ("at the end of the day,
it is a choice"); "by the end of the day, the town fell" is the day."""
_IN_THE_UNIT: Final = regex.compile(r"\sin\s{1,6}the\s{1,6}[a-z]+$", regex.IGNORECASE)

_INFORMAL_RELATIVE: Final = lexicon.mapping("time", "informal relative words")
_AFTER_UNIT: Final = {"before": "previous", "earlier": "previous", "after": "following", "later": "following"}
"""What a word after the unit means ("the year before", "the month after")."""


def r_unit_end(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "at month's end", "by year's end": the period of publication (in narrative mode, of the
    story) with the mod ``END``."""
    unit = m.group("cunit").lower()
    got = anchoring.story(ctx, unit, 0)
    if got is not None and got[0] is not None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", got[0], "END", relative=got[1]))
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", _unresolved(unit), "END"))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", shift(ctx.anchor, unit, 0), "END", relative=True))


_BY_BEFORE: Final = regex.compile(r"\bby\s+$")
_TITLE_BEFORE: Final = regex.compile(r"\b([a-z]+)\s+of\s+$")
_YEAR_END_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a year end')})\s+$"
)
_YEAR_END_NEXT: Final = regex.compile(
    rf"\s*(?:[.,;:)!?\"”]|$|(?:{lexicon.alternation('time', 'words after a year end')})\b)"
)


def r_the_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "for the year", "the full year", "a high for the year": the year of the text's present (the
    publication year; in narrative mode the story's, in a background paragraph that paragraph's).
    "the year ended March 31" (or "to March") is the twelve months that ended then: a duration, as
    TimeBank has it.
    Not a title ("Player of the Year", "person of the year"), "this time of the year" or "growing
    by the year"."""
    if m.group("cunit")[:1].isupper():
        return None  # "Player of the Year"
    before = ctx.before(m.start(), 24).lower()
    if _BY_BEFORE.search(before):
        return None  # "rising by the year": year after year
    title = _TITLE_BEFORE.search(before)
    if title is not None and title.group(1) in lexicon.words("time", "year titles"):
        return None
    if _ENDED_NEXT.match(ctx.after(m.end(), 12)) or _TO_MONTH_NEXT.match(ctx.text, m.end()):
        return _one(_tx(ctx, m.start(), m.end(), "DURATION", "P1Y"))  # "the year to March" too
    return _this_year(ctx, m.start(), m.end(), None)


_TO_MONTH_NEXT: Final = regex.compile(
    rf"\s{{1,3}}(?:to|through|until)\s{{1,3}}(?:the\s{{1,3}}end\s{{1,3}}of\s{{1,3}})?{MONTH}",
    regex.IGNORECASE,
)
"""After "the year": the month it runs to ("in the year to March", "the year through June"), twelve
months that end then, as "the year ended March 31" is."""


def r_year_end(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "by year-end", "around year end", "since year-end": the end of the year of the text's
    present (the year before after "since"); the noun only ("year-end results" is an adjective)."""
    if not _g(m, "approx") and not _YEAR_END_BEFORE.search(ctx.before(m.start(), 12).lower()):
        return None
    if not _YEAR_END_NEXT.match(ctx.after(m.end(), 12)):
        return None
    since = ctx.before(m.start(), 8).lower().rstrip().endswith("since")
    got = _this_year(ctx, m.start(), m.end(), "END", -1 if since else 0)
    if got and not _g(m, "approx") and not m.group()[4].isspace():
        # the hyphenated noun is the year's last day, as TimeBank tags it ("by year-end": 1989-12-31)
        t = got[0]
        if len(t.value) == 4 and t.value.isdigit():
            return [attrs.evolve(t, value=f"{t.value}-12-31", mod=None)]
    return got


def _this_year(
    ctx: Context, start: int, end: int, mod: str | None, delta: int = 0
) -> list[TemporalExpression] | None:
    got = anchoring.story(ctx, "year", delta)
    if got is not None and got[0] is not None:
        return _one(_tx(ctx, start, end, "DATE", got[0], mod, relative=got[1]))
    bg = ctx.background(start)
    if bg is not None:
        return _one(_tx(ctx, start, end, "DATE", year_value(bg.year + delta), mod, relative=bg.value))
    if ctx.anchor is None:
        return _one(_tx(ctx, start, end, "DATE", "XXXX", mod))
    return _one(_tx(ctx, start, end, "DATE", shift(ctx.anchor, "year", delta), mod, relative=True))


def r_the_weekend(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX-WXX-WE"))
    word = (_g(m, "the") or "the").lower()  # "your weekend": as "the weekend"
    a = ctx.anchor
    to_sat = 6 - a.isoweekday()  # Saturday of the anchor's week, relative to the anchor
    if word == "last":
        sat = a + dt.timedelta(days=to_sat - 7 if to_sat >= 0 else to_sat)
    elif word == "next":
        sat = a + dt.timedelta(days=to_sat + 7 if to_sat < 0 else to_sat)
    elif word == "this":
        sat = a + dt.timedelta(days=to_sat)
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "future" or (tense != "past" and (to_sat if to_sat >= 0 else to_sat + 7) <= 3):
            # "can't wait for the weekend" in a Thursday's text: with no past, the nearer one
            sat = a + dt.timedelta(days=to_sat if to_sat >= 0 else to_sat + 7)
        else:
            sat = a + dt.timedelta(days=to_sat if to_sat <= 0 else to_sat - 7)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", iso_week_value(sat) + "-WE", relative=True))


def r_ref(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = " ".join(m.group().lower().split())
    after = ctx.after(m.end(), 24).lower()
    if word == "current" and (_CURRENT_NOUN_NEXT.match(after) or _NOUN_CURRENT_NEXT.match(after)):
        return None  # "the current account"; "the current of the river", "the current swept him away"
    if word == "earlier" and not _EARLIER_END_NEXT.match(after):
        return None
    if word == "earlier" and _EARLIER_ADJ_BEFORE.search(ctx.before(m.start(), 12)):
        return None
    if word == "soon" and (
        _AS_BEFORE.search(ctx.before(m.start(), 4))
        or _AFTER_NEXT.match(after)
        or (_PAST_NEXT.match(after) and not _MODAL_BEFORE.search(ctx.before(m.start(), 10).lower()))
        or _PAST_BEFORE.search(ctx.before(m.start(), 6).lower())
    ):
        return None
    if word.endswith("future") and (
        _FORESEEABLE_BEFORE.search(ctx.before(m.start(), 14))
        or (_NOUN_NEXT if word.startswith("the") else _BARE_NOUN_NEXT).match(after)
    ):
        return None
    if word == "future" and _DETERMINER_BEFORE.search(ctx.before(m.start(), 8)):
        return None
    if _g(m, "counted") and _COUNT_BEFORE.search(ctx.before(m.start(), 24)):
        return []  # "after two previous quarters", "the three coming years": a count of the periods
    if word == "the past" and _COUNT_NEXT.match(after):
        return []  # "the past three summers", "the past two seasons": a count of something else
    if word == "the past" and _SEASONS_NEXT.match(after):
        return []  # "the past summers", "over the past seasons"
    if word in _RECENT_SPANS:  # "in recent weeks": a stretch of weeks up to now
        return _one(_tx(ctx, m.start(), m.end(), "DURATION", _RECENT_SPANS[word]))
    value = "PRESENT_REF" if _g(m, "present") else "PAST_REF" if _g(m, "past") else "FUTURE_REF"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value))


_RECENT_SPANS: Final = {
    "recent days": "PXD",
    "recent weeks": "PXW",
    "recent months": "PXM",
    "recent quarters": "PXQ",
}
"""Recent days, weeks or months are a length of time up to now; "recent years" (and decades) stay
the past at large (``PAST_REF``)."""


def r_pod_the(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "in the afternoon", "during the night": that part of the day the text is telling (the day named
    shortly before, the story's, else publication's)."""
    if _CLOCK_BEFORE_POD.search(ctx.before(m.start(), 24)):
        return []  # "3:30 in the morning", "three or four in the morning": a clock time's part
    if ctx.story is not None:
        day, anchor = anchoring.clock_day(ctx, m.start(), m.end())
    elif ctx.tense(m.start(), m.end()) is None:
        return None  # "they go to work in the morning": a habit, no day
    elif ctx.last_day is not None and m.start() - ctx.last_day[1] <= anchoring.CLOCK_DAY_REACH:
        day = ctx.last_day[0]  # "attacked on Monday ... In the evening": that day's, whatever the tense
        anchor = True if ctx.anchor is not None and day == day_value(ctx.anchor) else day
    else:
        day, anchor = (day_value(ctx.anchor), True) if ctx.anchor else ("XXXX-XX-XX", True)
    if day is None:
        return None
    value = f"{day}T{_POD[m.group('pod').lower()]}"
    return _one(_tx(ctx, m.start(), m.end(), "TIME", value, relative=anchor))


_CLOCK_BEFORE_POD: Final = regex.compile(
    rf"(?:\d|o['’]\s?clock|\b{NUMWORD})\s{{1,3}}(?:in|during)\s{{1,3}}$", regex.IGNORECASE
)
"""Before "in the morning": a clock time whose part of the day it is ("3:30 in the morning")."""
