"""Cases: one real-world visit or extradition dispute, told by one or many articles.

A :class:`Case` holds its person (and every spelling of the name), its states, its status history
(:class:`Step`, one per status, in date order) and the articles, sources and evidence behind it.
Counts are of distinct articles and distinct sources: an article that tells the case in five
sentences, or gives it two events, counts once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from diplotext.linking.identities import Person, people
from diplotext.linking.names import parse, titled
from diplotext.linking.reports import ArticleInfo, Evidence, Report
from diplotext.linking.trips import split_trips
from diplotext.linking.windows import Window, parse_value

__all__ = ["Case", "Step", "build_cases", "step_date"]

_LAST = dt.date.max
_WIDE = Window(dt.date.min, dt.date.max)


@attrs.frozen(kw_only=True)
class Step:
    """One status of a case: when it was first and last told, by which articles, with what words."""

    status: str
    """The plugin's status (``planned`` ... ``completed``; ``requested`` ... ``completed``), or
    ``unknown``."""
    date: str | None
    """For a visit, when the status was first reported (the publication date, else the event's date);
    for an extradition, the date of the act (the event's date, else the publication date)."""
    last: str | None
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    events: int


@attrs.frozen(kw_only=True)
class Case:
    """One real-world event and everything the articles say of it."""

    id: str
    type: str
    person: str | None
    """The name most events give (a full name before a surname alone, an untitled one before
    ``Gen ...``; then the longest)."""
    names: tuple[str, ...]
    """Every spelling met, the case's own first, then by how many events gave it."""
    roles: tuple[tuple[str, str | None], ...]
    """``(role, value)``: the person's role and the two state roles of the event type."""
    surname_only: bool
    status: str
    """The status of the last step."""
    first_date: str | None
    last_date: str | None
    """The earliest and latest event dates given (as written), of days and ISO weeks when there are
    any, else of months and years."""
    places: tuple[str, ...]
    met: tuple[str, ...]
    details: tuple[tuple[str, str], ...]
    articles: tuple[ArticleInfo, ...]
    sources: tuple[str, ...]
    events: int
    mentions: int
    """Evidence spans, over every event of every article: what a count of mentions would say."""
    steps: tuple[Step, ...]

    @property
    def label(self) -> str:
        role = dict(self.roles)
        if self.type == "visit":
            visitor, host = role.get("visitor_state") or "?", role.get("host_state") or "?"
            return f"{self.person} ({visitor}) visit to {host}"
        return (
            f"{self.person}: extradition from {role.get('requested_state') or '?'}"
            f" to {role.get('requesting_state') or '?'}"
        )


def step_date(report: Report) -> str | None:
    """The date a report gives its status: see :attr:`Step.date`."""
    if report.kind.type == "visit":
        return report.article.published or report.date
    return report.date or report.article.published


def _day(value: str | None) -> dt.date:
    window = parse_value(value)
    return _LAST if window is None else window.lo


def _end(value: str) -> dt.date:
    window = parse_value(value)
    return dt.date.min if window is None else window.hi


def _most(values: Iterable[str]) -> tuple[str, ...]:
    counts = Counter(values)
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))


def _steps(reports: Sequence[Report]) -> tuple[Step, ...]:
    order = reports[0].kind.statuses
    by_status: dict[str, list[Report]] = {}
    for r in reports:
        by_status.setdefault(r.status or "unknown", []).append(r)
    steps = []
    for status, group in by_status.items():
        dates = sorted((d for r in group if (d := step_date(r))), key=lambda d: (_day(d), d))
        articles = tuple(dict.fromkeys(r.article.id for r in group))
        steps.append(
            Step(
                status=status,
                date=dates[0] if dates else None,
                last=dates[-1] if dates else None,
                articles=articles,
                sources=tuple(sorted({r.article.source for r in group if r.article.source})),
                evidence=tuple(e for r in group for e in r.evidence),
                events=len(group),
            )
        )
    rank = {s: i for i, s in enumerate(order)}
    return tuple(sorted(steps, key=lambda s: (_day(s.date), rank.get(s.status, len(order)), s.status)))


def _canonical(reports: Sequence[Report]) -> tuple[str | None, tuple[str, ...]]:
    counts = Counter(r.person for r in reports if r.person)
    if not counts:
        return None, ()
    best = min(counts, key=lambda n: (not parse(n).full, titled(n), -counts[n], -len(n), n))
    return best, (best, *(n for n in _most(r.person for r in reports if r.person) if n != best))


def _case(person: Person, reports: Sequence[Report]) -> Case:
    kind = reports[0].kind
    name, names = _canonical(reports)
    states = (
        next((r.states[0] for r in reports if r.states[0]), None),
        next((r.states[1] for r in reports if r.states[1]), None),
    )
    infos = {r.article.id: r.article for r in reports}
    articles = tuple(sorted(infos.values(), key=lambda a: (_day(a.published), a.id)))
    dated = sorted((r.date for r in reports if r.date and parse_value(r.date)), key=lambda d: (_day(d), d))
    narrow = [d for d in dated if (parse_value(d) or _WIDE).narrow]
    dated = narrow or dated
    steps = _steps(reports)
    details = _most(f"{k}\0{v}" for r in reports for k, v in r.details)
    seen: set[str] = set()
    kept: list[tuple[str, str]] = []
    for item in details:
        k, v = item.split("\0", 1)
        if k not in seen:
            seen.add(k)
            kept.append((k, v))
    return Case(
        id="",
        type=kind.type,
        person=name,
        names=names,
        roles=((kind.person, name), (kind.states[0], states[0]), (kind.states[1], states[1])),
        surname_only=person.surname_only,
        status=steps[-1].status,
        first_date=dated[0] if dated else None,
        last_date=max(dated, key=lambda d: (_end(d), d)) if dated else None,
        places=_most(r.place for r in reports if r.place),
        met=_most(m for r in reports for m in r.met),
        details=tuple(kept),
        articles=articles,
        sources=tuple(sorted({a.source for a in articles if a.source})),
        events=len(reports),
        mentions=sum(r.mentions for r in reports),
        steps=steps,
    )


def _start(case: Case) -> dt.date:
    firsts = [_day(s.date) for s in case.steps]
    return min(firsts, default=_LAST)


def build_cases(reports: Iterable[Report]) -> list[Case]:
    """Link reports into cases: blocked by type and states, grouped by person
    (:mod:`.identities`), visits split into trips by date (:mod:`.trips`); numbered ``c1``, ``c2``
    ... by the date of their first step (undated last), then by label."""
    cases: list[Case] = []
    for person in people(reports):
        groups = split_trips(person.reports) if person.type == "visit" else [person.reports]
        cases.extend(_case(person, group) for group in groups if group)
    cases.sort(key=lambda c: (_start(c), c.label, c.articles[0].id if c.articles else ""))
    return [attrs.evolve(c, id=f"c{i}") for i, c in enumerate(cases, start=1)]
