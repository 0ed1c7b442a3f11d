"""Where a story is set when no sentence near a visit names the place: a datelined story's
gathering with no place of its own is held at the dateline, and "here" in a story with no
dateline is where its headline and lead set it (issue 9, seventeenth session; classes found
reading the corpus's missed visits).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2031-04-11") -> list[Event]:
    """2031-04-11 is a Friday."""
    doc = diplotext.extract(text, published=published)
    assert not [e for e in doc.errors if e.plugin in ("visits", "actors", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def datelined(body: str) -> list[Event]:
    return visits(f"Leaders meet\n\nNAIROBI, April 11 (Wire) - {body}")


def test_a_datelined_storys_gathering_with_no_place_is_held_at_the_dateline() -> None:
    for body, status in (
        ("The summit was opened on Thursday by Slovak Prime Minister Ivo Marek.", "completed"),
        ("Slovak Prime Minister Ivo Marek addressed the conference on Thursday.", "completed"),
        ("Slovak Prime Minister Ivo Marek will attend the summit on Monday.", "planned"),
    ):
        (visit,) = datelined(body)
        assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
            "Ivo Marek",
            "KEN",
            "Nairobi",
        ), body
        assert visit.attributes["status"] in (status, "ongoing"), body


def test_a_gathering_placed_elsewhere_or_an_official_at_home_is_not_the_datelines_visit() -> None:
    elsewhere = datelined("Slovak Prime Minister Ivo Marek attended the summit in Egypt on Thursday.")
    assert all(v.roles["host_state"] != "KEN" for v in elsewhere)
    assert not datelined("Kenyan President Amos Njoroge opened the summit on Thursday.")


def test_here_in_a_story_with_no_dateline_is_where_its_headline_and_lead_set_it() -> None:
    text = (
        "Protests go on in Chile as regional summit opens\n\n"
        "Crowds marched through the port of Valparaiso and the capital Santiago on Friday.\n\n"
        "Shops were closed along the seafront.\n\n"
        "Police kept the marchers away from the hotels.\n\n"
        "Several roads were shut for the day.\n\n"
        "Canadian Prime Minister Luc Tremblay, who arrived here on Thursday night, "
        "joined the other leaders at the talks."
    )
    (visit,) = visits(text)
    assert (visit.roles["visitor"], visit.roles["host_state"], visit.place, visit.date) == (
        "Luc Tremblay",
        "CHL",
        "Valparaiso",
        "2031-04-10",
    )


def test_a_lead_that_names_two_states_sets_no_story_place() -> None:
    text = (
        "Border talks resume\n\n"
        "Officials from Chile and Peru met in Santiago and Lima on Friday.\n\n"
        "The talks were closed to the press.\n\n"
        "Reporters waited outside.\n\n"
        "Several roads were shut for the day.\n\n"
        "Canadian Prime Minister Luc Tremblay, who arrived here on Thursday night, joined them."
    )
    assert not [v for v in visits(text) if v.roles["visitor"] == "Luc Tremblay"]


def test_the_two_leaders_meeting_in_a_city_is_the_pair_named_before() -> None:
    for first in ("Latvian President Ivo Kalns", "Latvian president Ivo Kalns"):
        text = (
            "Gas deal nears\n\n"
            f"{first} and Polish Prime Minister Jan Nowak raised hopes for a gas deal on Thursday.\n\n"
            "The two leaders met in Warsaw."
        )
        (visit,) = visits(text)
        assert (visit.roles["visitor"], visit.roles["host_state"], visit.place) == (
            "Ivo Kalns",
            "POL",
            "Warsaw",
        ), first
        assert list(visit.roles["met"]) == ["Jan Nowak"], first


def test_a_pair_with_a_private_person_between_is_no_list() -> None:
    text = (
        "Gas deal nears\n\n"
        "Latvian President Ivo Kalns thanked his wife Anna and Polish Prime Minister Jan Nowak.\n\n"
        "The two leaders met in Warsaw."
    )
    assert all(v.roles["visitor"] != "Anna" for v in visits(text))


def test_a_gathering_convened_in_a_city_places_the_stop() -> None:
    for verb in ("called", "convened", "hosted", "held"):
        found = visits(
            "Aid talks\n\nSwedish Foreign Minister Eva Lund will go to Laos and Vietnam this week. "
            f"On the trip, Lund will attend an aid conference {verb} in Hanoi on Thursday."
        )
        (vietnam,) = [v for v in found if v.roles["host_state"] == "VNM"]
        assert vietnam.place == "Hanoi", verb


def test_being_or_speaking_in_a_states_capital_by_description_is_being_in_its_capital() -> None:
    told = "Chilean Foreign Minister Rosa Vidal told reporters in the Kenyan capital on Friday."
    due = "Chilean Foreign Minister Rosa Vidal will be in the Kenyan capital on April 20."
    for body, status in ((told, "ongoing"), (due, "planned")):
        (visit,) = visits(f"Talks\n\n{body}")
        assert (visit.roles["host_state"], visit.place) == ("KEN", "Nairobi"), body
        assert visit.attributes["status"] == status, body
    assert visits(f"Talks\n\n{due}")[0].date == "2031-04-20"
    home = "Kenyan Foreign Minister Amos Njoroge told reporters in the Kenyan capital on Friday."
    assert not visits(f"Talks\n\n{home}")


def test_a_visit_there_is_in_the_place_named_before() -> None:
    found = visits(
        "Minister arrives\n\nLIMA, April 11 (Wire) - Chilean Foreign Minister Rosa Vidal arrived here on "
        "Friday from Ecuador after ending a four-day visit there."
    )
    (ecuador,) = [v for v in found if v.roles["host_state"] == "ECU"]
    # a four-day visit that ended on Friday began on Tuesday
    assert (ecuador.attributes["status"], ecuador.date) == ("completed", "2031-04-08")
    (visit,) = visits(
        "Talks\n\nChilean Foreign Minister Rosa Vidal praised Peru on Friday during her visit there."
    )
    assert visit.roles["host_state"] == "PER"


def test_a_gathering_placed_by_its_relative_is_attended_there() -> None:
    for body, host, place, status in (
        (
            "Ghanaian President Kofi Mensah attended the summit, which opened in Banjul on Thursday.",
            "GMB",
            "Banjul",
            None,
        ),
        (
            "Ghanaian President Kofi Mensah attended the summit, which opened in Gambia on Thursday.",
            "GMB",
            None,
            None,
        ),
        (
            "Ghanaian President Kofi Mensah will attend the talks, which will be held in Banjul next week.",
            "GMB",
            "Banjul",
            "planned",
        ),
    ):
        (visit,) = visits(f"Summit\n\n{body}")
        assert (visit.roles["host_state"], visit.place) == (host, place), body
        assert status is None or visit.attributes["status"] == status, body


def test_talks_a_clause_only_speaks_of_do_not_place_here() -> None:
    text = (
        "Chile, Kenya boost ties\n\n"
        "Chilean President Rosa Vidal told Kenyan business leaders on Tuesday that trade would grow.\n\n"
        "Vidal and President Amos Njoroge welcomed the resumption of talks in Geneva this week.\n\n"
        "Vidal arrived here on Monday for a two-day state visit."
    )
    assert all(v.roles["host_state"] != "CHE" for v in visits(text))
    held = (
        "Talks\n\nChilean President Rosa Vidal held talks in Nairobi on Monday.\n\n"
        "Vidal arrived here on Sunday for a two-day state visit."
    )
    assert [v.roles["host_state"] for v in visits(held)] == ["KEN"]
