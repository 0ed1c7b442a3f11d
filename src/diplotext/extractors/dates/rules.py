"""From a grammar match to TIMEX3 expressions: context checks, values, mods and extents.

``interpret`` returns ``None`` when the match is not a temporal expression at all (the scanner then
tries again one position later), ``[]`` when the span is a known trap to skip ("18 years old"), or the
expressions it holds (usually one; a range such as "Nov. 18-19" gives two).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

import regex

from diplotext.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES
from diplotext.model import TemporalExpression, TimexType

from .grammar import MONTHS, ORDINALS, RULE_NAMES, WEEKDAYS, rule_names
from .resolve import (
    Tense,
    add_months,
    day_value,
    iso_week_value,
    month_day_value,
    month_only_value,
    month_value,
    quarter_of,
    shift,
    weekday_value,
    year_value,
)
from .tense import tense_at
from .values import duration_value, mod_of, parse_number, unit_of

__all__ = ["Context", "interpret"]

Match = regex.Match[str]


class Context:
    """What a rule needs besides its match: the text, the segment bounds and the anchor date."""

    __slots__ = ("anchor", "hi", "last_quarter", "last_year", "lo", "low", "text")

    def __init__(self, text: str, lo: int, hi: int, anchor: dt.date | None) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.anchor = anchor
        self.low = text
        """``text`` lower-cased (same length), for the trigger scan."""
        self.last_quarter: tuple[int, int, int] | None = None
        """(year, quarter, offset) of the latest quarter named (a financial report's reference period)."""
        self.last_year: int | None = None
        """The year of the latest absolute date read so far (the narrative anchor)."""

    def tense(self, start: int, end: int) -> Tense:
        return tense_at(self.text, start, end, self.lo, self.hi)

    def before(self, start: int, width: int = 30) -> str:
        return self.text[max(self.lo, start - width) : start]

    def after(self, end: int, width: int = 30) -> str:
        return self.text[end : min(self.hi, end + width)]


def _tx(  # noqa: PLR0917
    ctx: Context,
    start: int,
    end: int,
    type_: TimexType,
    value: str | None,
    mod: str | None = None,
    *,
    quant: str | None = None,
    freq: str | None = None,
    relative: bool = False,
) -> TemporalExpression | None:
    if value is None or end <= start:
        return None
    return TemporalExpression(
        text=ctx.text[start:end],
        start=start,
        end=end,
        type=type_,
        value=value,
        mod=mod,
        quant=quant,
        freq=freq,
        anchor="published" if relative and ctx.anchor is not None else None,
        plugin="dates",
    )


def _one(t: TemporalExpression | None) -> list[TemporalExpression] | None:
    return None if t is None else [t]


def _g(m: Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month(word: str | None) -> int | None:
    if not word:
        return None
    return MONTHS.get(word.lower().rstrip(".").strip())


def _day(word: str | None) -> int | None:
    if not word:
        return None
    digits = "".join(ch for ch in word if ch.isdigit())
    return int(digits) if digits else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _premod(words: str | None) -> str | None:
    if not words:
        return None
    w = words.lower()
    if "mid" in w or "middle" in w:
        return "MID"
    if any(k in w for k in ("early", "beginning", "start", "first")):
        return "START"
    if any(k in w for k in ("late", "end", "close", "latter", "second")):
        return "END"
    return None


def _pmod(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in ("early", "earlier"):
        return "START"
    if w == "late":
        return "END"
    return None


def _clock(text: str) -> tuple[int, int] | None:
    t = text.lower().replace(" ", "")
    if t in ("noon", "midday"):
        return 12, 0
    if t == "midnight":
        return 24, 0
    pm = "p.m" in t or t.endswith("pm")
    am = "a.m" in t or t.endswith("am")
    digits = t.rstrip(".").replace("a.m", "").replace("p.m", "").replace("am", "").replace("pm", "")
    digits = digits.rstrip(".")
    parts = regex.split(r"[:.]", digits)
    try:
        hour = int(parts[0])
        minute = int(parts[1]) if len(parts) > 1 and parts[1] else 0
    except ValueError:
        return None
    if pm and hour < 12:
        hour += 12
    if am and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return hour, minute


def _time_value(day: str, clock: tuple[int, int]) -> str:
    return f"{day}T{clock[0]:02d}:{clock[1]:02d}"


_POD: Final = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# ---------------------------------------------------------------------------- context checks

# Words before a number that make it an identifier, not a year.
_NOT_YEAR_BEFORE: Final = regex.compile(
    r"(?:\b(?:resolutions?|articles?|art|no|nos|number|numbers|flight|flights|route|highway|chapter|section"
    r"|paragraph|clause|rule|item|page|pages|room|code|model|version|type|class|unit|bus|line|seat|pt|vol"
    r"|volume|issue|box|lot|block|suite|platform|gate|channel|decree|order|protocol|law|bill|case|cases|file"
    r"|document|report|phone|tel|fax|call|dial|ext|extension|serial|id|account|p|pp|squad|regiment|division"
    r"|battalion|brigade|division|convoy|opec|ss|cc|catalog|catalogue|invoice|grade|level|score|scored|beat"
    r"|won|lost|drew|exactly|total|totalling|totaling|of|some|about|nearly|almost|over|than|to|up|just"
    r"|only|around|approximately|roughly|least|estimated|additional|another|extra|with)\s*\.?\s*|[$£€¥#№+=×x*]\s*"
    r"|\d[\s,.:/-]{1,2}|\bthe\s+top\s+)$",
    regex.IGNORECASE,
)
# Words before a number that make it a year whatever follows.
_YEAR_BEFORE: Final = regex.compile(
    r"\b(?:in|since|by|until|till|from|to|through|during|before|after|of|early|late|mid|year|years|circa|c"
    r"|spring|summer|autumn|fall|winter|between|and|or|as\s+of|throughout|around|the|fiscal|its|their|his|her"
    r"|this|that|'s|’s|than|for)\s*-?\s*$",
    regex.IGNORECASE,
)
_COUNT_NOUNS: Final = regex.compile(
    r"^\s{0,3}(?:more\s+|other\s+|new\s+|additional\s+|extra\s+|of\s+)?(?:people|persons|men|women|children|kids"
    r"|troops|soldiers|police|policemen|officers|residents|students|workers|members|delegates|votes|voters"
    r"|seats|deaths|dead|dollars|euros|yuan|yen|pounds|rupees|tons|tonnes|kilometers|kilometres|km|miles|meters"
    r"|metres|feet|units|vehicles|cars|houses|homes|jobs|points|hectares|acres|barrels|shares|copies|words"
    r"|times|calories|refugees|prisoners|detainees|victims|civilians|patients|pilgrims|tourists|visitors"
    r"|athletes|participants|companies|firms|employees|staff|rebels|militants|fighters|protesters|demonstrators"
    r"|migrants|cases|infections|samples|sites|villages|buildings|schools|projects|items|signatures"
    r"|percent|per|%|hours|minutes|seconds|days|weeks|months|years|[mb]illion|thousand|to\s+\d)\b",
    regex.IGNORECASE,
)
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
    r"\b(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|or|early|late|mid|last"
    r"|next|this|that|for|throughout|around|as\s+of|on|until|each|every|the|end|start|beginning|middle|since"
    r"|late|starting|ending|last|coming|past)\s*-?\s*$|^\s*$|[,(]\s*$",
    regex.IGNORECASE,
)
_FALL_OK_AFTER: Final = regex.compile(
    r"^(?:\s*[.,;:)!?\"”]|\s*$|\s+(?:of\s+(?:19|20)\d\d|\d{4}|and|or|when|as|semester|season|term)\b)"
)


def _year_ok(ctx: Context, m: Match, start: int, end: int, year: int) -> bool:
    before = ctx.before(start, 24)
    after = ctx.after(end, 40)
    if _NOT_YEAR_BEFORE.search(before) and not _YEAR_BEFORE.search(before[-12:]):
        return False
    if _NOT_YEAR_BEFORE.search(before) and regex.search(
        r"(?:resolution|article|no|number|\d[\s,.:/-]{1,2})\s*\.?\s*$", before, regex.I
    ):
        return False
    if _NEXT_IS_NUMBER.match(after):
        return False
    strong = bool(_YEAR_BEFORE.search(before))
    name = _NAME_BEFORE.search(before)
    if name and not strong and name.group(1).lower() not in _NOT_NAMES:
        return False  # "Security Council 1973", "Orion 1980": part of a name
    if _COUNT_NOUNS.match(after) and not regex.search(
        r"\b(?:in|since|by|until|from|of|during|the|its|'s|’s)\s*$", before, regex.I
    ):
        return False
    if year < 1800 and not strong:
        return False
    return ctx.anchor is None or year <= ctx.anchor.year + 60 or strong


# ---------------------------------------------------------------------------- rules

Rule = Callable[[Context, Match], list[TemporalExpression] | None]


def _resolve_md(  # noqa: PLR0917
    ctx: Context, month: int, day: int, year: str | None, s: int, e: int
) -> tuple[str | None, bool]:
    if year:
        d = _date(int(year), month, day)
        return (day_value(d) if d else None), False
    return month_day_value(ctx.anchor, month, day, ctx.tense(s, e)), True


def r_date_clock(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day, clock = _month(_g(m, "month")), _day(_g(m, "day")), _clock(m.group("clock"))
    if month is None or day is None or clock is None:
        return None
    value, rel = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    if value is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), relative=rel))


def _anchor_day(ctx: Context, offset: int = 0) -> str:
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    return day_value(ctx.anchor + dt.timedelta(days=offset))


def r_clock_day(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    clock = _clock(m.group("clock"))
    if clock is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    value: str | None
    if _g(m, "weekday"):
        value = weekday_value(ctx.anchor, WEEKDAYS[m.group("weekday").lower()], tense)
    elif _g(m, "deictic"):
        value = _anchor_day(
            ctx, {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[m.group("deictic").lower()]
        )
    else:
        month, day = _month(_g(m, "month")), _day(_g(m, "day"))
        if month is None or day is None:
            return None
        value = month_day_value(ctx.anchor, month, day, tense)
    if value is None:
        return None
    mod = "APPROX" if _g(m, "approx") else None
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), mod, relative=True))


def r_day_clock(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    clock = _clock(m.group("clock"))
    if clock is None:
        return None
    value = weekday_value(ctx.anchor, WEEKDAYS[m.group("weekday").lower()], ctx.tense(m.start(), m.end()))
    return _one(_tx(ctx, m.start(), m.end(), "TIME", _time_value(value, clock), relative=True))


def r_iso(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    d = _date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(d))) if d else None


def r_numeric(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("year")
    year = int(y)
    if len(y) == 2:
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        year += 2000 if year <= pivot else 1900
    month, day = (b, a) if a > 12 else (a, b)
    d = _date(year, month, day)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(d))) if d else None


def _month_ok(ctx: Context, start: int, word: str) -> bool:
    return bool(_MONTH_BEFORE.search(ctx.before(start, 20))) or (word.endswith(".") and word[:1].isupper())


def r_md_range(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day, day2 = _month(_g(m, "month")), _day(_g(m, "day")), _day(_g(m, "day2"))
    if month is None or day is None or day2 is None:
        return None
    year = _g(m, "year")
    s1, e1 = m.start("month"), m.end("day")
    v1, rel = _resolve_md(ctx, month, day, year, s1, e1)
    if v1 is None:
        return None
    first = _tx(ctx, s1, e1, "DATE", v1, relative=rel)
    out = [first] if first else []
    if day2 > day:
        v2 = v1[:8] + f"{day2:02d}"
        if _date(2000, month, day2) is not None:
            second = _tx(ctx, m.start("day2"), m.end("day2"), "DATE", v2, relative=rel)
            if second:
                out.append(second)
    return out or None


def r_dm_range(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day, day2 = _month(_g(m, "month")), _day(_g(m, "day")), _day(_g(m, "day2"))
    if month is None or day is None or day2 is None or day2 <= day:
        return None
    year = _g(m, "year")
    v2, rel = _resolve_md(ctx, month, day2, year, m.start("day2"), m.end())
    if v2 is None or _date(2000, month, day) is None:
        return None
    v1 = v2[:8] + f"{day:02d}"
    out = [
        _tx(ctx, m.start("day"), m.end("day"), "DATE", v1, relative=rel),
        _tx(ctx, m.start("day2"), m.end(), "DATE", v2, relative=rel),
    ]
    return [t for t in out if t] or None


def r_dmy(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month, day = _month(_g(m, "month")), _day(_g(m, "day"))
    if month is None or day is None:
        return None
    value, rel = _resolve_md(ctx, month, day, _g(m, "year"), m.start(), m.end())
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=rel))


r_mdy = r_dmy


def _rel_shift(word: str | None) -> int:
    w = (word or "").lower().replace("the", "").strip()
    w = " ".join(w.split())
    if w in ("last", "past", "previous", "preceding", "prior", "year-ago", "year-earlier", "this past"):
        return -1
    if w in ("next", "coming", "following", "this coming"):
        return 1
    return 0


def r_month_rel_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month = _month(_g(m, "month"))
    if month is None:
        return None
    delta = _rel_shift(m.group("rel"))
    if ctx.anchor is None:
        mv, yv = f"XXXX-{month:02d}", "XXXX"
    else:
        y = ctx.anchor.year + delta
        mv, yv = month_value(y, month), year_value(y)
    out = [
        _tx(ctx, m.start("month"), m.end("month"), "DATE", mv, relative=True),
        _tx(ctx, m.start("ryear"), m.end("ryear"), "DATE", yv, relative=True),
    ]
    return [t for t in out if t]


def r_month_range(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    first, second = _month(m.group("month")), _month(m.group("month2"))
    if first is None or second is None:
        return None
    year: int | None
    if _g(m, "year"):
        year, relative = int(m.group("year")), False
    elif _g(m, "ryear"):
        year, relative = (None if ctx.anchor is None else ctx.anchor.year + _rel_shift(m.group("rel"))), True
    else:
        v = month_only_value(ctx.anchor, second, ctx.tense(m.start(), m.end()))
        year, relative = (int(v[:4]) if v[:4].isdigit() else None), True
    y1 = None if year is None else (year if first <= second else year - 1)
    second_end = m.end("year") if _g(m, "year") else m.end("month2")
    out = [
        _tx(ctx, m.start("month"), m.end("month"), "DATE", _month_text(y1, first), relative=relative),
        _tx(ctx, m.start("month2"), second_end, "DATE", _month_text(year, second), relative=relative),
    ]
    if _g(m, "ryear"):
        yv = "XXXX" if year is None else year_value(year)
        out.append(_tx(ctx, m.start("ryear"), m.end("ryear"), "DATE", yv, relative=True))
    return [t for t in out if t]


def _month_text(year: int | None, month: int) -> str:
    return f"XXXX-{month:02d}" if year is None else month_value(year, month)


def r_month_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month = _month(_g(m, "month"))
    if month is None:
        return None
    value = month_value(int(m.group("year")), month)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod"))))


_DECADE_WORDS: Final = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def r_decade(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "dec"):
        value = m.group("dec")[:3]
    elif _g(m, "dec2"):
        d = int(m.group("dec2")[1:3])
        now = ctx.anchor.year if ctx.anchor else 2000
        century = now // 100 if d <= now % 100 else now // 100 - 1
        value = f"{century:02d}{d // 10}"
    else:
        value = f"19{_DECADE_WORDS[m.group('decw').lower()]}"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod"))))


_CENT_WORDS: Final = {
    "twenty-first": 21,
    "twentieth": 20,
    "nineteenth": 19,
    "eighteenth": 18,
    "seventeenth": 17,
    "sixteenth": 16,
    "fifteenth": 15,
}


def r_century(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = m.group("cent").lower()
    n = _CENT_WORDS.get(word) or _day(word)
    if not n or n > 30:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", f"{n - 1:02d}", _premod(_g(m, "premod"))))


def _expand_year(text: str, ctx: Context) -> int:
    digits = "".join(ch for ch in text if ch.isdigit())
    year = int(digits)
    if len(digits) == 2:
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        year += 2000 if year <= pivot else 1900
    return year


def r_fiscal(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    return _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(_expand_year(m.group("year"), ctx))))


def r_quarter(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    n = ORDINALS.get(m.group("qord").lower()) or _day(m.group("qord"))
    if not n:
        return None
    half = bool(_g(m, "h"))
    if (half and n > 2) or n > 4:
        return None
    if half and not (_g(m, "year") or _g(m, "ryear")):
        # "the first half" alone is too often a match period or a half of something else
        after = ctx.after(m.end(), 12).lower()
        if not regex.match(r"\s*(?:of\s+the\s+year|of\s+this\s+year)", after):
            return None
    text = m.group().lower()
    relative = False
    if _g(m, "year"):
        year: int | None = int(m.group("year"))
    elif ctx.anchor is None:
        year = None
    else:
        relative = True
        delta = _rel_shift(_g(m, "rel")) if _g(m, "ryear") else 0
        if text.startswith("last year"):
            delta = -1
        elif text.startswith("next year"):
            delta = 1
        elif not _g(m, "ryear") and not half and n > quarter_of(ctx.anchor.month):
            delta = -1  # a quarter not yet begun is most often last year's, just reported
        year = ctx.anchor.year + delta
    prefix = "XXXX" if year is None else year_value(year)
    value = f"{prefix}-{'H' if half else 'Q'}{n}"
    start = m.start()
    if text.startswith("the") and "-" in ctx.text[m.start("qord") : m.end("q" if _g(m, "q") else "h")]:
        start = m.start("qord")  # "the third-quarter loss": the adjective alone
    if year is not None and not half:
        ctx.last_quarter = (year, n, m.start())
    return _one(_tx(ctx, start, m.end(), "DATE", value, relative=relative))


def r_year_quarter(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    year = int(m.group("year"))
    what = " ".join(m.group("what").lower().split())
    qord = _g(m, "qord")
    n = (ORDINALS.get(qord.lower()) or _day(qord)) if qord else None
    lq = ctx.last_quarter
    if what == "quarter" and n:
        value = f"{year}-Q{n}"
        ctx.last_quarter = (year, n, m.start())
    elif lq is not None and what in ("quarter", "period") and m.start() - lq[2] <= 2000:
        value = f"{year}-Q{lq[1]}"  # "the 1988 period": that year's quarter of the report
    elif what.endswith("half"):
        value = f"{year}-H{2 if what.startswith('second') or n == 2 else 1}"
    else:
        value = year_value(year)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value))


_YEAR_TENS: Final = {
    w: NUMBER_WORDS[w] for w in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
}


def r_year_words(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    words = " ".join(m.group("yw").lower().split())
    if words.startswith("two thousand"):
        rest = words[len("two thousand") :].replace("and", "").strip()
        n = parse_number(rest) if rest else 0.0
        if n is None:
            return None
        return _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(2000 + int(n))))
    head, _, tail = words.partition(" ")
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[head]
    n = parse_number(tail)
    if n is None or n >= 100:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(century * 100 + int(n))))


def r_quarter_q(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if not _g(m, "year"):
        return None
    kind, n = ("Q", m.group("qnum")) if _g(m, "qnum") else ("H", m.group("hnum"))
    if kind == "Q":
        ctx.last_quarter = (int(m.group("year")), int(n), m.start())
    return _one(_tx(ctx, m.start(), m.end(), "DATE", f"{m.group('year')}-{kind}{n}"))


_SEASONS: Final = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "autumn": ("FA", 9),
    "fall": ("FA", 9),
    "winter": ("WI", 12),
}


def r_season(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = m.group("season").lower()
    code, first = _SEASONS[word]
    rel = (_g(m, "rel") or "").lower()
    strong = rel in ("last", "next", "this", "coming", "past", "this past", "this coming")
    if (
        word == "fall"
        and not strong
        and not _g(m, "year")
        and not _FALL_OK_AFTER.match(ctx.after(m.end(), 24))
    ):
        return None
    if (
        rel in ("the", "that")
        and not _g(m, "year")
        and word == "fall"
        and not regex.search(r"\b(?:in|during|by|until|since|this|last|next)\s+$", ctx.before(m.start(), 12))
    ):
        return None
    if _g(m, "year"):
        return _one(
            _tx(ctx, m.start(), m.end(), "DATE", f"{m.group('year')}-{code}", _premod(_g(m, "premod")))
        )
    if ctx.anchor is None:
        value = f"XXXX-{code}"
    else:
        a = ctx.anchor
        if rel in ("last", "this past"):
            year = a.year if first + 3 <= a.month else a.year - 1
        elif rel in ("next", "coming", "this coming"):
            year = a.year if first > a.month else a.year + 1
        else:
            year = a.year
        value = f"{year_value(year)}-{code}"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod")), relative=True))


def r_season_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    code, _ = _SEASONS[m.group("season").lower()]
    return _one(_tx(ctx, m.start(), m.end(), "DATE", f"{m.group('year')}-{code}", _premod(_g(m, "premod"))))


_AGO_MOD: Final = {
    "MORE_THAN": "BEFORE",
    "LESS_THAN": "AFTER",
    "APPROX": "APPROX",
    "EQUAL_OR_MORE": "ON_OR_BEFORE",
}


def _amount(m: Match) -> float | None:
    return parse_number(_g(m, "num")) if _g(m, "num") else None


_MONEY_BEFORE: Final = regex.compile(
    r"(?:[$£€¥#]\s?\d|\d\s*%|\bcents?\b|\ba\s+share\b|\bmillion\b|\bbillion\b)"
)


def _year_ago_quarter(ctx: Context, start: int) -> str | None:
    """ "a year ago" in a financial report compares the same quarter a year before (``1988-Q3``)."""
    lq = ctx.last_quarter
    if lq is None or start - lq[2] > 2000 or not _MONEY_BEFORE.search(ctx.before(start, 80)):
        return None
    return f"{year_value(lq[0] - 1)}-Q{lq[1]}"


def r_fin_period(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    adj = " ".join((_g(m, "padj") or "").lower().split())
    ago = any(k in adj for k in ("year-ago", "year-earlier", "comparable", "corresponding"))
    lq = ctx.last_quarter
    if lq is not None and m.start() - lq[2] <= 2000:
        value = f"{year_value(lq[0] - ago)}-Q{lq[1]}"
    elif m.group("what").lower() == "quarter" and ctx.anchor is not None:
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, -3 - 12 * ago)
        value = f"{year_value(y)}-Q{quarter_of(mo)}"
    else:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))


def r_year_ago_adj(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    lq = ctx.last_quarter
    if lq is not None and m.start() - lq[2] <= 2000:
        value = f"{year_value(lq[0] - 1)}-Q{lq[1]}"
    elif ctx.anchor is not None:
        value = year_value(ctx.anchor.year - 1)
    else:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))


def r_ago(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    amount = _amount(m)
    direction = m.group("dir").lower()
    if direction in ("before", "prior") and not regex.match(r"\s*(?:[.,;:)]|$)", ctx.after(m.end(), 3)):
        # "two years before the war": the duration alone
        s = m.start("num") if _g(m, "num") else m.start("vague")
        return _one(_tx(ctx, s, m.end("unit"), "DURATION", duration_value(amount, unit)))
    mod = mod_of(_g(m, "dmod"))
    mod = _AGO_MOD.get(mod or "", None)
    if amount is None or ctx.anchor is None or amount != int(amount):
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "PAST_REF", mod))
    n = int(amount)
    if n == 1 and unit == "year" and direction in ("ago", "earlier") and not mod:
        quarter = _year_ago_quarter(ctx, m.start())
        if quarter:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", quarter, relative=True))
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
    if unit == "quarter" and (regex.match(r"\s+of\b", after) or num in ("a", "an", "one")):
        return None
    if regex.match(r"[-‐]old\b|\s+old\b", after):
        return []
    if (
        num in ("a", "an")
        and not _g(m, "span")
        and not _g(m, "dmod")
        and regex.search(
            r"(?:\d|%|\b(?:once|twice|times|\w+s|cents?|each|per))\s{1,3}$", ctx.before(m.start(), 24)
        )
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
    return _one(_tx(ctx, m.start(), m.end(), "DURATION", duration_value(amount, unit), mod))


def r_duration_adj(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    old = (_g(m, "old") or "").lower()
    if old and "long" not in old:
        return []
    unit = unit_of(m.group("unit"))
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
    if unit is None or regex.match(r"\s*(?:of|old|[-‐]old|ago)\b", ctx.after(m.end(), 8)):
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
_FUNCTION_WORDS: Final = frozenset(
    [
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "since",
        "from",
        "to",
        "by",
        "until",
        "with",
        "over",
        "through",
        "during",
        "throughout",
        "the",
        "a",
        "an",
        "as",
        "but",
        "while",
        "under",
        "after",
        "before",
        "if",
        "so",
        "than",
        "this",
        "that",
        "those",
        "these",
        "its",
        "his",
        "her",
        "their",
        "since",
    ]
)
_FREQ: Final = {"once": "1X", "twice": "2X", "three times": "3X", "four times": "4X"}


def r_set(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "adv"):
        nxt = regex.match(r"\s{1,3}([A-Za-z][\w-]*)", ctx.after(m.end(), 24))
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
        value = f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}"
    elif _g(m, "month"):
        month = _month(m.group("month"))
        value = f"XXXX-{month:02d}" if month else None
    elif _g(m, "season"):
        value = f"XXXX-{_SEASONS[m.group('season').lower()][0]}"
    elif _g(m, "pod"):
        value = f"XXXX-XX-XXT{_POD[m.group('pod').lower()]}"
    else:
        unit = unit_of(m.group("unit") or "")
        if unit is None:
            return None
        amount = parse_number(_g(m, "num")) if _g(m, "num") else 1.0
        if amount is None:
            return None
        if _g(m, "other"):
            amount *= 2
        value = duration_value(amount, unit)
    return _one(_tx(ctx, m.start(), m.end(), "SET", value, quant="EVERY"))


_DEICTIC: Final = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "overnight": 0}


def r_deictic(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = " ".join(m.group("deictic").lower().split())
    if word == "overnight" and not _g(m, "pod"):
        return None
    offset = _DEICTIC.get(word)
    if offset is None:
        offset = -2 if "yesterday" in word else 2
    day = _anchor_day(ctx, offset)
    pod = _g(m, "pod")
    mod = _pmod(_g(m, "pmod"))
    if pod or word == "tonight":
        code = _POD[pod.lower()] if pod else "NI"
        return _one(_tx(ctx, m.start(), m.end(), "TIME", f"{day}T{code}", mod, relative=True))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day, mod, relative=True))


def r_this_pod(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    rel = m.group("rel").lower()
    pod = m.group("pod").lower()
    if rel == "last" and pod != "night":
        return None
    offset = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[rel]
    day = _anchor_day(ctx, offset)
    return _one(
        _tx(ctx, m.start(), m.end(), "TIME", f"{day}T{_POD[pod]}", _pmod(_g(m, "pmod")), relative=True)
    )


_FOLLOWING_DATE: Final = regex.compile(
    r",?\s{1,3}(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.))\s{1,3}(?P<day>\d{1,2})\b"
    r"(?:,?\s{1,3}(?P<year>(?:19|20)\d\d)\b)?"
)


def _weekday_of_following_date(ctx: Context, end: int, weekday: int) -> str | None:
    """ "Monday, Sept. 12, 2011": the date that follows, when it falls on that weekday."""
    m = _FOLLOWING_DATE.match(ctx.text, end, ctx.hi)
    if not m:
        return None
    month, day = _month(m.group("month")), int(m.group("day"))
    if month is None:
        return None
    if m.group("year"):
        d = _date(int(m.group("year")), month, day)
    else:
        value = month_day_value(ctx.anchor, month, day, None)
        d = dt.date.fromisoformat(value) if value and value[0].isdigit() else None
    return day_value(d) if d is not None and d.isoweekday() == weekday else None


def r_weekday(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    wd = WEEKDAYS[m.group("weekday").lower()]
    if _g(m, "plural"):
        return _one(_tx(ctx, m.start(), m.end(), "SET", f"XXXX-WXX-{wd}", quant="EVERY"))
    rel_word = " ".join((_g(m, "rel") or "").lower().split())
    pmod_word = (_g(m, "pmod") or "").lower()
    rel: str | None = None
    if rel_word in ("last", "this past", "past") or "previous" in pmod_word:
        rel = "last"
    elif rel_word in ("next", "coming", "this coming") or "following" in pmod_word:
        rel = "next"
    elif rel_word == "this":
        rel = "this"
    tense: Tense = None
    if rel is None:
        # "Wednesday's ruling" names something done; otherwise the clause's tense decides
        possessive = ctx.text[m.end("weekday") : m.end("weekday") + 2] in ("'s", "’s")
        tense = "past" if possessive else ctx.tense(m.start(), m.end())
    value = _weekday_of_following_date(ctx, m.end(), wd) or weekday_value(ctx.anchor, wd, tense, rel)
    pod = _g(m, "pod")
    mod = _pmod(pmod_word) if pmod_word in ("early", "late", "earlier") else None
    if pod:
        return _one(_tx(ctx, m.start(), m.end(), "TIME", f"{value}T{_POD[pod.lower()]}", mod, relative=True))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))


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


def r_relative(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if m.group("cunit")[:1].isupper() and m.start("cunit") > m.start():
        return None  # "This Week", a title
    unit = " ".join(m.group("cunit").lower().split())
    if unit == "fiscal year":
        unit = "year"
    rel = _g(m, "rel2")
    delta = _rel_shift(rel)
    mod = _premod(_g(m, "premod")) or _pmod(_g(m, "pmod"))
    rel_norm = " ".join((rel or "").lower().split())
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
    if unit == "year" and narrative:
        follow = regex.match(r"\s{1,3}(?:in|of)\s{1,3}((?:19|20)\d\d)\b", ctx.after(m.end(), 12))
        if follow:  # "over the same time of previous year in 2004"
            value = year_value(int(follow.group(1)) + delta)
            return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))
        if ctx.last_year is not None and rel_norm not in ("the same", "same"):
            value = year_value(ctx.last_year + delta)
            return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", _unresolved(unit), mod))
    if unit == "quarter" and rel_norm in ("year-ago", "year-earlier", "the year-ago", "the year-earlier"):
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, -15)
        value = f"{year_value(y)}-Q{quarter_of(mo)}"
    elif unit == "weekend":
        sat = ctx.anchor + dt.timedelta(days=6 - ctx.anchor.isoweekday() + 7 * delta)
        value = iso_week_value(sat) + "-WE"
    elif unit == "quarter" and delta == 0 and rel_norm in ("", "the", "that", "the latest", "latest"):
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, -3)
        value = f"{year_value(y)}-Q{quarter_of(mo)}"
    else:
        value = shift(ctx.anchor, unit, delta)
        if unit == "year" and delta == -1 and rel_norm == "last" and not mod:
            value = _year_ago_quarter(ctx, m.start()) or value
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, mod, relative=True))


r_relative_plain = r_relative


def r_fiscal_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the fiscal year": the anchor's (the report's) year."""
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX"))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(ctx.anchor.year), relative=True))


def r_the_weekend(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX-WXX-WE"))
    word = m.group("the").lower()
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
        if tense == "future":
            sat = a + dt.timedelta(days=to_sat if to_sat >= 0 else to_sat + 7)
        else:
            sat = a + dt.timedelta(days=to_sat if to_sat <= 0 else to_sat - 7)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", iso_week_value(sat) + "-WE", relative=True))


def r_rel_month(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month = _month(m.group("month"))
    if month is None:
        return None
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", f"XXXX-{month:02d}"))
    rel = " ".join(m.group("rel").lower().split())
    a = ctx.anchor
    if rel in ("last", "this past"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming", "this coming"):
        year = a.year if month > a.month else a.year + 1
    else:
        year = a.year
    return _one(_tx(ctx, m.start(), m.end(), "DATE", month_value(year, month), relative=True))


def r_month(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = m.group("month")
    month = _month(word)
    if month is None:
        return None
    premod = _g(m, "premod")
    if not premod and not _month_ok(ctx, m.start(), word):
        return None
    if (
        not premod
        and word in ("May", "March")
        and not regex.search(
            r"\b(?:in|since|until|till|by|from|to|through|during|of|before|after|between|early|late|mid|last|next"
            r"|this|that|end|beginning|start|middle)\s*-?\s*$|[,]\s*$",
            ctx.before(m.start(), 16),
            regex.IGNORECASE,
        )
    ):
        return None
    if word == "May" and regex.match(
        r"\s+(?:be|have|not|also|well|still|need|want|take|make|come|go)\b", ctx.after(m.end(), 8)
    ):
        return None
    value = month_only_value(ctx.anchor, month, ctx.tense(m.start(), m.end()))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(premod), relative=True))


def r_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    year = int(m.group("year"))
    s, e = m.start(), m.end("year")
    premod = _g(m, "premod")
    if not premod and not _g(m, "yearword") and not _year_ok(ctx, m, m.start("year"), e, year):
        return None
    if _g(m, "year2") and not _year_ok(ctx, m, m.start("year"), m.end(), year):
        return None
    mod = _premod(premod)
    first = _tx(ctx, s, e, "DATE", year_value(year), mod)
    out = [first] if first else []
    y2 = _g(m, "year2")
    if y2 and len(y2) == 4 and int(y2) > year:
        second = _tx(ctx, m.start("year2"), m.end("year2"), "DATE", year_value(int(y2)))
        if second:
            out.append(second)
    return out


def r_ref(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = " ".join(m.group().lower().split())
    after = ctx.after(m.end(), 24).lower()
    if word == "current" and regex.match(
        r"\s+(?:account|affairs|events|issue|edition|form|law|laws|situation)\b", after
    ):
        return None
    if word == "earlier" and not regex.match(
        r"\s*(?:[.,;:)]|$|\s+(?:that|this|in|on|when|as|than)\b)", after
    ):
        return None
    if word == "earlier" and regex.search(r"\d\s*$|\b(?:an?|the|than)\s+$", ctx.before(m.start(), 12)):
        return None
    if word == "soon" and (
        regex.search(r"\bas\s+$", ctx.before(m.start(), 4)) or regex.match(r"\s+after\b", after)
    ):
        return None
    if word.endswith("future") and (
        regex.search(r"foreseeable\s+$", ctx.before(m.start(), 14))
        or regex.match(r"\s{1,3}(?!of\b|and\b|or\b|as\b|is\b|in\b|for\b)[a-z]", after)
    ):
        return None
    if word == "future" and regex.search(
        r"\b(?:a|any|no|its|their|his|her|our|the)\s+$", ctx.before(m.start(), 8)
    ):
        return None
    value = "PRESENT_REF" if _g(m, "present") else "PAST_REF" if _g(m, "past") else "FUTURE_REF"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value))


def _easter(year: int) -> dt.date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * mm + 114) // 31
    day = (h + ll - 7 * mm + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7)
    if n > 0:
        return d + dt.timedelta(days=7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday(name: str, year: int) -> dt.date | None:
    fixed = {
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
        "christmas": (12, 25),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
        "independence day": (7, 4),
        "boxing day": (12, 26),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - dt.timedelta(days=2)
    if name == "election day":
        return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    return None


def r_holiday(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    name = " ".join(m.group("hol").lower().replace("’", "'").split())
    if ctx.anchor is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    best: tuple[float, dt.date] | None = None
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        d = _holiday(name, year)
        if d is None:
            continue
        delta = (d - ctx.anchor).days
        score = abs(delta) * (2.0 if (delta < 0) == (tense == "future") else 1.0)
        if best is None or score < best[0]:
            best = (score, d)
    if best is None:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", day_value(best[1]), relative=True))


def r_clock(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    clock = _clock(m.group("clock"))
    if clock is None:
        return None
    word = m.group("clock").lower()
    if word in ("noon", "midday", "midnight") and not regex.search(
        r"\b(?:at|by|until|before|after|around|about|from|till|since)\s+$", ctx.before(m.start(), 10)
    ):
        return None
    mod = "APPROX" if _g(m, "approx") else None
    return _one(
        _tx(ctx, m.start(), m.end(), "TIME", _time_value(_anchor_day(ctx), clock), mod, relative=True)
    )


_RULES: Final[dict[str, Rule]] = {name: globals()[name] for name in RULE_NAMES}


def interpret(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """The expressions a grammar match stands for (``None``: not one; ``[]``: a trap to skip)."""
    for name in rule_names(m.re):
        if m.start(name) >= 0:
            return _RULES[name](ctx, m)
    return None
