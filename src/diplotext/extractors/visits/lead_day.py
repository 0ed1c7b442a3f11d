"""The day a story's lead tells, for a stay its opening sentences tell with no time of their own.

"The EU restated its stand on Wednesday. Speaking in Strasbourg, Irish Trade Minister X said ...":
the minister was in Strasbourg on the day the lead tells, not at some time unsaid. A wire story's
opening tells one day's news; a scene it sets there (a speech, a conference, a meeting in a city)
with no time of its own is of that day, when that day is the day of publication or the one before.
"""

from __future__ import annotations

import datetime
from typing import Final

import regex

from diplotext import lexicon
from diplotext.extractors.eventkit import EventContext, calendar_value, compare_to
from diplotext.extractors.visits.cases import Use
from diplotext.extractors.visits.past_visits import days_between

__all__ = ["lead_day", "lead_day_before", "news_day"]

LEAD_SENTENCES: Final = 4
"""The sentences of a story's opening (by index from the first of the body) a scene is read in."""
_LOOK_BACK: Final = 3
"""How many sentences before the scene's own a lead's day is looked for."""
_NEWS_DAYS: Final = 1
"""How many days before publication the lead's day may be: the day of publication or the one before."""
_SCENES: Final = frozenset({"present", "arrived"})
"""Frame statuses of a scene told as being there (a speech, a meeting, an arrival in a city)."""


_BEFORE_THE_NEWS: Final = lexicon.words("events", "words placing a done trip before the news")
_WORD: Final = regex.compile(r"[A-Za-z]+")


def _done_today(ctx: EventContext, use: Use) -> bool:
    """ "In another development, Liberian President X visited Shenyang to inspect ...": a trip
    told done by a verb in the simple past of a main clause of the opening, with no time and no
    word placing it before the news ("once", "earlier"), is of the day the lead tells."""
    trip = use.trip
    clause = trip.frame.clause
    pred = clause.predicate
    return (
        trip.status == "completed"
        and not trip.frame.nominal
        and not trip.dates
        and not trip.context_dates
        and not trip.origins
        and trip.frame.sentence < LEAD_SENTENCES
        and clause.kind in ("main", "coordinate")
        and pred.tense == "past"
        and pred.aspect == "simple"
        and pred.modal is None
        and not pred.negated
        and not any(w.lower() in _BEFORE_THE_NEWS for w in _WORD.findall(ctx.text, clause.start, clause.end))
    )


def _a_scene(use: Use) -> bool:
    """Is the frame a scene of the opening told with no time and no tense of background: something
    done there, told by a verb (not a noun: "a question on X's visit" may tell of the trip from
    afar, "on the sidelines of a two-day meeting" of a gathering with days of its own), not in a
    relative clause ("X, who met Y in Paris, said ..."), not a perfect ("had met Y")?"""
    trip = use.trip
    clause = trip.frame.clause
    return (
        trip.status in _SCENES
        and not trip.frame.nominal
        and not trip.dates
        and not trip.context_dates
        and trip.frame.sentence < LEAD_SENTENCES
        # (an arrival in a relative of the opening is news: "a visit by X, who flew in to ...")
        and (clause.kind != "relative" or trip.status == "arrived")
        and clause.predicate.aspect not in ("perfect", "perfect progressive")
    )


def _left(use: Use, host: str) -> bool:
    """Does the frame tell the host as a place left ("came to Chile from X")?"""
    return any(o.code == host for o in use.trip.origins)


def _within(ctx: EventContext, use: Use, host: str) -> bool:
    """Does the frame move the visitor between cities of the host ("flew from Baghdad to the port
    city of Basra"): a place left, and every place its clause names a city of the host?"""
    clause = use.trip.frame.clause
    places = [
        e
        for e in ctx.layer.entities_in(clause.start, clause.end)
        if e.kind in ("place", "state") and e.code is not None
    ]
    return (
        bool(use.trip.origins)
        and len({e.text for e in places}) > 1
        and all(e.code == host and e.place_kind == "city" for e in places)
    )


def lead_day(ctx: EventContext, uses: list[Use], host: str) -> str | None:
    """The one day the sentence nearest before (or at) the first scene of the case tells, when
    the case tells no time of its own and that day is the day of publication or the one before;
    else ``None``. A sentence telling two days (or a month, a week, a day to come) gives none."""
    if ctx.published is None or any(u.trip.dates or u.trip.context_dates for u in uses):
        return None
    moves = {u.trip.frame.clause.start for u in uses if _within(ctx, u, host)}
    if any(
        (u.trip.status == "ended" or u.trip.closing or _left(u, host))
        and u.trip.frame.clause.start not in moves
        for u in uses
    ):
        return None  # "came here from X, where he met Y": a stay left before the news
    scenes = [u.trip.frame.sentence for u in uses if _a_scene(u) or _done_today(ctx, u)]
    return _day_before_scene(ctx, min(scenes)) if scenes else None


def lead_day_before(ctx: EventContext, uses: list[Use]) -> str | None:
    """ "Violence flared in Gaza Monday ... X won support from visiting Prime Minister Y", told on
    Tuesday: an undated stay going on, told by a "visiting" participle (or the present progressive)
    in the opening, is seen there on the day the lead tells, when that is the day before
    publication (the stay began by then); else ``None``."""
    if ctx.published is None or any(u.trip.dates or u.trip.context_dates for u in uses):
        return None
    scenes = [
        u.trip.frame.sentence
        for u in uses
        if u.trip.status == "ongoing"
        and not u.trip.frame.nominal
        and not u.trip.origins
        and u.trip.frame.sentence < LEAD_SENTENCES
        and u.trip.frame.clause.kind in ("participle", "main", "coordinate")
    ]
    day = _day_before_scene(ctx, min(scenes)) if scenes else None
    gap = days_between(day, ctx.published) if day and len(day) == 10 else None
    return day if gap == 1 else None


def _day_before_scene(ctx: EventContext, first: int) -> str | None:
    """The one day the sentence nearest before (or at) sentence ``first`` tells, when it is the day
    of publication or the one before."""
    assert ctx.published is not None
    for idx in range(first, max(-1, first - _LOOK_BACK - 1), -1):
        s0, s1 = ctx.layer.sentences[idx]
        told = [d.value for d in ctx.dates if s0 <= d.start < s1 and d.type in ("DATE", "TIME")]
        # "currently" says nothing of the day; "recently", "soon" tell another time than the news
        values = {calendar_value(v) for v in told if v != "PRESENT_REF"}
        # "They meet Monday": a sentence of what is to come tells no day of the scene
        if all(v and compare_to(v, ctx.published) == 1 for v in values):
            if idx == 0 and _told_now(ctx):
                return ctx.published.isoformat()  # "X says ...": a lead in the present is today's
            continue
        return news_day(values, ctx.published)
    return None


def news_day(values: set[str | None], published: datetime.date) -> str | None:
    """The one day a sentence of the lead tells (its calendar ``values``), when it is the day of
    publication or the one before; else ``None`` (also when the sentence tells two)."""
    if len(values) != 1:
        return None
    (value,) = values
    gap = days_between(value, published) if value and len(value) == 10 else None
    return value if gap is not None and 0 <= gap <= _NEWS_DAYS else None


def _told_now(ctx: EventContext) -> bool:
    """Does the story's first sentence tell its news in the present ("X says gaps remain", "X has
    said")? A main clause in the present, with no modal."""
    return any(
        c.kind == "main"
        and c.predicate.tense == "present"
        and c.predicate.finite
        and c.predicate.modal is None
        and not c.predicate.chain
        for c in ctx.layer.in_sentence(0)
    )
