"""Rules for months, seasons, years, decades and centuries: "November 2006", "May" (the month),
"last March", "July and August", "this summer", "the winter of 1998", "2006", "nineteen ninety-six",
"the late 1990s", "the 21st century".
"""

from __future__ import annotations

from typing import Final

import regex

from diplotext import lexicon
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import TemporalExpression
from diplotext.patterns import lazy

from . import anchoring
from .backseasons import background_year
from .blocks import SEASON
from .checks import _FALL_OK_AFTER, _month_ok, _year_ok
from .context import Context, Match, _g, _one, _tx
from .marchnouns import march_qualifies_noun
from .narrative import story_month
from .parts import _day, _month, _premod, _rel_shift
from .resolve import month_value, year_value
from .values import parse_number


def r_month_rel_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "January this year", "early June last year": one expression (as TimeML tags it), the month of
    the year the phrase names. "May" and "March" need a word before them that makes them the month."""
    word = _g(m, "month")
    month = _month(word)
    if month is None:
        return None
    premod = _g(m, "premod")
    if (
        not premod
        and word in ("May", "March")
        and not _MAY_MARCH_BEFORE.search(ctx.before(m.start(), 16))
        and not (word == "March" and march_qualifies_noun(ctx, m.start(), m.end()))
    ):
        return None
    delta = _rel_shift(m.group("ryear").split()[0])
    value = f"XXXX-{month:02d}" if ctx.anchor is None else month_value(ctx.anchor.year + delta, month)
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(premod), relative=True))


def r_month_range(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    first, second = _month(m.group("month")), _month(m.group("month2"))
    if first is None or second is None:
        return None
    year: int | None
    relative: bool | str
    if _g(m, "year"):
        year, relative = int(m.group("year")), False
    elif _g(m, "ryear"):
        year, relative = (None if ctx.anchor is None else ctx.anchor.year + _rel_shift(m.group("rel"))), True
    else:
        v, relative = anchoring.month_alone(ctx, second, m.start(), m.end())
        year = int(v[:4]) if v and v[:4].isdigit() else None
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
    year = _year_of(m)
    if year is None:
        return None
    value = month_value(year, month)
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
        if value.endswith("0") and value < "200" and "the" in m.group().lower().split():
            value = value[:2]  # "the 1800s", "the early 1900s": the century (the 2000s are a decade)
    elif _g(m, "dec2") or _g(m, "dec3"):
        if _g(m, "dec3") and _MEASURE_BEFORE.search(ctx.before(m.start(), 60)):
            return []  # "temperatures in the 90s": a measure, not a decade
        d = int((_g(m, "dec2") or "'" + m.group("dec3"))[1:3])
        now = ctx.anchor.year if ctx.anchor else 2000
        century = now // 100 if d <= now % 100 else now // 100 - 1
        value = f"{century:02d}{d // 10}"
    else:
        value = f"19{_DECADE_WORDS[m.group('decw').lower()]}"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod"))))


_MEASURE_BEFORE: Final = regex.compile(
    rf"\b(?:{lexicon.alternation('time', 'words before a two-digit decade that make it a measure')})\b",
    regex.IGNORECASE,
)
"""Shortly before "the 90s": a word of a measure ("temperatures in the 90s", "scores in the 80s")."""
_CENT_WORDS: Final = {w: int(n) for w, n in lexicon.mapping("time", "century ordinal words").items()}
"""Century ordinals in words and their numbers (the lexicon's ``time``/``century ordinal words``)."""


def r_century(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    word = m.group("cent").lower()
    n = _CENT_WORDS.get(word) or _day(word)
    if not n or n > 30:
        return None
    era = (_g(m, "era") or "").upper().replace(".", "")
    if word in _LOW_CENT_WORDS and not era and "the" not in m.group().lower().split():
        return None  # "a second century of rule": the count of another's centuries
    value = f"BC{n - 1:02d}" if era.startswith("BC") else f"{n - 1:02d}"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod"))))


_LOW_CENT_WORDS: Final = frozenset(w for w, n in _CENT_WORDS.items() if n < 15)
"""Century ordinals in words below the fifteenth: a century only after "the" or before an era."""


_YEAR_TENS: Final = {
    w: NUMBER_WORDS[w] for w in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
}


def r_year_words(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    year = _year_of_words(m.group("yw"))
    return None if year is None else _one(_tx(ctx, m.start(), m.end(), "DATE", year_value(year)))


def _year_of_words(text: str) -> int | None:
    """The year said in words ("nineteen ninety-four" -> 1994, "two thousand and one" -> 2001)."""
    words = " ".join(text.lower().split())
    if words.startswith("two thousand"):
        rest = words[len("two thousand") :].replace("and", "").strip()
        n = parse_number(rest) if rest else 0.0
        return None if n is None else 2000 + int(n)
    head, _, tail = words.partition(" ")
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[head]
    n = parse_number(tail)
    return None if n is None or n >= 100 else century * 100 + int(n)


def _year_of(m: Match) -> int | None:
    """The year a match names in digits or in words ("November 1994", "the winter of nineteen
    ninety-four"), ``None`` if neither."""
    if _g(m, "year"):
        return int(m.group("year"))
    return _year_of_words(m.group("yw")) if _g(m, "yw") else None


_SEASONS: Final = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "autumn": ("FA", 9),
    "fall": ("FA", 9),
    "winter": ("WI", 12),
}


_SEQUEL_RELS: Final = frozenset(["the following", "the next", "the previous", "the preceding"])


def r_season_sequel(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "the following spring", "the previous winter" (:func:`r_season`)."""
    return r_season(ctx, m)


_NAME_NEXT: Final = regex.compile(r" [A-Z][a-z]")
"""After a capitalised season: a capitalised word, the rest of a name ("the Winter Palace")."""


def r_season(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    said = m.group("season")
    if said[0].isupper() and said[1:].islower() and _NAME_NEXT.match(ctx.text, m.end()):
        return []  # "the Winter Palace", "the Summer Olympics", "the Spring Festival": a name
    word = said.lower()
    code, first = _SEASONS[word]
    rel = " ".join((_g(m, "rel") or "").lower().split())
    named = _year_of(m)
    if _g(m, "ryear"):  # "the spring of next year", "summer last year"
        year = None if ctx.anchor is None else ctx.anchor.year + _rel_shift(m.group("ryear").split()[0])
        value = f"{'XXXX' if year is None else year_value(year)}-{code}"
        return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod")), relative=True))
    if not rel and named is None:
        return _bare_season(ctx, m, word)
    if named is None and rel in _SEQUEL_RELS:  # "the following spring": after the month the text is at
        got = anchoring.year_of_sequel(ctx, first, rel in ("the following", "the next"), m.start())
        if got is not None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", f"{year_value(got[0])}-{code}", relative=got[1]))
        rel = "next" if rel in ("the following", "the next") else "last"
    strong = rel.endswith(("last", "next", "this", "coming", "past"))  # "this past", "the past" ...
    if word == "fall" and not strong and named is None and not _FALL_OK_AFTER.match(ctx.after(m.end(), 24)):
        return None
    if (
        rel in ("the", "that")
        and named is None
        and word == "fall"
        and not _FALL_WORD_BEFORE.search(ctx.before(m.start(), 12))
    ):
        return None
    if named is not None:
        return _one(
            _tx(ctx, m.start(), m.end(), "DATE", f"{year_value(named)}-{code}", _premod(_g(m, "premod")))
        )
    if rel == "the" and ctx.story is None and ctx.anchor is not None and _event_after(ctx, m):
        # "the spring offensive": the season of the event, the year read as a bare season's
        year = _year_by_tense(ctx, m, first, cue_before=True)
        return _one(_tx(ctx, m.start("season"), m.end(), "DATE", f"{year_value(year)}-{code}", relative=True))
    anchor: bool | str = True
    if rel == "that" and ctx.story is None and ctx.last_year is not None and ctx.mode == "news":
        # "in March 1848 ... That spring": the season of the year named last, like "that year"
        return _one(
            _tx(
                ctx,
                m.start(),
                m.end(),
                "DATE",
                f"{year_value(ctx.last_year)}-{code}",
                _premod(_g(m, "premod")),
                relative=year_value(ctx.last_year),
            )
        )
    if ctx.story is not None and not strong:  # "that winter", "in the summer": the story's
        value, anchor = f"{year_value(story_month(ctx.story, first)[0])}-{code}", ctx.story.value
    elif ctx.anchor is None:
        value = f"XXXX-{code}"
    elif not strong and (got := background_year(ctx, m.start(), m.end())) is not None:
        value, anchor = f"{year_value(got[0])}-{code}", got[1]  # "In 1998, ... In the summer"
    else:
        a = ctx.anchor
        if rel.endswith(("last", "past")):  # "the past summer", "this past winter": the last one
            year = a.year if first + 3 <= a.month else a.year - 1
        elif rel in ("next", "coming", "this coming"):
            year = a.year if first > a.month else a.year + 1
        elif rel == "the" and ctx.tense_cue(m.start(), m.end())[1] != "to":
            # "will visit in the spring", told in September: the coming one, as a bare season (but
            # not by an infinitive's "to": "made it hard to meet demand well into the summer")
            year = _year_by_tense(ctx, m, first)
        else:
            year = a.year
        value = f"{year_value(year)}-{code}"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(_g(m, "premod")), relative=anchor))


_SEASON_PREPOSITION: Final = regex.compile(
    r"\b(?:in|during|by|until|till|since|through|throughout|from|before|after|over|into|for|of)\s{1,3}$",
    regex.IGNORECASE,
)
_SENTENCE_START: Final = regex.compile(r"(?:^|[.!?][\"”’)]?\s{1,6})$")
_SEASON_AND_BEFORE: Final = regex.compile(
    rf"\b{SEASON}\s{{1,3}}(?:and|or|to|through)\s{{1,3}}(?:the\s{{1,3}})?$",
    regex.IGNORECASE,
)
"""Before a season: another season and "and", "or", "to" ("in the spring and summer", "from autumn to
spring"): the second one as the first."""
_SEASON_OK_AFTER: Final = regex.compile(
    rf"(?:\s*(?:[.,;:)!?\"”]|$)|\s+(?:{lexicon.alternation('time', 'words after a season')})\b)",
    regex.IGNORECASE,
)


def _bare_season(ctx: Context, m: Match, word: str) -> list[TemporalExpression] | None:
    """A season alone ("in autumn", "early summer", "Autumn came early."): after a preposition or a
    modifier or at the start of a sentence, and not before a noun it qualifies ("winter coats",
    "Spring Street"); a capitalised season after "by" is a name ("a kick by Winter"). News: the
    publication year's, the next year's when the clause is in the future tense and that season is
    over, the year before when it is in the past tense and that season has not begun; narrative:
    the story's."""
    premod = _g(m, "premod")
    event = not premod and _event_after(ctx, m)  # "their spring offensive", "a summer campaign"
    if word == "fall" and not (premod and _FALL_OK_AFTER.match(ctx.after(m.end(), 24))):
        return None
    if ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "winter-time", "summer-long"
    before = ctx.before(m.start(), 16)
    prep = _SEASON_PREPOSITION.search(before)
    if prep and prep.group().startswith("by") and m.group("season")[0].isupper():
        prep = None
    if (
        not event
        and not premod
        and not prep
        and not _SENTENCE_START.search(before)
        and not _SEASON_AND_BEFORE.search(ctx.before(m.start(), 24))
    ):
        return None
    if not event and not _SEASON_OK_AFTER.match(ctx.after(m.end(), 16)):
        return None
    code, first = _SEASONS[word]
    anchor: bool | str = True
    if ctx.story is not None:
        value, anchor = f"{year_value(story_month(ctx.story, first)[0])}-{code}", ctx.story.value
    elif ctx.anchor is None:
        value = f"XXXX-{code}"
    elif (got := background_year(ctx, m.start(), m.end())) is not None:
        value, anchor = f"{year_value(got[0])}-{code}", got[1]  # "In 1998, ... By winter"
    else:
        value = f"{year_value(_year_by_tense(ctx, m, first, cue_before=event))}-{code}"
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(premod), relative=anchor))


def _year_by_tense(ctx: Context, m: Match, first: int, *, cue_before: bool = False) -> int:
    """The publication year, the next when the clause is in the future tense and the season (its
    ``first`` month) is over, the year before when it is in the past tense and the season has not
    begun; with ``cue_before``, only a tense cue before the season counts (a season before an event
    noun: "ready for a winter vote once the cabinet resigned" is no past winter)."""
    assert ctx.anchor is not None
    a, year = ctx.anchor, ctx.anchor.year
    tense, _, at = ctx.tense_cue(m.start(), m.end())
    if cue_before and at >= m.start():
        return year
    if tense == "future" and first + 2 < a.month:
        year += 1
    elif tense == "past" and first > a.month:
        year -= 1
    return year


_EVENT_AFTER_SEASON: Final = regex.compile(
    rf"\s{{1,3}}(?:{lexicon.alternation('time', 'event nouns after a season')})\b(?!-)"
)


def _event_after(ctx: Context, m: Match) -> bool:
    """Is the season, in lower case, right before a noun of an event of that season ("the spring
    offensive", "their summer campaign"; not "winter coats")?"""
    said = m.group("season")
    return (
        said.islower()
        and _EVENT_AFTER_SEASON.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 20)) is not None
    )


def r_era_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    """ "76 BC" (TIMEX3 ``BC0076``), "264 B.C.", "AD 800" and "800 AD" (``0800``)."""
    n = int(_g(m, "num") or m.group("year"))
    if n < 1:
        return None
    era = (_g(m, "era") or "AD").upper().replace(".", "")
    bc = era.startswith("BC")
    value = f"BC{n:04d}" if bc else year_value(n)
    if not _g(m, "num1"):
        return _one(_tx(ctx, m.start(), m.end(), "DATE", value))
    # "264–241 BC", "from 218 to 201 BC": the first end is of the same era when it comes first in time
    first = int(m.group("num1"))
    last = _tx(ctx, m.start("num"), m.end(), "DATE", value)
    if not (first > n if bc else 0 < first < n):
        return _one(last)
    begin = _tx(ctx, m.start("num1"), m.end("num1"), "DATE", f"BC{first:04d}" if bc else year_value(first))
    return [t for t in (begin, last) if t is not None]


def r_rel_month(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    month = _month(m.group("month"))
    if month is None:
        return None
    if ctx.anchor is None:
        return _one(_tx(ctx, m.start(), m.end(), "DATE", f"XXXX-{month:02d}"))
    rel = " ".join(m.group("rel").lower().split())
    if rel.startswith("the "):  # "the following January": after the month the text is at
        ahead = rel in ("the following", "the next")
        got = anchoring.year_of_sequel(ctx, month, ahead, m.start())
        if got is not None:
            return _one(_tx(ctx, m.start(), m.end(), "DATE", month_value(got[0], month), relative=got[1]))
        rel = "next" if ahead else "last"
    a = ctx.anchor
    if rel in ("last", "this past"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming", "this coming"):
        year = a.year if month > a.month else a.year + 1
    else:
        year = a.year
    return _one(_tx(ctx, m.start(), m.end(), "DATE", month_value(year, month), relative=True))


_FALL_WORD_BEFORE: Final = regex.compile(r"\b(?:in|during|by|until|since|this|last|next)\s+$")
_MAY_MARCH_BEFORE: Final = lazy(
    rf"\b(?:{lexicon.alternation('time', 'words before may or march')})\s*-?\s*$|[,]\s*$",
    regex.IGNORECASE,
)
_VERB_NEXT: Final = regex.compile(r"\s+(?:be|have|not|also|well|still|need|want|take|make|come|go)\b")


def r_month(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    if _g(m, "ryear"):  # "the end of June this year"
        return r_month_rel_year(ctx, m)
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
        and not _MAY_MARCH_BEFORE.search(ctx.before(m.start(), 16))
        and not (word == "March" and march_qualifies_noun(ctx, m.start(), m.end()))
    ):
        return None
    if word == "May" and _VERB_NEXT.match(ctx.after(m.end(), 8)):
        return None
    value, anchor = anchoring.month_alone(ctx, month, m.start(), m.end())
    return _one(_tx(ctx, m.start(), m.end(), "DATE", value, _premod(premod), relative=anchor))


_SPLIT_MARKS: Final = ("-", "–", "/")
_OF_THE_END: Final = regex.compile(r"\bof\s{1,3}the\s{1,3}$", regex.IGNORECASE)
_WORD_NEXT: Final = regex.compile(r"\s{1,3}\p{L}")
"""After "the end of the" and a year: a word the year qualifies ("the start of the 2020 convention")."""


def r_year(ctx: Context, m: Match) -> list[TemporalExpression] | None:
    year = int(m.group("year"))
    s, e = m.start(), m.end("year")
    premod = _g(m, "premod")
    if _g(m, "era"):  # "1066 AD", "1345 B.C."
        return r_era_year(ctx, m) if not _g(m, "year2") else None
    y2 = _g(m, "year2")
    ctx.split_year = ctx.split_year or bool(y2) or ctx.text[e : e + 1] in _SPLIT_MARKS  # "2014/15"
    if y2 and len(y2) == 2 and int(y2) > year % 100:  # "1990-91"
        y2 = str(year - year % 100 + int(y2))
    paired = bool(y2) and len(y2 or "") == 4 and 0 < int(y2 or 0) - year <= 100
    if premod and _OF_THE_END.search(ctx.text, s, m.start("year")) and _WORD_NEXT.match(ctx.text, e, ctx.hi):
        premod, s = None, m.start("year")  # "the end of the 2008 season": the year qualifies a noun
    if not premod and not _g(m, "yearword") and not _year_ok(ctx, m, m.start("year"), e, year, paired=paired):
        return None
    if _g(m, "year2") and not _year_ok(ctx, m, m.start("year"), m.end(), year, paired=paired):
        return None
    mod = _premod(premod)
    first = _tx(ctx, s, e, "DATE", year_value(year), mod)
    out = [first] if first else []
    if y2 and len(y2) == 4 and int(y2) > year:
        second = _tx(ctx, m.start("year2"), m.end("year2"), "DATE", year_value(int(y2)))
        if second:
            out.append(second)
    return out
