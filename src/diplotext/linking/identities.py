"""Who a case is about: reports blocked by event type and states, then grouped by person.

1. **Blocks.** Reports are put in blocks by event type and state pair (visitor and host state; or
   requesting and requested state). Nothing is ever merged across two blocks whose states differ.
2. **Full names** (two words or more) in a block are grouped by :func:`~.names.same_person`, longest
   names first; a name that could be two people already grouped ("George Bush" beside "George W.
   Bush" and "George H. W. Bush") stays on its own.
3. **A missing state.** A full name in a block with one state missing joins the block whose known
   states agree and that has the same person, when exactly one such block does.
4. **Surname-only mentions** join the one full-name person of their block whose name they could be
   (:func:`~.names.surname_matches`) — for a visit, among the people with a report that fits the
   mention's dates (:mod:`~.windows`) — and only when there is exactly one; else they stay
   together by their own spelling.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs

from diplotext.linking.names import PersonName, parse, same_person, surname_matches
from diplotext.linking.reports import Report
from diplotext.linking.windows import window_of

__all__ = ["Person", "people"]

States = tuple[str | None, str | None]


@attrs.define(eq=False)
class Person:
    """One person's reports in one block."""

    type: str
    states: States
    names: list[PersonName]
    reports: list[Report] = attrs.Factory(list)
    surname_only: bool = False


def _group_full(names: Counter[str], parsed: dict[str, PersonName]) -> list[list[PersonName]]:
    groups: list[list[PersonName]] = []
    order = sorted(names, key=lambda n: (-len(parsed[n].words), -names[n], n))
    for text in order:
        name = parsed[text]
        fits = [g for g in groups if all(same_person(name, m) for m in g)]
        if len(fits) == 1:
            fits[0].append(name)
        else:
            groups.append([name])
    return groups


def _same(person: Person, name: PersonName) -> bool:
    return any(same_person(name, m) for m in person.names)


def _fits_in_time(person: Person, report: Report) -> bool:
    mine = window_of(report.date, report.article.published, report.status)
    if mine is None:
        return True
    for other in person.reports:
        theirs = window_of(other.date, other.article.published, other.status)
        if theirs is None or theirs.fits(mine):
            return True
    return False


def _place_surnames(block: list[Person], reports: Sequence[Report], states: States, type_: str) -> None:
    full = [p for p in block if not p.surname_only]
    own: dict[str, Person] = {}
    for report in reports:
        name = parse(report.person or "")
        state = states[0] if type_ == "visit" else None
        could = [p for p in full if any(surname_matches(name, m, state=state) for m in p.names)]
        if type_ == "visit":
            could = [p for p in could if _fits_in_time(p, report)]
        if len(could) == 1:
            could[0].reports.append(report)
            continue
        person = own.get(name.joined)
        if person is None:
            person = own[name.joined] = Person(type_, states, [name], surname_only=True)
            block.append(person)
        person.reports.append(report)


def _agree(partial: States, full: States) -> bool:
    return all(a is None or a == b for a, b in zip(partial, full, strict=True))


def people(reports: Iterable[Report]) -> list[Person]:
    """Group reports by event type, states and person (the rule of this module)."""
    blocks: dict[tuple[str, States], list[Report]] = defaultdict(list)
    for report in reports:
        blocks[(report.kind.type, report.states)].append(report)

    persons: dict[tuple[str, States], list[Person]] = {}
    surnames: dict[tuple[str, States], list[Report]] = {}
    for (type_, states), block_reports in blocks.items():
        parsed: dict[str, PersonName] = {}
        counts: Counter[str] = Counter()
        single: list[Report] = []
        for r in block_reports:
            name = parse(r.person or "")
            if name.full:
                parsed[r.person or ""] = name
                counts[r.person or ""] += 1
            else:
                single.append(r)
        group_of: dict[str, Person] = {}
        block: list[Person] = []
        for group in _group_full(counts, parsed):
            person = Person(type_, states, group)
            block.append(person)
            for name in group:
                group_of[name.text] = person
        for r in block_reports:
            if (r.person or "") in group_of:
                group_of[r.person or ""].reports.append(r)
        persons[(type_, states)] = block
        surnames[(type_, states)] = single

    # a missing state: join the one block that agrees and has the same person
    complete: dict[tuple[str, int, str | None], list[tuple[str, States]]] = defaultdict(list)
    for key in persons:
        if None not in key[1]:
            complete[(key[0], 0, key[1][0])].append(key)
            complete[(key[0], 1, key[1][1])].append(key)
            complete[(key[0], 2, None)].append(key)
    for (type_, states), block in list(persons.items()):
        if None not in states:
            continue
        known = next(((i, s) for i, s in enumerate(states) if s is not None), (2, None))
        for person in list(block):
            matches = [
                other
                for key in complete[(type_, *known)]
                if _agree(states, key[1])
                for other in persons[key]
                if any(_same(other, n) for n in person.names)
            ]
            if len(matches) == 1:
                matches[0].reports.extend(person.reports)
                block.remove(person)

    for key, block in persons.items():
        _place_surnames(block, surnames[key], key[1], key[0])
    return [p for block in persons.values() for p in block if p.reports]
