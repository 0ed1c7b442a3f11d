"""Where "here" is when a story has no dateline (visits/story_place.py).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event

PUBLISHED = "2030-06-12"  # a Wednesday


def visits(text: str) -> list[Event]:
    return [e for e in diplotext.extract(text, published=PUBLISHED).events if e.type == "visit"]


def test_the_subject_of_a_meeting_held_here_is_the_host() -> None:
    """ "S met here with O" and nothing says where here is: S is at home, O the guest."""
    (v,) = visits(
        "Chilean Vice President Rosa Mena met here on Tuesday with Danish Defence Minister Ole Berg."
    )
    assert (v.roles["visitor"], v.roles["host_state"]) == ("Ole Berg", "CHL")
    assert list(v.roles["met"]) == ["Rosa Mena"]


def test_talks_to_come_here_do_not_make_the_subject_the_host() -> None:
    """ "will hold talks with O here": the subject may be the one who comes; no guess."""
    found = visits(
        "Chilean President Rosa Mena will hold talks with Danish Premier Ole Berg here on June 20."
    )
    assert not any(v.roles["host_state"] == "CHL" and v.roles["visitor"] == "Ole Berg" for v in found)


def test_the_place_a_later_sentence_gives_the_same_meeting_is_here() -> None:
    """ "... met here on Friday with ... The talks in Tallinn ...": here is Tallinn."""
    (v,) = visits(
        "Hungarian Prime Minister Imre Varga met here on Friday with his Estonian counterpart Tiit Kask. "
        "Kask said the talks in Tallinn had opened a new chapter."
    )
    assert (v.roles["visitor"], v.roles["host_state"], v.place) == ("Imre Varga", "EST", "Tallinn")


def test_an_arrival_here_for_talks_with_officials_of_one_state_is_a_visit_there() -> None:
    (v,) = visits(
        "Pakistani Army Chief Imran Qadir arrived here on Wednesday for talks with Egyptian "
        "President Adel Samy."
    )
    assert (v.roles["visitor"], v.roles["host_state"]) == ("Imran Qadir", "EGY")
    assert v.attributes["status"] == "ongoing"


def test_those_met_in_the_next_sentence_say_where_an_arrival_here_was() -> None:
    (v,) = visits(
        "Chinese Defence Minister Wei Lan arrived here on Friday for a three-day visit. He met with "
        "Jorge Ruiz, vice-president of Cuba, the next day."
    )
    assert (v.roles["visitor"], v.roles["host_state"]) == ("Wei Lan", "CUB")


def test_an_arrival_here_to_meet_ones_own_officials_says_nothing_of_where() -> None:
    """Meeting one's own state's officials abroad places the trip nowhere."""
    assert not visits(
        "Chinese Defence Minister Wei Lan arrived here on Friday for talks with Chinese envoy Hu Ming."
    )


def test_a_headline_visit_places_a_meeting_with_an_official_of_its_city() -> None:
    """Headline "Danish FM visits Lima to discuss trade", body "X met with his Peruvian counterpart
    Y on Wednesday": a visit to Peru, in Lima; a meeting with an official of another state is not."""
    text = (
        "Danish FM visits Lima to discuss trade\n\nDanish Foreign Minister Ida Holm met with her "
        "Peruvian counterpart, Luis Prado, on Wednesday to discuss a new trade deal."
    )
    (v,) = visits(text)
    assert (v.roles["visitor"], v.roles["host_state"], v.place) == ("Ida Holm", "PER", "Lima")
    other = text.replace("Peruvian", "Chilean")
    assert not visits(other)


def test_a_city_state_named_as_the_destination_is_the_visit_s_place() -> None:
    """Thirteenth session: "a visit to Singapore" is in Singapore; a country is no city otherwise."""
    doc = diplotext.extract(
        "Chilean President Ana Ruiz is in Singapore for a four-day state visit.", published="2031-04-09"
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["host_state"] == "SGP" and visit.place == "Singapore"
    doc = diplotext.extract(
        "Chilean President Ana Ruiz is in Japan for a four-day state visit.", published="2031-04-09"
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.place is None


def test_a_visit_wrapped_up_in_a_story_datelined_in_the_host_s_city_is_placed_there() -> None:
    doc = diplotext.extract(
        "SUVA, July 22 (AFP) -- Australian Foreign Minister Jane Doyle wrapped up a two-day visit to "
        "Fiji on Tuesday and will fly to Nuku'alofa on Wednesday for talks with Tongan leaders.",
        published="2025-07-22",
    )
    by_host = {e.roles["host_state"]: e for e in doc.events if e.type == "visit"}
    assert by_host["FJI"].place == "Suva" and by_host["FJI"].attributes["status"] == "completed"
    assert by_host["TON"].place == "Nuku'alofa"


def test_a_world_city_with_a_lower_case_particle_is_a_place() -> None:
    """ "in Mar del Plata, Argentina": a city name with "del" inside (thirteenth session)."""
    doc = diplotext.extract(
        "Chilean President Ana Ruiz arrived on Thursday in Mar del Plata, Argentina, for a summit.",
        published="2031-04-11",
    )
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert visit.roles["host_state"] == "ARG" and visit.place == "Mar del Plata"


def test_a_meeting_said_to_take_place_in_a_city_next_places_the_meeting_before() -> None:
    """ "A met B on Tuesday. The meeting took place on the sidelines of a forum in X": A and B,
    of two other states, were both in X."""
    found = visits(
        "Estonian Prime Minister Kaja Rand met Austrian Chancellor Mira Kessel on Tuesday. The meeting "
        "took place on the sidelines of a trade forum in Busan."
    )
    assert {(v.roles["visitor"], v.roles["host_state"], v.place) for v in found} == {
        ("Kaja Rand", "KOR", "Busan"),
        ("Mira Kessel", "KOR", "Busan"),
    }


def test_talks_held_in_the_other_s_capital_make_the_one_from_abroad_the_visitor() -> None:
    (v,) = visits(
        "Estonian Prime Minister Kaja Rand met Austrian Chancellor Mira Kessel on Tuesday. The talks "
        "were held in Vienna."
    )
    assert (v.roles["visitor"], v.roles["host_state"], v.place) == ("Kaja Rand", "AUT", "Vienna")


def test_a_meeting_planned_elsewhere_next_month_does_not_place_talks_before() -> None:
    """ "... held talks with B in April. That was to pave the way for a meeting next month in X":
    another meeting, somewhere else."""
    found = visits(
        "Estonian Prime Minister Kaja Rand held talks with Austrian Chancellor Mira Kessel in April. "
        "That was to pave the way for a meeting of the two at a summit next month in Malta."
    )
    assert not any(v.roles["host_state"] == "MLT" and v.date and v.date.startswith("2030-04") for v in found)
