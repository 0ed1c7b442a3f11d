"""Delegations and their leaders (issue 9, twentieth session); every sentence is written here."""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2030-03-05") -> list[tuple[str, str, str, str]]:
    doc = diplotext.extract(text, published=published)
    out: list[Event] = [e for e in doc.events if e.type == "visit"]
    return [
        (e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"], e.attributes["status"])
        for e in out
    ]


def test_a_chairwoman_can_lead_a_state_abroad() -> None:
    """The feminine form of an official's title makes her an official as the masculine does."""
    assert visits("Talks\n\nLaotian Vice Chairwoman Daovy Keola arrived in Hanoi on Tuesday.") == [
        ("Daovy Keola", "LAO", "VNM", "ongoing")
    ]


def test_a_delegation_of_a_states_body_led_by_its_titled_leader_set_off_by_commas() -> None:
    """ "A delegation of Laos's National Assembly led by its Vice Chairwoman, X,": the body's
    capitalised words name the state, and its own title may stand between "led by" and the name."""
    got = visits(
        "Talks\n\nA delegation of Laos's National Assembly led by its Vice Chairwoman, Daovy Keola, "
        "arrived in Hanoi on Tuesday for a three-day visit."
    )
    assert got == [("Daovy Keola", "LAO", "VNM", "ongoing")]


def test_the_dateline_city_is_not_the_delegations_state() -> None:
    """ "HANOI - A delegation of Laos's parliament led by X": the dateline is no demonym of the
    delegation ("HANOI - A delegation" once read as a Vietnamese delegation)."""
    got = visits(
        "Talks\n\nHANOI - A delegation of Laos's National Assembly led by Daovy Keola "
        "arrived in Hanoi on Tuesday."
    )
    assert got == [("Daovy Keola", "LAO", "VNM", "ongoing")]


def test_the_delegation_told_many_sentences_later_is_the_one_a_leader_was_given() -> None:
    """ "The delegation will travel on to X" far down the story: the last delegation given a leader,
    however many sentences without a delegation stand between."""
    filler = " ".join(f"Trade between the two states grew by {n} percent in year {n}." for n in range(2, 9))
    got = visits(
        "Talks\n\nA Laotian delegation led by Vice Minister Daovy Keola arrived in Hanoi on Tuesday. "
        + filler
        + " The delegation will travel on to Phnom Penh, Cambodia, on Sunday."
    )
    assert ("Daovy Keola", "LAO", "KHM", "planned") in got


def test_the_head_of_a_states_agency_titled_before_the_name_is_an_official_of_that_state() -> None:
    """ "the head of Finland's security service, X, was in Tallinn": the body's head represents
    the state the body belongs to, the title told before the name and set off by commas."""
    got = visits("Talks\n\nOn Monday the head of Finland's security service, Aino Rautio, was in Tallinn.")
    assert [g[:3] for g in got] == [("Aino Rautio", "FIN", "EST")]


def test_the_head_of_a_states_trade_union_is_not() -> None:
    assert not visits("Talks\n\nOn Monday the head of Finland's largest union, Aino Rautio, was in Tallinn.")


def test_the_remarks_made_when_meeting_a_delegation_are_the_days_report_here() -> None:
    """ "BEIJING - Y said here Wednesday ... / Y made the remarks when meeting with a delegation of
    Thai lawmakers led by X": X's delegation is in Beijing that day (the leader's name, untitled,
    is a person because a delegation is led by it)."""
    got = visits(
        "Talks\n\nBEIJING, Nov. 20 -- Chinese Vice Premier Wang Lei said here Wednesday that ties were "
        "growing.\n\nWang made the remarks when meeting with a delegation of Thai lawmakers led by "
        "Somchai Wongkit.",
        published="2030-11-20",
    )
    assert got == [("Somchai Wongkit", "THA", "CHN", "ongoing")]


def test_a_closing_invitation_formula_does_not_end_a_stay_told_on_its_day() -> None:
    """ "X paid the China visit at the invitation of Y" closes a story: its past tense is a formula,
    and the stay told on its day goes on."""
    got = visits(
        "Talks\n\nBEIJING, Nov. 20 -- Chinese Vice Premier Wang Lei said here Wednesday that ties were "
        "growing.\n\nWang made the remarks when meeting with a delegation of Thai lawmakers led by "
        "Somchai Wongkit.\n\nSomchai paid the China visit at the invitation of the Chinese parliament.",
        published="2030-11-20",
    )
    assert got == [("Somchai Wongkit", "THA", "CHN", "ongoing")]


def test_a_delegation_led_by_someone_after_a_comma_is_still_his() -> None:
    """ "a delegation of young members of Japan's X Party, led by Y, director of ...": the leader."""
    doc = diplotext.extract(
        "Talks\n\nBEIJING, Nov. 20 -- Chinese Vice Premier Wang Lei met here Wednesday with a delegation "
        "of young members of Japan's Mirai Party, led by Kenta Oda, director of its international bureau.",
        published="2030-11-20",
    )
    got = [
        (e.roles["visitor"], e.roles["host_state"], list(e.roles["met"]))
        for e in doc.events
        if e.type == "visit"
    ]
    assert got == [("Kenta Oda", "CHN", ["Wang Lei"])]


def test_the_leader_of_an_international_bodys_mission_is_not_on_a_state_visit() -> None:
    """ "The OAS mission, headed by X, Colombia's former foreign minister, arrived in La Paz": the
    body's mission, not Colombia's."""
    assert not visits(
        "Talks\n\nThe OAS mission, headed by Ana Castro, Colombia's former foreign minister, has arrived in "
        "La Paz, the group said.",
        published="2030-11-20",
    )


def test_the_president_of_the_european_commission_travels_for_no_state() -> None:
    assert not visits(
        "Talks\n\n'We will tell President Ivan Koval of our plan,' said European Commission President Jan "
        "Novak, a former Czech prime minister, before he left for Kyiv to attend the summit.",
        published="2030-11-20",
    )


def test_the_day_a_host_welcomed_her_guest_dates_the_visit() -> None:
    """ "... a state visit by X. Y welcomed her guest at the airport on Wednesday": that day."""
    doc = diplotext.extract(
        "Talks\n\nDAR ES SALAAM, April 9 -- The deal came on the second day of a state visit by Zambian "
        "President Chanda Mwale. Tanzanian President Amina Salim welcomed her guest at the airport on "
        "Wednesday.",
        published="2031-04-10",
    )
    got = [(e.roles["visitor"], e.date) for e in doc.events if e.type == "visit"]
    assert got == [("Chanda Mwale", "2031-04-09")]


def test_a_meal_with_a_host_official_is_meeting_them() -> None:
    """ "is due to have lunch with Premier Y before leaving for home": Y is met."""
    doc = diplotext.extract(
        "Talks\n\nChilean President Ana Rojas arrived in Lima on Monday. She is due to have lunch with "
        "Peruvian Premier Luis Vera before leaving for home.",
        published="2030-11-19",
    )
    got = [list(e.roles["met"]) for e in doc.events if e.type == "visit"]
    assert got == [["Luis Vera"]]
