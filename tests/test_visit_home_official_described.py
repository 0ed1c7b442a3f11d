"""In a story datelined in a state, an official titled with no state ("Foreign Minister X") is that
state's: "the Chilean minister" or "New Zealand's foreign minister" is not that official, whose
state the text has not said; the person named last with no role is the one described. A visit
going on in the dateline's city is there, not in a city of a side trip still to come."""

from __future__ import annotations

from tests.builders import visits_of

_STORY = (
    "Chile and Australia sign fisheries pact\n\nCANBERRA, May 6 (Wire) - Australia and Chile signed a "
    "fisheries pact on Tuesday during the first visit by a Chilean foreign minister to Australia in a "
    "decade.\n\nAna Rojas, who flew in from Lima on Monday, signed the pact with Foreign Minister Mark "
    'Dunstan after talks at Parliament House.\n\n"Our fish and your ports go well together," Rojas told '
    "reporters, adding that she had invited Dunstan to visit Santiago.\n\nThe Chilean minister also met "
    "Resources Minister Tom Pell and will travel to Perth on Wednesday to visit a port.\n\nShe leaves "
    "Australia on Thursday for Auckland, where she is due to meet New Zealand's foreign minister."
)


def test_a_description_by_another_state_is_not_the_home_official() -> None:
    trips = {(e.roles["visitor"], e.roles["host_state"]): e for e in visits_of(_STORY, "2031-05-06")}
    assert trips[("Mark Dunstan", "CHL")].roles["visitor_state"] == "AUS"
    assert ("Mark Dunstan", "AUS") not in trips
    # the one she signed the pact with, and the one "the Chilean minister" (she) met
    assert trips[("Ana Rojas", "AUS")].roles["met"] == ("Mark Dunstan", "Tom Pell")


def test_a_side_trip_to_come_is_not_where_the_visit_is() -> None:
    trips = {(e.roles["visitor"], e.roles["host_state"]): e for e in visits_of(_STORY, "2031-05-06")}
    assert trips[("Ana Rojas", "AUS")].place == "Canberra"
