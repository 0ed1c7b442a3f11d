"""Extradition disputes: classes found wrong in the twenty-second session (issue 9, helper extr30):
a court's order setting the suspect free, two suspects wanted extradited together, a court's state
told by a city's demonym, an embassy's request, and a suspect put on a plane to a capital.

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from extradition_cases import disputes, sides

# ------------------------------------------------------------ a court sets the suspect free


def test_court_ordering_the_release_refuses() -> None:
    (case,) = disputes(
        "Court frees trader\n\n"
        "A Chilean court on Monday ordered the release of Ramon Ugarte, ruling that the extradition "
        "request from Argentina lacked evidence."
    )
    assert case.roles["suspect"] == "Ramon Ugarte"
    assert sides(case) == ("ARG", "CHL")
    assert case.attributes["status"] == "refused"
    assert case.attributes["grounds"] == "insufficient evidence"


def test_court_freeing_the_suspect_refuses() -> None:
    (case,) = disputes(
        "Court frees trader\n\n"
        "A Chilean court on Monday freed Ramon Ugarte, ruling that the extradition request from "
        "Argentina lacked evidence."
    )
    assert case.attributes["status"] == "refused"
    assert case.date == "2031-03-10"


def test_court_ordering_the_suspect_released_refuses() -> None:
    """ "ordered X released": the order's complement frees its subject."""
    (case,) = disputes(
        "Court frees trader\n\n"
        "SANTIAGO, March 10 - A Chilean court on Monday ordered Ramon Ugarte released, ruling that "
        "the extradition request from Argentina lacked evidence."
    )
    assert case.roles["suspect"] == "Ramon Ugarte"
    assert sides(case) == ("ARG", "CHL")
    assert case.attributes["status"] == "refused"


def test_release_on_bail_is_no_refusal() -> None:
    cases = disputes(
        "Trader bailed\n\n"
        "A Chilean court on Monday ordered the release of Ramon Ugarte on bail while it weighs "
        "Argentina's request for his extradition."
    )
    assert all(c.attributes["status"] != "refused" for c in cases)


# ------------------------------------------------------------ two suspects wanted extradited


def test_two_suspects_wanted_extradited_together() -> None:
    cases = disputes(
        "Lima seeks pair\n\n"
        "Peru wants Ramon Ugarte and Tomas Bellido extradited from Spain on bribery charges, "
        "prosecutors said."
    )
    assert sorted(c.roles["suspect"] for c in cases) == ["Ramon Ugarte", "Tomas Bellido"]
    assert all(sides(c) == ("PER", "ESP") for c in cases)
    assert all(c.attributes["status"] == "requested" for c in cases)


def test_one_suspect_wanted_and_another_extradited_is_no_pair() -> None:
    """ "Peru wants X, and Y was extradited": the second is a surrender of its own."""
    cases = disputes(
        "Lima seeks pair\n\n"
        "Peru wants Ramon Ugarte for bribery, and Tomas Bellido was extradited from Spain last year."
    )
    assert [c.roles["suspect"] for c in cases if c.roles["suspect"] == "Ramon Ugarte"] == []


# ------------------------------------------------------------ a court named by its city's people


def test_city_demonym_gives_the_courts_state() -> None:
    (case,) = disputes(
        "Court rules on trader\n\n"
        "A Viennese court ruled on Monday that Oleg Varenko can be extradited to Ukraine."
    )
    assert sides(case) == ("UKR", "AUT")
    assert case.attributes["status"] == "granted"


def test_city_demonym_gives_the_asking_prosecutors_state() -> None:
    (case,) = disputes(
        "Prosecutors ask\n\n"
        "Muscovite prosecutors asked Portugal on Monday to extradite Oleg Varenko on fraud charges."
    )
    assert sides(case) == ("RUS", "PRT")


# ------------------------------------------------------------ a request through a mission abroad


def test_embassy_in_a_capital_asks_that_state() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "The Argentine embassy in Santiago filed a request on Monday for Ramon Ugarte's extradition."
    )
    assert sides(case) == ("ARG", "CHL")
    assert case.attributes["status"] == "requested"


def test_consulate_in_a_city_asks_that_state() -> None:
    (case,) = disputes(
        "Request filed\n\n"
        "The Peruvian consulate in Milan has asked for the extradition of Tomas Bellido on fraud charges."
    )
    assert sides(case) == ("PER", "ITA")


# ------------------------------------------------------------ put on a plane to a capital


def test_suspect_put_on_a_plane_to_a_capital_is_handed_over() -> None:
    (case,) = disputes(
        "Suspect flown out\n\n"
        "NAIROBI, March 11 (Reuters) - Police arrested Dawit Haile on Monday and put him on a plane "
        "to Addis Ababa. Ethiopia had sought Haile's extradition over a bank fraud."
    )
    assert case.roles["suspect"] == "Dawit Haile"
    assert sides(case) == ("ETH", "KEN")
    assert case.attributes["status"] == "completed"
    assert case.date == "2031-03-10"


def test_plane_to_come_hands_over_no_one() -> None:
    cases = disputes(
        "Suspect held\n\n"
        "NAIROBI, March 11 (Reuters) - Police arrested Dawit Haile on Monday and said he would be put "
        "on a plane to Addis Ababa. Ethiopia had sought Haile's extradition over a bank fraud."
    )
    assert all(c.attributes["status"] != "completed" for c in cases)
