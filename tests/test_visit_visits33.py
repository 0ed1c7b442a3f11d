"""Visits of the twenty-second session (issue 9, helper visits33): a companion named in a trailing
"accompanied by" after an apposition, companions listed after "accompanied by" (split by the clause
layer at "his wife," and at a title's "for") and the meetings those companions hold; a traveller of
no stated state leaving the dateline's city ("COLOMBO: Speaker X left for Dhaka") is of the
dateline's state; and one guessed to be of the story's home state whose own visit goes to that very
country by name is of the state the article names most after it."""

from __future__ import annotations

from tests.builders import visits_of


def _visits(text: str, published: str = "2031-05-06") -> dict[tuple[object, object], dict[str, object]]:
    return {
        (e.roles["visitor"], e.roles["host_state"]): {
            "state": e.roles["visitor_state"],
            "met": tuple(e.roles["met"]),  # type: ignore[arg-type]
            "first_in": e.attributes["first_in"],
            "status": e.attributes["status"],
        }
        for e in visits_of(text, published)
    }


def test_a_trailing_accompanied_by_after_an_apposition_names_a_companion() -> None:
    text = (
        "Queen visits Kenya\n\nNAIROBI - Queen Elena of Portugal arrived in Nairobi on Monday for a "
        "four-day state visit, the first by a Portuguese monarch to Kenya in 20 years, accompanied by "
        "Foreign Minister Tomas Ribeiro.\n\nRibeiro held talks with Kenyan Foreign Minister Grace "
        "Wanjiru on fisheries and trade."
    )
    got = _visits(text)
    companion = got[("Tomas Ribeiro", "KEN")]
    assert companion["state"] == "PRT"
    assert companion["met"] == ("Grace Wanjiru",)
    # the count is said of the monarch's visit, not of her minister's
    assert companion["first_in"] is None
    assert got[("Elena", "KEN")]["first_in"] == "P20Y"


def test_a_trailing_accompanied_by_a_relative_makes_no_visitor() -> None:
    text = (
        "Queen visits Kenya\n\nNAIROBI - Queen Elena of Portugal arrived in Nairobi on Monday for a "
        "four-day state visit, the first by a Portuguese monarch to Kenya in 20 years, accompanied by "
        "her husband, Joao Silva, and the writer Marta Costa."
    )
    assert [v for v, _ in _visits(text)] == ["Elena"]


def test_companions_listed_after_accompanied_by_each_travel_and_meet() -> None:
    text = (
        "Lund in Hanoi\n\nHANOI - Norwegian Prime Minister Arvid Lund arrived in Hanoi on Tuesday for "
        "talks with Vietnamese Prime Minister Tran Van Long.\n\nMr Lund is accompanied by his wife, "
        "Mrs Lund, Foreign Minister Erik Dahl and Minister for Fisheries Nils Berg.\n\nOn the "
        "sidelines, Mr Dahl will meet Vietnamese Foreign Minister Nguyen Van Minh."
    )
    got = _visits(text)
    assert set(got) == {("Arvid Lund", "VNM"), ("Erik Dahl", "VNM"), ("Nils Berg", "VNM")}
    assert got[("Erik Dahl", "VNM")]["met"] == ("Nguyen Van Minh",)
    assert got[("Nils Berg", "VNM")]["state"] == "NOR"
    assert got[("Arvid Lund", "VNM")]["met"] == ("Tran Van Long",)


def test_a_speaker_leaving_the_dateline_city_is_of_its_state() -> None:
    text = (
        "Speaker heads to Dhaka\n\nCOLOMBO: Parliament Speaker Ranjith Perera left for Dhaka on Monday "
        "on a four-day official visit to Bangladesh.\n\nDuring the visit, Mr Perera will hold talks "
        "with Bangladeshi Speaker Abdul Karim."
    )
    got = _visits(text)
    assert got[("Ranjith Perera", "BGD")]["state"] == "LKA"
    assert got[("Ranjith Perera", "BGD")]["met"] == ("Abdul Karim",)


def test_leaving_the_dateline_after_a_visit_there_is_no_home() -> None:
    text = (
        "Speaker leaves\n\nOSLO - Parliament Speaker Ranjith Perera left for Dhaka on Monday after a "
        "three-day visit to Norway."
    )
    assert all(key[1] != "BGD" or value["state"] != "NOR" for key, value in _visits(text).items())


def test_a_minister_visiting_the_dateline_country_is_of_the_state_named_most() -> None:
    text = (
        "Minister presses for trade deal\n\nOTTAWA: Minister of State Ravi Menon, who is on a "
        "three-day visit to Canada, met Canadian Trade Minister Julie Tremblay on Tuesday.\n\nMenon "
        "raised India's interest in a trade agreement, officials said. India is keen to expand "
        "exports, and Indian firms are looking at Canadian ports."
    )
    got = _visits(text, "2031-05-07")
    assert got[("Ravi Menon", "CAN")]["state"] == "IND"
    assert got[("Ravi Menon", "CAN")]["met"] == ("Julie Tremblay",)


def test_a_minister_visiting_a_city_of_the_dateline_country_stays_at_home() -> None:
    text = (
        "Minister tours ports\n\nOTTAWA: Minister of State Ravi Menon, who is on a three-day visit to "
        "Toronto, met port officials on Tuesday.\n\nMenon raised India's interest in a trade "
        "agreement. India is keen to expand exports."
    )
    assert _visits(text, "2031-05-07") == {}


def test_a_fronted_accompanying_names_the_whole_list() -> None:
    text = (
        "Lund in Hanoi\n\nHANOI - Norwegian Prime Minister Arvid Lund arrived in Hanoi on Tuesday for "
        "talks with Vietnamese Prime Minister Tran Van Long.\n\nAccompanying Mr Lund are Foreign "
        "Minister Erik Dahl and Minister for Fisheries Nils Berg."
    )
    got = _visits(text)
    assert got[("Nils Berg", "VNM")]["state"] == "NOR"
    assert ("Erik Dahl", "VNM") in got


def test_the_members_of_an_accompanying_delegation_travel_too() -> None:
    text = (
        "Lund in Hanoi\n\nHANOI - Norwegian Prime Minister Arvid Lund arrived in Hanoi on Tuesday.\n\n"
        "He is accompanied by a delegation including Foreign Minister Erik Dahl and Fisheries "
        "Minister Nils Berg."
    )
    assert set(_visits(text)) == {("Arvid Lund", "VNM"), ("Erik Dahl", "VNM"), ("Nils Berg", "VNM")}


def test_a_person_after_for_talks_with_is_no_companion() -> None:
    text = (
        "Lund in Hanoi\n\nHANOI - Norwegian Prime Minister Arvid Lund arrived in Hanoi on Tuesday.\n\n"
        "He is accompanied by Foreign Minister Erik Dahl for talks with Lao Foreign Minister Somsak "
        "Vong."
    )
    assert "Somsak Vong" not in {visitor for visitor, _ in _visits(text)}
