"""The last stop of a tour told by a relative on it ("the second stop of a tour that will end in
Prague on Friday"): a trip to that city, with the relative's tense (the day is the tour's end, not
the start of the stay, and dates nothing); a present tense
("a tour that ends in X on Sunday") is left alone, its weekday being read as one gone by."""

from __future__ import annotations

from tests.builders import visits_of


def test_a_tour_that_will_end_in_a_city_is_a_planned_trip_there() -> None:
    text = (
        "BERLIN, May 4 -- Brazilian Foreign Minister Paulo Ramos met German Chancellor Karl Weber on "
        "Monday. Ramos will fly from Berlin to Vienna on Tuesday, the second stop of a tour that will "
        "end in Prague on Friday."
    )
    trips = {e.roles["host_state"]: e for e in visits_of(text, "2031-05-04")}
    assert trips["CZE"].place == "Prague"
    # Friday is when the tour ends, not when the stay in Prague starts
    assert (trips["CZE"].date, trips["CZE"].attributes["status"]) == (None, "planned")


def test_a_tour_that_ended_in_a_city_is_a_completed_trip_there() -> None:
    text = (
        "Kenyan President Daniel Mwangi returned home on Monday from a European tour that ended in "
        "Madrid on Saturday."
    )
    trips = {e.roles["host_state"]: e.attributes["status"] for e in visits_of(text, "2031-05-06")}
    assert trips.get("ESP") == "completed"


def test_a_tour_ending_in_a_present_tense_is_left_alone() -> None:
    text = (
        "ROME - Kenyan President Daniel Mwangi held talks with Italian leaders on Tuesday. Mwangi leaves "
        "Rome on Wednesday for Madrid, part of a European tour that ends in Lisbon on Sunday."
    )
    assert "PRT" not in {e.roles["host_state"] for e in visits_of(text, "2031-05-06")}


def test_a_tour_ending_in_failure_names_no_stop() -> None:
    text = (
        "Kenyan President Daniel Mwangi left Rome for Madrid on Tuesday, on a tour that will end in "
        "failure if no deal is signed."
    )
    assert {e.roles["host_state"] for e in visits_of(text, "2031-05-06")} <= {"ITA", "ESP"}
