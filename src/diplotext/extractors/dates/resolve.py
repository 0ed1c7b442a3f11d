"""Calendar arithmetic against the anchor (the publication date), and TIMEX3 value formatting.

Every function takes the anchor as a ``datetime.date`` or ``None``; with no anchor, relative values stay
unresolved the TIMEX3 way: ``XXXX`` for an unknown year, ``XXXX-WXX-1`` for "Monday", ``XXXX-12-04``
for "Dec. 4", ``XXXX-XX-XX`` for "yesterday".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, TypeAlias

__all__ = [
    "Tense",
    "add_months",
    "day_value",
    "iso_week_value",
    "month_day_value",
    "month_value",
    "quarter_of",
    "shift",
    "weekday_value",
    "year_value",
]

Tense: TypeAlias = Literal["past", "future", "present", None]

MIN_YEAR = 1
MAX_YEAR = 9999


def year_value(year: int) -> str:
    """A four-digit year ("0706" for 706)."""
    return f"{max(0, min(year, MAX_YEAR)):04d}"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year_value(year)}-{month:02d}"


def iso_week_value(day: dt.date) -> str:
    """The ISO week holding ``day``: ``2005-W46``."""
    iso = day.isocalendar()
    return f"{year_value(iso[0])}-W{iso[1]:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift(anchor: dt.date, unit: str, amount: int) -> str | None:
    """The value ``amount`` units from ``anchor`` at that unit's granularity (``None`` if out of range)."""
    try:
        if unit == "day":
            return day_value(anchor + dt.timedelta(days=amount))
        if unit in ("week", "fortnight"):
            days = 7 * amount * (2 if unit == "fortnight" else 1)
            return iso_week_value(anchor + dt.timedelta(days=days))
        if unit == "month":
            y, m = add_months(anchor.year, anchor.month, amount)
            return month_value(y, m) if MIN_YEAR <= y <= MAX_YEAR else None
        if unit == "quarter":
            y, m = add_months(anchor.year, anchor.month, 3 * amount)
            return f"{year_value(y)}-Q{quarter_of(m)}" if MIN_YEAR <= y <= MAX_YEAR else None
        if unit == "year":
            y = anchor.year + amount
            return year_value(y) if 0 <= y <= MAX_YEAR else None
        if unit == "decade":
            y = anchor.year + 10 * amount
            return f"{year_value(y)[:3]}" if 0 <= y <= MAX_YEAR else None
        if unit == "century":
            y = anchor.year + 100 * amount
            return f"{year_value(y)[:2]}" if 0 <= y <= MAX_YEAR else None
    except (OverflowError, ValueError):
        return None
    return None


FIRM_AGAINST = 10.0
"""How much a distance against a firm tense weighs (:func:`month_day_value`)."""
WOULD_AGAINST = 4.0
"""How much a day gone by weighs after "would" (a plan told in the past: "said it would close the
plant on Jan. 15", a month before, is that January; "would take place on August 31", in December, the
next August)."""
ADJACENT_AGAINST = 100.0
"""The same when the past verb stands right before "on" and the day ("crashed on April 2"): ahead
only within about three days."""


def _weight(delta: float, tense: Tense, against: float = 2.0) -> float:
    """Distance from the anchor, times ``against`` when it goes against the tense (none: the past)."""
    if tense == "future":
        return abs(delta) * (against if delta < 0 else 1.0)
    return abs(delta) * (against if delta > 0 else 1.0)


def month_day_value(
    anchor: dt.date | None,
    month: int,
    day: int,
    tense: Tense,
    firm: bool = False,
    *,
    adjacent: bool = False,
    ahead: float = 0.0,
) -> str | None:
    """A day of a month with no year: the one nearest the anchor, a distance against the tense
    counting double (so the tense decides only when the year is in doubt), or ten times when the
    past tense is ``firm`` (a past verb other than "said": "rear-ended a truck on June 8" in May is
    last June; the day counts as ahead only within about a month). ``ahead`` (a modal right before:
    "would take place on August 31" in December) is how much a day gone by weighs then
    (:data:`FIRM_AGAINST` after "will", :data:`WOULD_AGAINST` after "would")."""
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}" if _safe_date(2000, month, day) else None
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    if not options:
        return None
    against = ADJACENT_AGAINST if adjacent else FIRM_AGAINST if firm else max(ahead, 2.0)
    return day_value(min(options, key=lambda d: _weight((d - anchor).days, tense, against)))


def month_only_value(anchor: dt.date | None, month: int, tense: Tense, firm: bool = False) -> str:
    """A month with no year: future tense -> the first on or after the anchor's month; a ``firm``
    past ("was founded in December") -> the last on or before it; otherwise the nearest, a later
    month counting three times its distance (news reports the past), the earlier on a tie.
    """
    if anchor is None:
        return f"XXXX-{month:02d}"
    here = anchor.year * 12 + anchor.month
    options = [year * 12 + month for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "future":  # "will return in December": never a month gone by
        options = [o for o in options if o >= here]
    elif firm:  # "was founded in December" in October: a month gone by
        options = [o for o in options if o <= here]
    best = min(options, key=lambda o: (_weight(o - here, tense, 3.0), o))
    return month_value((best - 1) // 12, (best - 1) % 12 + 1)


def nearer_tense(anchor: dt.date, weekday: int) -> Tense:
    """ "past" or "future", whichever puts a bare weekday nearer the anchor (the past on a tie): a
    weekday an event is set "for" ("called a strike for Monday") is seldom a week away either way."""
    back = (anchor.isoweekday() - weekday) % 7
    return "future" if back and 7 - back < back else "past"


def weekday_value(anchor: dt.date | None, weekday: int, tense: Tense, rel: str | None = None) -> str:
    """A bare weekday (1 = Monday): past -> on or before the anchor, future -> after it.

    ``rel`` is "last" (strictly before), "next" (strictly after) or "this" (the anchor's week)."""
    if anchor is None:
        return f"XXXX-WXX-{weekday}"
    today = anchor.isoweekday()
    back = (today - weekday) % 7  # days back to the latest such day, 0 = the anchor itself
    if rel == "last":
        d = anchor - dt.timedelta(days=back or 7)
    elif rel == "next":
        d = anchor + dt.timedelta(days=(weekday - today) % 7 or 7)
    elif rel == "this":
        d = anchor + dt.timedelta(days=weekday - today)
    elif tense == "future":
        d = anchor + dt.timedelta(days=(weekday - today) % 7)
    else:
        d = anchor - dt.timedelta(days=back)
    return day_value(d)
