"""Visits, the lead's class of the twenty-second session: the leader of a state's delegation on a
trip still to come takes the delegation's state (issue 9). Every sentence is invented."""

from __future__ import annotations

import pytest

import diplotext


def _visits(body: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    doc = diplotext.extract_record({"title": "News", "text": body, "published": "2031-11-12"})
    return [
        (r.get("visitor"), r.get("visitor_state"), r.get("host_state"), e.attributes.get("status"))
        for e in doc.events
        for r in (e.roles,)
        if e.type == "visit"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Foreign Minister Ana Rojas will lead a Chilean delegation to Peru next week.",
            [("Ana Rojas", "CHL", "PER", "planned")],
        ),
        (
            "Foreign Minister Ana Rojas is to head a Chilean trade mission to Japan in May.",
            [("Ana Rojas", "CHL", "JPN", "planned")],
        ),
        # as a delegation led in the past already did
        (
            "Foreign Minister Ana Rojas led a Chilean delegation to Peru on Monday.",
            [("Ana Rojas", "CHL", "PER", "completed")],
        ),
    ],
)
def test_the_leader_of_a_delegation_to_come_takes_its_state(
    body: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _visits(body) == expected


def test_leading_a_party_is_no_trip() -> None:
    assert _visits("Foreign Minister Ana Rojas will lead the Chilean party into next year's election.") == []
