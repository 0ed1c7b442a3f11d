"""Heads of delegations told in more shapes: a possessive in the description ("head of the
Eritrean government's delegation", "who heads Tehran's delegation"), and a delegation met by a
host with its leader in a "led/headed by" tail ("met a Thai delegation led by X"). A mission owned
by a body the words place in no state makes no state's delegation."""

from __future__ import annotations

import pytest
from tests.builders import visits_of


def _trips(body: str) -> list[tuple[object, ...]]:
    return [
        (e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"])
        for e in visits_of("Talks open\n\n" + body, "2031-11-12")
    ]


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Ali Osman, head of the Eritrean government's delegation, arrived in Cairo on Tuesday.", "ERI"),
        ("Reza Tabari, who heads Tehran's delegation, arrived in Cairo on Tuesday.", "IRN"),
    ],
)
def test_a_possessive_in_the_delegation_description(body: str, state: str) -> None:
    (trip,) = _trips(body)
    assert trip[1:] == (state, "EGY")


def test_a_mission_of_a_body_is_no_states_delegation() -> None:
    body = "Tom Vale, who has headed the security body's mission to Albania, arrived in Vienna on Wednesday."
    assert _trips(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Chinese State Councilor Wang Lei met in Beijing on Wednesday with a Thai delegation led by Deputy "
        "Prime Minister Somchai Wong.",
        "BEIJING, Nov. 11 (Xinhua) -- Chinese legislator Wang Lei met a Danish delegation here on Tuesday "
        "headed by Lars Holm, a Danish member of parliament.",
    ],
)
def test_the_leader_of_a_delegation_a_host_met(body: str) -> None:
    ((visitor, state, host),) = _trips(body)
    assert (visitor, host) in {("Somchai Wong", "CHN"), ("Lars Holm", "CHN")}
    assert state == {"Somchai Wong": "THA", "Lars Holm": "DNK"}[str(visitor)]
