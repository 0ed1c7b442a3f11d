"""Visit classes of the twenty-fourth session (issue 9, helper visits37): a trip told only as an
invitation ("received an invitation to visit X": planned; one "he has yet to accept": no trip).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import pytest

from builders import visits_of

_LEAD = "Ties\n\nPresident Lars Udvik of Norway said on Monday"


def _statuses(text: str, published: str = "2031-03-04") -> dict[tuple[str, str], str | None]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): e.attributes["status"]
        for e in visits_of(text, published)
    }


@pytest.mark.parametrize(
    "rest",
    [
        "he had received an invitation to visit Chile, an invitation he has yet to accept.",
        "he has yet to accept an invitation to visit Chile.",
        "he had an invitation to visit Chile that he has not taken up.",
    ],
)
def test_an_invitation_not_taken_up_is_no_trip(rest: str) -> None:
    assert _statuses(f"{_LEAD} {rest}") == {}


@pytest.mark.parametrize(
    "rest",
    [
        "he had received an invitation to visit Chile.",
        "he has an invitation to visit Chile.",
    ],
)
def test_an_invitation_held_is_a_plan_not_a_trip_made(rest: str) -> None:
    assert _statuses(f"{_LEAD} {rest}") == {("Lars Udvik", "CHL"): "planned"}


def test_a_trip_made_stays_made_beside_an_invitation() -> None:
    text = f"{_LEAD} he had received an invitation to visit Chile. He visited Peru last week."
    assert _statuses(text) == {("Lars Udvik", "CHL"): "planned", ("Lars Udvik", "PER"): "completed"}


@pytest.mark.parametrize(
    "rest",
    [
        "he would love to visit Chile.",
        "he would like to travel to Chile one day.",
        "he would dearly love to visit Chile.",
    ],
)
def test_a_visit_one_would_like_to_make_is_a_wish(rest: str) -> None:
    assert _statuses(f"{_LEAD} {rest}") == {}


def test_a_visit_one_would_like_to_make_on_a_day_is_a_plan_beside_a_wish() -> None:
    text = f"{_LEAD} he would like to visit Chile next month. He would love to visit Peru."
    assert _statuses(text) == {("Lars Udvik", "CHL"): "planned"}
