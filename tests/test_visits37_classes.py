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


@pytest.mark.parametrize(
    ("text", "visitor", "state"),
    [
        (
            "Africa tour\n\nThe chancellor is visiting Tanzania and Kenya this week. Officials in Berlin "
            "said Chancellor Jane Roe of Germany would discuss energy.",
            "Jane Roe",
            "DEU",
        ),
        (
            "Talks\n\nThe emir arrived in Rome on Monday for two days of talks. Italian officials said "
            "Sheikh Hamad bin Khalid, the emir of Qatar, would meet the prime minister.",
            "Hamad bin Khalid",
            "QAT",
        ),
        (
            "Asia trip\n\nThe foreign secretary will travel to Japan next week. Opposition leader Tom Black "
            "criticised the plan. Britain's foreign secretary Kate Marlow has held the post since May.",
            "Kate Marlow",
            "GBR",
        ),
    ],
)
def test_a_visitor_described_before_being_named_is_the_one_holder_named_later(
    text: str, visitor: str, state: str
) -> None:
    got = {(e.roles["visitor"], e.roles["visitor_state"]) for e in visits_of(text, "2031-03-04")}
    assert got == {(visitor, state)}


def test_a_description_two_holders_share_is_left_alone() -> None:
    text = (
        "Asia trip\n\nThe foreign secretary will travel to Japan next week. Britain's foreign secretary "
        "Kate Marlow and Ireland's foreign secretary Ann Lee spoke on Monday. Ms Marlow praised the plan."
    )
    one = (
        "Asia trip\n\nThe foreign secretary will travel to Japan next week. Britain's foreign secretary "
        "Kate Marlow spoke on Monday. Ms Marlow praised the plan."
    )
    assert visits_of(text, "2031-03-04") == []
    assert [e.roles["visitor"] for e in visits_of(one, "2031-03-04")] == ["Kate Marlow"]


@pytest.mark.parametrize(
    "rest",
    [
        "he looked forward to visiting Chile but would wait until the election was over.",
        "he hopes to visit Chile next month but will not go before the vote.",
        "he is looking forward to visiting Chile but will wait for a new government there.",
    ],
)
def test_a_hoped_for_trip_put_off_by_but_is_no_plan(rest: str) -> None:
    assert _statuses(f"{_LEAD} {rest}") == {}


def test_a_hoped_for_trip_with_another_but_clause_stays_planned() -> None:
    text = (
        f"{_LEAD} he looked forward to visiting Chile but did not say when. He hopes to visit Peru "
        "next month but would wait until the vote there."
    )
    assert _statuses(text) == {("Lars Udvik", "CHL"): "planned"}
