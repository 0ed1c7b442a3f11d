"""What a visit event says of its case: the status, date and place the case's frames agree on,
whether a past visit is told beside the current one (two events then), and "the first visit in
six years" (``first_in``). Each function takes the article's context and a finished case.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable

import regex

from diplotext import geo, lexicon
from diplotext.extractors.eventkit import (
    EventContext,
    compare_to,
    confidence,
    date_value,
    merge_spans,
)
from diplotext.extractors.visits.arrival_told_next import arrival_day_told_next
from diplotext.extractors.visits.bare_capital import told_the_capital
from diplotext.extractors.visits.case_dates import days_of, durations, undated_date, visit_date
from diplotext.extractors.visits.case_status import case_status, rescheduling
from diplotext.extractors.visits.cases import Case, Use
from diplotext.extractors.visits.day_visits import a_day_gone_by, dated_talks
from diplotext.extractors.visits.gathering_dates import gathering_city, gathering_date
from diplotext.extractors.visits.home_departures import left_home_day
from diplotext.extractors.visits.homecoming import still_away
from diplotext.extractors.visits.invitation_closing import formula_under_a_lead
from diplotext.extractors.visits.later_stops import stop_still_to_come
from diplotext.extractors.visits.lead_day import lead_day, lead_day_before
from diplotext.extractors.visits.lengths_ahead import ahead_by
from diplotext.extractors.visits.new_day import new_day
from diplotext.extractors.visits.offset_days import offset_gathering
from diplotext.extractors.visits.on_the_road import day_ahead_of_a_departure
from diplotext.extractors.visits.past_visits import apart, best_date, days_between, latest_day, met_during
from diplotext.extractors.visits.stay_today import seen_there_today
from diplotext.extractors.visits.told_earlier import in_an_earlier_time_clause
from diplotext.extractors.visits.under_way import (
    ARRIVAL_DAYS,
    arrived_status,
    lasts_till_now,
    under_way,
    was_there,
)
from diplotext.extractors.visits.visitor_cities import cities_of
from diplotext.extractors.visits.vocabulary import PRESENCE_VERBS
from diplotext.folding import strip_marks
from diplotext.lexicon import NUMBER_WORDS
from diplotext.model import Event, TemporalExpression

__all__ = ["case_events", "days_between", "first_in"]

CODE = "042"
PLOVER = "CONSULT"

_BACKGROUND_DAYS = 45

_NUMBERS_TO_FIFTY = "|".join(
    w for w, n in NUMBER_WORDS.items() if n <= 50 and " " not in w and w not in ("an", "dozen")
)
_FIRST_IN = regex.compile(
    r"\bfirst\b.{0,160}?\b(?:in|for|over|during)[ \t]+(?:the[ \t]+)?(?:(?:past|last|previous)[ \t]+)?"
    r"(?:(?:more[ \t]+than|almost|nearly|over|some|about)[ \t]+)?"
    r"(?P<n>\d{1,3}|" + _NUMBERS_TO_FIFTY + r"|half[ \t]+a)[ \t-]+"
    r"(?P<unit>years?|decades?|months?)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_FIRST_SINCE = regex.compile(
    # "since 1995" (not "since Slovakia gained independence in 1993", which counts from an event)
    r"\bfirst\b.{0,160}?\bsince[ \t]+(?P<year>1[89]\d\d|20\d\d)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_YEARS_OR_MONTHS = regex.compile(r"P\d+[YM]")
_VISIT_BEFORE_FIRST = 120
_VISIT_AFTER = 16
"""How far before "first" a trip word is looked for ("The visit by X to Y, the first in five years")."""
_VISIT_WORD = regex.compile(r"\b(?:visit\w*|trip|tour|travel\w*|stop)\b", regex.IGNORECASE)
_GATHERING_WORD = regex.compile(
    r"\b(?:" + "|".join(sorted(lexicon.words("events", "meeting nouns"))) + r")\b", regex.IGNORECASE
)


def first_in(
    text: str, dates: Iterable[TemporalExpression] = (), published: dt.date | None = None
) -> str | None:
    """``"P6Y"`` for "the first visit ... in six years" (a DURATION from ``dates`` when it has
    one there), ``"P31Y"`` for "the first ... to visit ... since 1995" in a story of 2026, else
    ``None``."""
    m = _FIRST_IN.search(text)
    if not m:
        since = _FIRST_SINCE.search(text)
        if (
            since is None
            or published is None
            or not _VISIT_WORD.search(text, max(0, since.start() - 60), since.end())
        ):
            return None
        years = published.year - int(since.group("year"))
        return f"P{years}Y" if 0 < years < 200 else None
    # "the first Mexican leader in ten years to visit Japan": the visit word may follow the count
    if not _VISIT_WORD.search(
        text, max(0, m.start() - _VISIT_BEFORE_FIRST), min(len(text), m.end() + _VISIT_AFTER)
    ):
        return None
    counted = text[m.start() : m.start("n")]
    if _GATHERING_WORD.search(counted) and not _VISIT_WORD.search(counted):
        return None  # "travel to Lisbon for the first summit in six years": summits are counted
    counted_words = m.group().lower()
    for d in dates:
        # "comes three years after X went there, the first such visit in 24 years": the duration
        # the count names, not another of the sentence
        if (
            d.type == "DURATION"
            and _YEARS_OR_MONTHS.fullmatch(d.value or "")
            and d.text.lower() in counted_words[counted_words.rfind(" " + m.group("n").lower()) :]
        ):
            return d.value
    word = m.group("n").lower()
    if word.startswith("half"):
        return "P6M"
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if n is None:
        return None
    unit = m.group("unit").lower()
    if unit.startswith("decade"):
        return f"P{n * 10}Y"
    return f"P{n}M" if unit.startswith("month") else f"P{n}Y"


def _counts_another_pair(ctx: EventContext, case: Case, s0: int, s1: int) -> bool:
    """Does the sentence's "the first visit by an Indian prime minister to Sri Lanka in 24 years"
    name states other than this case's visitor's and host's (a count of another pair's visits)?"""
    m = _FIRST_IN.search(ctx.text, s0, s1)
    if m is None:
        return False
    for e in ctx.layer.entities_in(m.start(), m.end()):
        if e.kind not in ("state", "place") or not e.code:
            continue
        if e.place_kind == "demonym" and e.code != case.state:
            return True  # "by an Indian prime minister": the visitors counted are another state's
        if ctx.text.endswith("to ", max(0, e.start - 3), e.start) and e.code != case.host:
            return True  # "to Sri Lanka": the visits counted go to another state
    return False


def case_events(ctx: EventContext, case: Case, told: set[int] | None = None) -> list[Event]:
    """One event for the case, or two when it holds a past visit told as background ("his
    last visit to China was in 2005") beside the current one. The ``id`` of each event whose
    date the text tells (not the day of publication standing in for it) goes into ``told``."""
    background: list[Use] = []
    current: list[Use] = []
    for use in case.uses:
        value = best_date(ctx, use)
        gap = days_between(value, ctx.published) if value else None
        old = value is not None and (
            (gap is not None and gap > _BACKGROUND_DAYS) or _older_year(value, ctx.published)
        )
        # a meeting told as a use of the case is past only by a time of its own frame ("attended
        # the meeting in Shanghai in October 2001"), not one of the clause around it
        past = (
            old
            and (
                use.own
                or (bool(use.trip.dates) and (use.trip.meeting or use.trip.frame.lemma in PRESENCE_VERBS))
            )
            and use.trip.status in ("completed", "ended", "arrived", "present", None)
        )
        (background if past or _an_earlier_stay(ctx, case, use) else current).append(use)
    if background and current:
        # "paid a visit to X in February last year, where he was received by Y": an undated frame
        # in a sentence that tells the past visit, and no dated current one, is of that visit
        then = {u.trip.frame.sentence for u in background}
        now = {u.trip.frame.sentence for u in current if best_date(ctx, u)}
        moved = [
            u
            for u in current
            if not best_date(ctx, u)
            # "a year after X visited Astana ... X had visited Kazakhstan in September last year"
            and (u.trip.frame.sentence in then - now or in_an_earlier_time_clause(u))
        ]
        background += moved
        current = [u for u in current if u not in moved]
    if background and any(u.own or dated_talks(ctx, u) for u in current):
        return [
            _event(ctx, case, current, told),
            *(_event(ctx, case, g, told) for g in apart(ctx, background)),
        ]
    if background:
        # "attended a meeting in Shanghai in October 2001, and paid a visit to China in March
        # 2002": past visits told with days that cannot be one stay are each their own (a
        # meeting told of the case with no time of its own goes with the visit of its day)
        # a frame told of the case's state now ("The visit comes a month before ...") is not of a
        # past visit
        groups = apart(ctx, background, [u for u in current if u.trip.status not in ("ongoing", "planned")])
        return [_event(ctx, case, g, told) for g in groups]
    return [_event(ctx, case, case.uses, told)]


_EARLIER_STAY_DAYS = 5
"""Days before a recent arrival from which a completed stay told of the same visitor and host is
another, earlier trip."""


def _an_earlier_stay(ctx: EventContext, case: Case, use: Use) -> bool:
    """ "arrived here Monday afternoon ... Just a week ago, X came to the Chinese capital and met
    Y": a completed stay told for an earlier week, or days before, beside an arrival of the last
    days is a trip of its own (with its own date and the people met on it)."""
    if not use.own or use.trip.status not in ("completed", "ended", "arrived"):
        return False
    if use.trip.opening or (use.trip.status == "arrived" and durations(ctx, use)):
        # "kicked off his state visit on Nov. 1", "arrived last week for a two-week visit": the
        # stay the later days are of
        return False
    value = best_date(ctx, use)
    if not value:
        return False
    gap = days_between(value, ctx.published)
    earlier = (gap is not None and gap >= _EARLIER_STAY_DAYS) or (
        "W" in value and compare_to(value, ctx.published) == -1
    )
    return earlier and any(
        u is not use
        and u.own
        and u.trip.status in ("arrived", "ongoing", "present")
        and (v := best_date(ctx, u))
        and (g := days_between(v, ctx.published)) is not None
        and 0 <= g <= ARRIVAL_DAYS
        for u in case.uses
    )


_THERE = ("arrived", "ongoing", "present")


def _event(ctx: EventContext, case: Case, uses: list[Use], told: set[int] | None) -> Event:
    status = case_status(uses, case.host, ctx.published, ctx.text)
    if status in ("completed", "planned") and under_way(ctx, uses, ctx.dateline_code == case.host):
        status = "ongoing"
    ahead = (
        day_ahead_of_a_departure(uses, ctx.published) if status in ("arrived", "ongoing", "present") else ()
    )
    if ahead:
        status = "planned"  # "left for Santiago ... is due to meet Y there on Tuesday": not there yet
    date = visit_date(ctx, case, [u for u in uses if u.trip.status == "planned"] if ahead else uses, status)
    if status == "planned" and (new := rescheduling(uses, ctx.published)):
        date = visit_date(ctx, case, new, status) or date  # the new day, not the one put off
    if status in ("planned", "postponed") and (day := new_day(ctx, uses)):
        status, date = "planned", day  # "has been postponed to July 8": planned on the new day
    if status == "present" and (was_there(ctx, uses) or a_day_gone_by(ctx, uses, case.host)):
        status = "completed"  # "was in Nairobi on Monday", "held talks in Caracas on Monday"
    if date is None and status in ("arrived", "present", "completed"):
        # "Speaking in Strasbourg, X said ...", told under a lead of today
        date = lead_day(ctx, uses, case.host)
    if date is None and status == "completed" and (day := formula_under_a_lead(ctx, uses)):
        status, date = "arrived", day  # "X paid the visit at the invitation of Y", under a lead of today
    if status in ("arrived", "present"):
        # an undated presence in the city the story is datelined in is news of the stay
        there = status == "arrived" or _in_the_datelines_city(ctx, case, uses)
        # still there by the latest day told of the stay, not by its first ("kicked off his visit to
        # China on Nov. 1 ... arrived in Haikou on Monday")
        status = arrived_status(
            ctx,
            uses,
            latest_day(ctx, uses, met_during(case, uses, date)) or date,
            undated="ongoing" if there else "completed",
            start=date,
        )
    stops = (
        stop_still_to_come(ctx, uses) if status in ("completed", "planned") and case.home_by is None else []
    )
    if stops:
        # "met Y in London on Monday ... is due to visit Manchester on Tuesday": there still, since
        # the day of the stay (not of the stop to come)
        date = visit_date(ctx, case, [u for u in uses if u not in stops], "ongoing")
        status = "ongoing"
    if status == "completed" and case.home_by is None and lasts_till_now(ctx, uses, date):
        status = "ongoing"  # "on Saturday, the first day of a three-day visit", told on Sunday
    if status == "completed" and case.home_by is None and seen_there_today(ctx, uses, case.host):
        status = "ongoing"  # "arrived on Saturday ... on Sunday visited X", told on Sunday
    if status == "ongoing" and case.home_by is not None:
        status = "completed"  # back home since
    if date is None and status == "planned":
        date = ahead_by(ctx, uses)  # "will visit Chile in three days"
    if date is None and status == "planned":
        date = arrival_day_told_next(ctx, case, uses)  # "... He will land tomorrow morning"
    if date is None and status == "planned":
        date = gathering_date(ctx, case)  # "a summit to be attended by X ... scheduled for Nov. 4-5"
        if date is not None:
            date = offset_gathering(ctx, uses, date)  # "will arrive on the eve of the summit"
    if (
        status == "completed"
        and still_away(ctx, case, date)
        # "wrapped up a tour here ... was due to fly back on Thursday night": the visit itself is over
        and not any(u.trip.status == "ended" and u.own for u in uses)
    ):
        status = "ongoing"  # "is due to return home on Saturday": still there
    if date is None and status == "ongoing":
        # "Violence flared Monday ... visiting Prime Minister X", told on Tuesday: there Monday
        date = lead_day_before(ctx, uses)
    if date is None and status == "ongoing":
        # "is on a five-day visit to Poland ... She left Kigali on Sunday": begun that day
        date = left_home_day(
            ctx, case, uses, max((days_of(d.value) for u in uses for d in durations(ctx, u)), default=0)
        )
    dated = date is not None
    if date is None:
        date = undated_date(ctx, uses, status)
    place = _place_name(ctx, case, [u for u in uses if u not in stops] or uses)
    fi = None
    # a companion's frames are the visitor's: what they count is said of the visitor
    for idx in [] if case.companion else sorted({u.trip.frame.sentence for u in uses}):
        s0, s1 = ctx.layer.sentences[idx]
        fi = first_in(ctx.text[s0:s1], [d for d in ctx.dates if s0 <= d.start < s1], ctx.published)
        if fi and _counts_another_pair(ctx, case, s0, s1):
            fi = None
        if fi:
            break
    evidence = {ctx.layer.sentences[u.trip.frame.sentence] for u in uses}
    if len(uses) == len(case.uses):
        evidence |= case.evidence
    penalties = int(status is None) + int(date is None and status != "completed")
    event = Event(
        type="visit",
        code=CODE,
        date=date,
        place=place,
        roles={
            "visitor": case.visitor.name,
            "visitor_state": case.state,
            "host_state": case.host,
            "met": _met_on(ctx, case, uses),
        },
        attributes={
            "status": status or "completed",
            "first_in": fi,
            "plover": PLOVER,
            "plover_mode": "visit",
        },
        evidence=merge_spans(evidence),
        confidence=confidence(0.85 if case.direct else 0.7, evidence=len(evidence), penalties=penalties),
    )
    if dated and told is not None:
        told.add(id(event))
    return event


def _met_on(ctx: EventContext, case: Case, uses: list[Use]) -> list[str]:
    """Whom the visitor met on the visit ``uses`` tell: all of the case's, unless the case is split
    into a past visit and the current one; then those named in the sentences of these uses ("made a
    trip to Kyiv last week, where he met X ... He has visited Ukraine before, in 2023": X is met on
    last week's), and those named elsewhere only on a visit not yet over."""
    if len(uses) == len(case.uses):
        return list(case.met)
    mine = {u.trip.frame.sentence for u in uses}
    theirs = {u.trip.frame.sentence for u in case.uses if u not in uses}
    going_on = any(u.own for u in uses if u.trip.status != "completed")
    out: list[str] = []
    for name in case.met:
        told = {ctx.layer.sentence_at(start) for a in ctx.actors if a.name == name for start, _ in a.mentions}
        if told & mine or (going_on and not told & theirs):
            out.append(name)
    return out


def _in_the_datelines_city(ctx: EventContext, case: Case, uses: list[Use]) -> bool:
    """ "GENEVA - ... X was in Geneva to lobby ...": a presence told in the story's own city."""
    dateline = (ctx.article.dateline or "").strip().lower()
    if not dateline or ctx.dateline_code != case.host:
        return False
    return any(
        u.trip.status == "present"
        and (u.trip.here or any(h.text.lower() in (dateline, "here") for h in u.trip.hosts))
        for u in uses
    )


def _place_name(ctx: EventContext, case: Case, uses: list[Use]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    done = False  # a city counted from a trip told as happened
    for u in uses:
        for h in u.trip.hosts:
            if h.code != case.host:
                continue
            name = None
            if h.place_kind == "city" and h.text == geo.capital_of(case.host):
                name = _capital_as_written(ctx, case.host)  # "the Ukrainian capital", read as the capital
            elif h.place_kind == "city":
                name = _as_written(ctx, h.text[4:] if h.text.lower().startswith("the ") else h.text)
            elif h.place_kind == "seat":
                name = _capital_as_written(ctx, case.host)
            elif h.place_kind == "country" and geo.capital_of(case.host) == geo.country_name(case.host):
                name = geo.capital_of(case.host)  # "a visit to Singapore": a city-state is its own city
            if name:
                counts[name] += 1
                first.setdefault(name, h.start)
                done = done or _told_as_happened([u])
        if u.trip.here and ctx.dateline_code == case.host and ctx.article.dateline:
            name = ctx.article.dateline.strip().title()
            counts[name] += 1
            first.setdefault(name, u.trip.frame.trigger[0])
            done = True
    if (
        counts
        and not done
        and ctx.dateline_code == case.host
        and ctx.article.dateline
        and _told_as_happened(uses)
    ):
        # "CANBERRA - X, who flew in on Monday, ... will travel to Perth on Thursday": a side trip
        # to come is not where the story finds the visitor
        return ctx.article.dateline.strip().title()
    if not counts:
        # a city of the host where the visitor does something ("deliver a speech in Paris",
        # "attend the summit in Kuala Lumpur") in the case's sentences
        for name, pos in cities_of(ctx, case, uses):
            counts[name] += 1
            first.setdefault(name, pos)
    if not counts and len(uses) == len(case.uses):
        # "to attend a meeting ... The meeting will be held in Bangkok"
        held = gathering_city(ctx, case)
        if held:
            return held
    if not counts and told_the_capital(uses):
        return _capital_as_written(ctx, case.host)  # "who arrives in the capital on Wednesday"
    if not counts and ctx.dateline_code == case.host and ctx.article.dateline and _told_as_happened(uses):
        # a story datelined in the host's city that names no other city there: the dateline's
        return ctx.article.dateline.strip().title()
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


_MARKED_WORD = regex.compile(r"\b\p{Lu}[\p{L}'’-]*[^\x00-\x7f][\p{L}'’-]*")
"""A capitalised word with a letter outside ASCII ("Malé", "MALÉ")."""


@functools.lru_cache(maxsize=4)
def _marked_spellings(text: str) -> dict[str, str]:
    """The article's capitalised words written with marks, by their folded form (one pass a text)."""
    out: dict[str, str] = {}
    for m in _MARKED_WORD.finditer(text):
        word = m.group().title() if m.group().isupper() else m.group()  # "MALÉ:" in a dateline
        out.setdefault(strip_marks(word).lower(), word)
    return out


def _capital_as_written(ctx: EventContext, code: str) -> str | None:
    """ "KYIV - ... arrived in the Ukrainian capital": the capital as the article spells it, when the
    gazetteer knows several spellings ("Kiev", "Kyiv"), else as it marks it ("Malé")."""
    spellings = geo.capital_spellings(code)
    if len(spellings) > 1:
        written = _written_spellings(ctx.text, spellings)
        if written:
            return written
    return _as_written(ctx, geo.capital_of(code))


@functools.lru_cache(maxsize=16)
def _written_spellings(text: str, spellings: tuple[str, ...]) -> str | None:
    """The first of ``spellings`` the text writes (as a word, in any case), in the gazetteer's form."""
    low = text.lower()
    for name in spellings:
        if regex.search(r"\b" + regex.escape(name.lower()) + r"\b", low):
            return name
    return None


def _as_written(ctx: EventContext, name: str | None) -> str | None:
    """The capital's name as the article spells it ("Malé" for a gazetteer's "Male")."""
    if name is None or ctx.text.isascii() or not name.isascii():
        return name
    return _marked_spellings(ctx.text).get(name.lower(), name)


def _told_as_happened(uses: list[Use]) -> bool:
    return any(u.trip.status in ("completed", "ongoing", "arrived", "ended") for u in uses)


def _older_year(value: str, published: object) -> bool:
    """Is ``value`` a year before publication's, or a month that ended more than the background
    span before publication ("went to Santiago in April 2012" in a story of November 2015)?"""
    parts = date_value(value)
    if parts is None or not isinstance(published, dt.date):
        return False
    year, month, day = parts
    if month is None:
        return year < published.year
    if day is not None:
        return False
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return (published - last).days > _BACKGROUND_DAYS
