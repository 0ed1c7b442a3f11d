"""Rules for the periods of financial reports: quarters and halves ("the third quarter", "Q3 2005",
"the 1988 second quarter"), fiscal years, and "the year-ago period" or "a year ago" next to money,
which take the quarter the report named last (``Context.last_quarter``).
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.model import TemporalExpression

from . import anchoring
from .blocks import DAY, MONTH, MONTHS, ORDINALS, YEAR
from .context import Context, Match, _g, _one, _tx
from .parts import _day, _premod, _rel_shift
from .resolve import add_months, quarter_of, year_value


def _expand_year(text: str, ctx: Context) -> int:
    digits = "".join(ch for ch in text if ch.isdigit())
    year = int(digits)
    if len(digits) == 2:
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        year += 2000 if year <= pivot else 1900
    return year


def r_fiscal(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    return _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(_expand_year(m.group("year"), ctx))))


_OF_THE_YEAR_NEXT: Final = regex.compile(r"\s*(?:of\s+the\s+year|of\s+this\s+year)")


def r_quarter(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    half = bool(_g(m, "h"))
    qord = m.group("qord").lower()
    if qord in ("last", "latter"):  # "the last half of 1989", "the last quarter of 2004": of a year only
        if not (_g(m, "year") or _g(m, "ryear") or _g(m, "theyear")):
            return None
        n: int | None = 2 if half else 4
    else:
        n = ORDINALS.get(qord) or _day(m.group("qord"))
    if not n:
        return None
    if (half and n > 2) or n > 4:
        return None
    if half and not (_g(m, "year") or _g(m, "ryear") or _g(m, "theyear")):
        # "the first half" alone is too often a match period or a half of something else
        after = ctx.after(m.end(), 12).lower()
        if not _OF_THE_YEAR_NEXT.match(after):
            return None
    text = m.group().lower()
    relative: bool | str = False
    story = anchoring.story(ctx, "year", 0) if _g(m, "theyear") else None
    if _g(m, "year"):
        year: int | None = int(m.group("year"))
    elif story is not None and story[0] is not None and story[0][:4].isdigit():
        year, relative = int(story[0][:4]), story[1]  # narrative: "the first half of the year" is the story's
    elif ctx.anchor is None:
        year = None
    else:
        relative = True
        delta = _rel_shift(_g(m, "rel")) if _g(m, "ryear") else 0
        if text.startswith("last year"):
            delta = -1
        elif text.startswith("next year"):
            delta = 1
        elif not _g(m, "ryear") and not half:
            delta = _quarter_year(ctx, n, m.start(), m.end())
        year = ctx.anchor.year + delta
    ago = bool(_g(m, "qago"))
    if ago:
        ctx.compared = m.end()
    if ago and year is not None:  # "the year-ago third quarter": the report's quarter a year before
        lq = ctx.last_quarter
        year = (lq[0] if lq is not None and lq[1] == n and not half else year) - 1
    prefix = "XXXX" if year is None else year_value(year)
    value = f"{prefix}-{'H' if half else 'Q'}{n}"
    start = m.start()
    pre = _QUARTER_PRE_BEFORE.search(ctx.text, max(ctx.lo, start - 24), start) if text[:1] == "t" else None
    if pre is not None:  # "the end of the third quarter": one expression, END
        return _one(_tx(ctx, pre.start(), m.end(), "DATE", value, _premod(pre.group()), relative=relative))
    if text.startswith("the") and "-" in ctx.text[m.start("qord") : m.end("q" if _g(m, "q") else "h")]:
        start = m.start("qago") if ago else m.start("qord")  # "the third-quarter loss": the adjective alone
    if year is not None and not half and not ago:
        _note_quarter(ctx, year, n, m.start(), m.end())
    return _one(_tx(ctx, start, m.end(), "DATE", value, relative=relative))


_QUARTER_PRE_BEFORE: Final = regex.compile(
    rf"(?:\bthe\s{{1,3}})?\b(?:{lexicon.alternation('time', 'modifiers of a quarter')})\s{{1,3}}of\s{{1,3}}$",
    regex.IGNORECASE,
)
"""Before "the third quarter": a modifier that makes one expression with it ("the end of", END)."""

_AHEAD_REACH: Final = 6
"""How many months ahead a quarter a future clause speaks of may begin and still be the one ahead
(January's "will report fourth-quarter results" is nine months off: last year's)."""
_COMPARED_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words comparing with a quarter')})\s{{1,3}}(?:the\s{{1,3}})?$",
    regex.IGNORECASE,
)
"""A quarter compared with ("will grow 0.6 percent from the third quarter") is the one gone by."""


def _quarter_year(ctx: Context, n: int, start: int, end: int) -> int:
    """The year (as a shift from publication's) of quarter ``n`` named with no year. A quarter not
    yet begun is most often last year's, just reported ("fourth-quarter earnings" in January); but in
    a future clause a quarter that begins within six months is the one ahead ("is expected to close
    by the second quarter" in March: this year's; "will open in the first quarter" in November: next
    year's). A quarter further off stays as before ("will report fourth-quarter results" in January
    is last year's)."""
    a = ctx.anchor
    assert a is not None
    behind = -1 if n > quarter_of(a.month) else 0
    ahead = 0 if n > quarter_of(a.month) else 1 if n < quarter_of(a.month) else None
    if ahead is None or ahead == behind:
        return behind
    months_ahead = (a.year + ahead) * 12 + 3 * (n - 1) + 1 - (a.year * 12 + a.month)
    if months_ahead > _AHEAD_REACH or _COMPARED_BEFORE.search(ctx.before(start, 16)):
        return behind
    tense, word, _ = ctx.tense_cue(start, end)
    return ahead if tense == "future" and word != "later" else behind  # "Owens later beat Hall ..."


def _note_quarter(ctx: Context, year: int, n: int, start: int, end: int) -> None:
    """Take a quarter as the report's (``Context.last_quarter``) when it is over by publication, or
    is a fiscal quarter said to have ended ("the fourth quarter ended Sept. 30") or reported in the
    past tense ("reported lower fourth-quarter earnings"): "a fourth-quarter charge" that "will"
    come in November is no period a report covers."""
    a = ctx.anchor
    if (
        a is None
        or a.year * 12 + a.month > year * 12 + 3 * n
        or _ENDED_NEXT.match(ctx.after(end, 12))
        or ctx.tense(start, end) == "past"
    ):
        ctx.last_quarter = (year, n, start)


def r_year_quarter(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    year = int(m.group("year"))
    what = " ".join(m.group("what").lower().split())
    qord = _g(m, "qord")
    n = (ORDINALS.get(qord.lower()) or _day(qord)) if qord else None
    lq = ctx.last_quarter
    if what == "quarter" and n:
        value = f"{year}-Q{n}"
        _note_quarter(ctx, year, n, m.start(), m.end())
    elif (
        lq is not None
        and what in ("quarter", "period")
        and m.start() - lq[2] <= 2000
        and not (what == "period" and _yearly(ctx, m.start()))
    ):
        value = f"{year}-Q{lq[1]}"  # "the 1988 period": that year's quarter of the report
    elif what.endswith("half"):
        value = f"{year}-H{2 if what.startswith('second') or n == 2 else 1}"
    else:
        value = year_value(year)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value))


_BARE_QUARTER_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a bare quarter')})\s{{1,3}}$", regex.IGNORECASE
)
_BARE_QUARTER_AFTER: Final = regex.compile(
    rf"\s{{1,3}}(?:{lexicon.alternation('time', 'report nouns after a quarter')})\b", regex.IGNORECASE
)


def _bare_quarter(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "Q3" with no year: the quarter after a preposition ("sales fell in Q3") or before a report's
    figure ("Q4 earnings", "the bank's Q1 results"), in the year an ordinal quarter would take; a
    model or a form name otherwise ("an Audi Q3", "the Q2 form")."""
    if ctx.anchor is None or not _g(m, "qnum"):
        return None
    if not (
        _BARE_QUARTER_BEFORE.search(ctx.before(m.start(), 12))
        or _BARE_QUARTER_AFTER.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 16))
    ):
        return None
    n = int(m.group("qnum"))
    year = ctx.anchor.year + _quarter_year(ctx, n, m.start(), m.end())
    _note_quarter(ctx, year, n, m.start(), m.end())
    return _one(_tx(ctx, m.start(), m.end(), "DATE", f"{year_value(year)}-Q{n}", relative=True))


def r_quarter_q(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if not _g(m, "year"):
        return _bare_quarter(ctx, m)
    kind, n = ("Q", m.group("qnum")) if _g(m, "qnum") else ("H", m.group("hnum"))
    if kind == "Q":
        _note_quarter(ctx, int(m.group("year")), int(n), m.start(), m.end())
    return _one(_tx(ctx, m.start(), m.end(), "DATE", f"{m.group('year')}-{kind}{n}"))


_MONEY_BEFORE: Final = regex.compile(
    r"(?:[$£€¥#]\s?\d|\d\s*%|\bcents?\b|\ba\s+share\b|\bmillion\b|\bbillion\b)"
)


_YEAR_AGO_COMPARED: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words comparing with a quarter')})\s{{1,3}}$", regex.IGNORECASE
)
"""Right before "a year ago": a comparison ("loss narrowed from a year earlier", "lower than a year ago")."""


def _year_ago_quarter(ctx: Context, start: int, end: int) -> str | None:
    """ "a year ago" in a financial report compares the same quarter a year before (``1988-Q3``),
    after a figure or, in the sentence that named the quarter, after a comparison word ("the
    third-quarter loss narrowed from a year earlier"),
    unless the sentence is about a yearly figure ("full-year profit ..., up from $2 billion last
    year": the year; the lexicon's ``time``/``yearly figures``)."""
    lq = ctx.last_quarter
    if lq is None or start - lq[2] > 2000:
        return None
    if not _MONEY_BEFORE.search(ctx.before(start, 80)) and not (
        _YEAR_AGO_COMPARED.search(ctx.before(start, 16))
        and not _SENTENCE_BREAK.search(ctx.text, lq[2], start)
    ):
        return None  # no figure before, nor a comparison in the sentence that named the quarter
    if _yearly(ctx, start):
        return None
    ctx.compared = end
    return f"{year_value(lq[0] - 1)}-Q{lq[1]}"


def _yearly(ctx: Context, start: int) -> bool:
    """Does the sentence before ``start`` speak of a yearly figure, or of a period longer than a
    quarter (the lexicon's ``time``/``yearly figures``)? When the expression opens its sentence ("The
    year-ago results included ..."), the sentence before counts too."""
    parts = _SENTENCE_BREAK.split(ctx.before(start, 240))
    sentence = parts[-1]
    if len(parts) > 1 and len(sentence.split()) <= 3:
        sentence = parts[-2] + " " + sentence
    sentence = sentence.lower()
    return any(word in sentence for word in lexicon.words("time", "yearly figures"))


_ENDED_NEXT: Final = regex.compile(r"\s{1,3}(?:ended|ending)\b")
"""After a year or a quarter: "the year ended March 31", "the fiscal year ending June 30"."""

_SENTENCE_BREAK: Final = regex.compile(r"[.!?;]\s+(?=[A-Z\"“])")


_LATEST: Final = frozenset(["latest", "most recent"])


def r_fin_period(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the latest quarter", "the year-ago period": the report's quarter (a year before); "the same
    period last year", "the quarter a year ago", "the comparable period of 1998": the period the
    sentence named before (a quarter, a half, a month), else the report's quarter, in that year."""
    adj = " ".join((_g(m, "padj") or "").lower().split())
    tail = (_g(m, "tail") or "").lower()
    named = int(m.group("year")) if _g(m, "year") else None
    ago = (
        any(k in adj for k in ("year-ago", "year-earlier", "comparable", "corresponding"))
        or m.group().lower().startswith("last")
        or (bool(tail) and named is None)
    )
    if ago:
        ctx.compared = m.end()
    if tail:
        return _one(
            _tx(ctx, m.start(), m.end(), "DATE", _year_before_period(ctx, m.start(), named), relative=True)
        )
    lq = ctx.last_quarter
    near = lq is not None and m.start() - lq[2] <= 2000  # a report's quarter named before wins
    ended = (
        None if ago or adj or near or m.group("what").lower() != "quarter" else _quarter_ended(ctx, m.end())
    )
    if ended is not None:  # "the quarter ended June 30": the quarter of that end, the report's from now on
        ctx.last_quarter = (ended[0], ended[1], m.start())
        return _one(
            _tx(ctx, m.start(), m.end(), "DATE", f"{year_value(ended[0])}-Q{ended[1]}", relative=True)
        )
    longer = m.group("what").lower() == "period" and ago and _yearly(ctx, m.start())
    if lq is not None and m.start() - lq[2] <= 2000 and not longer:
        value = f"{year_value(lq[0] - ago)}-Q{lq[1]}"
        if not ago:
            ctx.last_quarter = (lq[0], lq[1], m.start())  # the report is still on its quarter
    elif ctx.anchor is not None and (m.group("what").lower() == "quarter" or adj in _LATEST) and not longer:
        y, mo = add_months(ctx.anchor.year, ctx.anchor.month, -3 - 12 * ago)
        value = f"{year_value(y)}-Q{quarter_of(mo)}"
    elif ctx.anchor is not None and ago:
        value = year_value(ctx.anchor.year - 1)
    else:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))


r_last_years_period = r_fin_period

_ENDED_ON: Final = regex.compile(
    rf"\s{{1,3}}(?:ended|ending|to|through)\s{{1,3}}(?:the\s{{1,3}}end\s{{1,3}}of\s{{1,3}})?(?P<month>{MONTH})"
    rf"(?:\s{{1,3}}{DAY})?(?:,?\s{{1,3}}(?P<year>{YEAR}))?",
    regex.IGNORECASE,
)
"""After "the quarter": the day it ends ("ended June 30", "to March 31", "ending Sept. 30, 2008")."""


def _quarter_ended(ctx: Context, end: int) -> tuple[int, int] | None:
    """``(year, n)`` of "the quarter" said to end on a day: the calendar quarter of its middle month
    (a quarter to June 30 is Q2; one to July 31, May to July, mostly Q2 too), in the year the text
    names, else in the year of the last such month-end up to a month after publication."""
    got = _ENDED_ON.match(ctx.text, end, min(len(ctx.text), end + 40))
    if got is None:
        return None
    month = MONTHS.get(got.group("month").lower().rstrip("."))
    if month is None:
        return None
    if _g(got, "year"):
        year = int(got.group("year"))
    elif ctx.anchor is not None:
        year = ctx.anchor.year - (month > ctx.anchor.month + 1)
    else:
        return None
    y, mid = add_months(year, month, -1)
    return y, quarter_of(mid)


def _year_before_period(ctx: Context, start: int, year: int | None) -> str | None:
    """The period a sentence compares with, in ``year`` or a year before: the period the sentence
    named last before ``start`` ("sales in the first half of 2006 rose, against the same period last
    year": ``2005-H1``), else the report's quarter, else the year alone."""
    named = ctx.last_period
    if (
        named is not None
        and start - named[1] <= 300
        and not _SENTENCE_BREAK.search(ctx.text, named[1], start)
    ):
        ref_year, rest = int(named[0][:4]), named[0][4:]
    elif ctx.last_quarter is not None and start - ctx.last_quarter[2] <= 2000:
        ref_year, rest = ctx.last_quarter[0], f"-Q{ctx.last_quarter[1]}"
    elif ctx.anchor is not None:
        ref_year, rest = ctx.anchor.year, ""
    elif year is not None:
        ref_year, rest = year, ""
    else:
        return None
    return year_value(ref_year - 1 if year is None else year) + rest


def r_year_ago_adj(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "year-earlier profit": the report's quarter a year before, or the year before in a sentence
    about a year or a longer period ("for the nine months, against year-earlier net of ...")."""
    ctx.compared = m.end()
    lq = ctx.last_quarter
    if lq is not None and m.start() - lq[2] <= 2000 and not _yearly(ctx, m.start()):
        value = f"{year_value(lq[0] - 1)}-Q{lq[1]}"
    elif ctx.anchor is not None:
        value = year_value(ctx.anchor.year - 1)
    else:
        return None
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, relative=True))


def r_fiscal_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the fiscal year": the anchor's (the report's) year; "the fiscal year ended Jan. 31" is the
    twelve months that ended then (a duration, as for "the year ended ...")."""
    if _ENDED_NEXT.match(ctx.after(m.end(), 12)):
        return _one(_tx(ctx, m.start(), m.end(), "DURATION", "P1Y"))
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", "XXXX"))
    return _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(ctx.anchor.year), relative=True))
