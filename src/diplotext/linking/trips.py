"""One person's visits to one host, split into trips by date (the windows of :mod:`.windows`).

1. Reports with a narrow window (a day, an ISO week, an undated trip going on at publication), in
   date order, make trips: a report joins the current trip when its window fits the trip's (within
   :data:`~.windows.SLACK_DAYS`) and the trip stays within :data:`~.windows.MAX_TRIP_DAYS` days.
2. A report with a wide window (a month, a year, an undated plan or past trip) joins the one trip
   it fits; when it fits none or several, it makes trips with the other such reports, in date
   order: a report joins the current one when its window fits the days all the trip's windows
   share (within the slack), so "in November" and "will visit" told on 7 November are one trip,
   two plans told six weeks apart are two.
3. Reports with no date and no publication date say nothing of when: they never join a dated
   trip, and make one undated trip together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from diplotext.linking.reports import Report
from diplotext.linking.windows import MAX_TRIP_DAYS, Window, window_of

__all__ = ["split_trips"]


@attrs.define
class _Trip:
    window: Window
    """The days from the first report's window to the last's."""
    common: Window
    """The days every report's window shares (a gap of up to the slack when they share none)."""
    reports: list[Report]

    def take(self, report: Report, window: Window, *, wide: bool) -> bool:
        """Add the report when it fits; say whether it did."""
        if wide:
            if not self.common.fits(window):
                return False
            lo, hi = max(self.common.lo, window.lo), min(self.common.hi, window.hi)
            self.common = Window(lo, hi) if lo <= hi else Window(hi, lo)
        else:
            span = (max(self.window.hi, window.hi) - self.window.lo).days + 1
            if not self.window.fits(window) or span > MAX_TRIP_DAYS:
                return False
        self.window = Window(min(self.window.lo, window.lo), max(self.window.hi, window.hi))
        self.reports.append(report)
        return True


def _sweep(items: Sequence[tuple[Window, Report]], *, wide: bool) -> list[_Trip]:
    trips: list[_Trip] = []
    for window, report in sorted(items, key=lambda item: (item[0].lo, item[0].hi)):
        if trips and trips[-1].take(report, window, wide=wide):
            continue
        trips.append(_Trip(window, window, [report]))
    return trips


def split_trips(reports: Sequence[Report]) -> list[list[Report]]:
    """The trips of one person to one host, each a list of reports in input order."""
    narrow: list[tuple[Window, Report]] = []
    wide: list[tuple[Window, Report]] = []
    undated: list[Report] = []
    for r in reports:
        window = window_of(r.date, r.article.published, r.status)
        if window is None:
            undated.append(r)
        elif window.narrow:
            narrow.append((window, r))
        else:
            wide.append((window, r))

    trips = _sweep(narrow, wide=False)
    left: list[tuple[Window, Report]] = []
    for window, r in wide:
        fits = [t for t in trips if t.window.fits(window)]
        if len(fits) == 1:
            fits[0].reports.append(r)
        else:
            left.append((window, r))
    trips.extend(_sweep(left, wide=True))

    if undated:
        never = Window(dt.date.min, dt.date.min)
        trips.append(_Trip(never, never, list(undated)))
    order = {id(r): i for i, r in enumerate(reports)}
    return [sorted(t.reports, key=lambda r: order[id(r)]) for t in trips]
