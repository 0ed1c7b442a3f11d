"""Telling an audience in the room "in" a state ("told reporters in Qatar") puts the teller in
that state, as a city would; telling a broadcaster there may be by telephone, and telling reporters
at home is no trip."""

from __future__ import annotations

import pytest
from tests.builders import visits_of


def _trips(body: str) -> list[tuple[object, ...]]:
    return [
        (e.roles["visitor"], e.roles["host_state"]) for e in visits_of("Trade push\n\n" + body, "2031-05-10")
    ]


def test_told_reporters_in_a_state() -> None:
    body = '"We will see," US Commerce Secretary Tom Hale told reporters in Qatar on Friday.'
    assert _trips(body) == [("Tom Hale", "QAT")]


@pytest.mark.parametrize(
    "body",
    [
        "US Commerce Secretary Tom Hale told the BBC in Qatar that markets must open.",
        "US Commerce Secretary Tom Hale told reporters in Washington that Qatar must open.",
    ],
)
def test_no_trip_told(body: str) -> None:
    assert _trips(body) == []
