"""A lead that tells a trip by a definite description of an official ("Britain's Transport
Secretary will travel to X") and a next sentence that opens with a name still looking ahead ("Y
is expected to hold talks there") make Y the traveller; a name that only comments ("Y said ...")
does not."""

from __future__ import annotations

from tests.builders import visits_of

LEAD = "Minister to visit Kenya\n\nBritain's Transport Secretary will fly to Kenya next month, aides say.\n\n"


def test_a_name_that_carries_the_plan_on_is_the_traveller() -> None:
    (trip,) = visits_of(LEAD + "Henry Oduya-Platt is expected to hold talks in Nairobi with his counterpart.")
    assert trip.roles["visitor"] == "Henry Oduya-Platt"
    assert (trip.roles["visitor_state"], trip.roles["host_state"]) == ("GBR", "KEN")


def test_a_name_with_a_future_of_its_own_is_the_traveller() -> None:
    (trip,) = visits_of(LEAD + "Henry Oduya-Platt will meet officials in Nairobi on the first day.")
    assert trip.roles["visitor"] == "Henry Oduya-Platt"


def test_a_name_that_comments_on_the_trip_is_not() -> None:
    assert visits_of(LEAD + "Henry Oduya-Platt said the trip was a waste of money.") == []


def test_a_name_that_will_not_go_is_not() -> None:
    assert visits_of(LEAD + "Henry Oduya-Platt will not hold talks with anyone, his aides said.") == []
