"""Whom a visitor met, told by a telling in a story datelined in the host's capital, by a host who
welcomes "her guest", and by "the two leaders, A of X and B of Y, met" (issue 9, nineteenth
session).

Every sentence here is written for the tests (invented people, real countries)."""

from __future__ import annotations

from tests.builders import visits_of

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2026-05-04") -> list[Event]:
    """2026-05-04 is a Monday."""
    return visits_of(text, published)


_LEAD = (
    "Ghana minister in Kenya\n\n"
    "NAIROBI, May 3 (Xinhua) -- Ghanaian Foreign Minister Kofi Mensah arrived here on Sunday for a "
    "two-day visit. "
)


def test_an_official_told_in_a_story_datelined_in_the_host_state_is_met() -> None:
    (visit,) = visits(_LEAD + "Mensah told Prime Minister Ruto Kamau that Ghana wanted closer trade ties.")
    assert visit.roles["host_state"] == "KEN"
    assert list(visit.roles["met"]) == ["Ruto Kamau"]


def test_an_official_told_by_telephone_is_not_met_even_so() -> None:
    (visit,) = visits(
        _LEAD + "Mensah told Prime Minister Ruto Kamau by telephone that Ghana wanted closer ties."
    )
    assert list(visit.roles["met"]) == []


def test_a_host_who_welcomes_her_guest_met_the_visitor() -> None:
    (visit,) = visits(
        "Kenyan president in Ghana\n\n"
        "ACCRA, May 3 (Xinhua) -- Kenyan President Ruto Kamau arrived here on Sunday for a three-day "
        "state visit. Ghanaian President Ama Mensah welcomed her guest at the airport."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Ruto Kamau", "GHA")
    assert list(visit.roles["met"]) == ["Ama Mensah"]


def test_a_host_of_another_state_welcoming_guests_met_no_one() -> None:
    (visit,) = visits(
        "Kenyan president in Ghana\n\n"
        "Kenyan President Ruto Kamau arrived in Ghana on Sunday for a three-day state visit. "
        "Nigerian President Ama Bello welcomed her guests in Abuja."
    )
    assert visit.roles["host_state"] == "GHA"
    assert "Ama Bello" not in visit.roles["met"]


def test_the_two_leaders_named_in_apposition_met_each_other() -> None:
    (visit,) = visits(
        "Leaders meet\n\n"
        "The two leaders, President Kofi Mensah of Ghana and President Ruto Kamau of Kenya, met in "
        "Accra on Sunday to discuss trade."
    )
    assert (visit.roles["visitor"], visit.roles["host_state"]) == ("Ruto Kamau", "GHA")
    assert list(visit.roles["met"]) == ["Kofi Mensah"]
    (visit,) = visits(
        "Leaders meet\n\n"
        "The two leaders, Kenyan President Ruto Kamau and Ghanaian President Kofi Mensah, met in Accra "
        "on Sunday."
    )
    assert list(visit.roles["met"]) == ["Kofi Mensah"]


def test_a_city_s_ruler_stands_for_the_city_s_state() -> None:
    (visit,) = visits(
        "Ruler in Paris\n\n"
        "PARIS, May 3 (Xinhua) -- Sharjah's ruler Sheikh Rashid bin Khalifa arrived in Paris on Sunday "
        "for talks with President Jean Dupont."
    )
    assert (visit.roles["visitor_state"], visit.roles["host_state"]) == ("ARE", "FRA")
    assert list(visit.roles["met"]) == ["Jean Dupont"]


def test_a_capital_s_envoy_stands_for_its_state_but_a_city_s_mayor_does_not() -> None:
    doc = diplotext.extract(
        "Envoys\n\nMoscow's envoy Ivan Petrov and Barcelona's mayor Ada Puig spoke on Sunday.",
        default_published="2026-05-04",
    )
    states = {a.name: a.country for a in doc.actors if a.kind == "person"}
    assert states == {"Ivan Petrov": "RUS", "Ada Puig": None}


def test_an_official_addressed_in_remarks_is_met() -> None:
    (visit,) = visits(
        _LEAD + "Mensah said in remarks to Prime Minister Ruto Kamau that Ghana wanted closer ties."
    )
    assert list(visit.roles["met"]) == ["Ruto Kamau"]
    (visit,) = visits(_LEAD + "In remarks to Kenyan President Ama Odhiambo, Mensah praised the new port.")
    assert list(visit.roles["met"]) == ["Ama Odhiambo"]


def test_an_official_written_to_is_not_met() -> None:
    (visit,) = visits(
        _LEAD + "Mensah said in a letter to Prime Minister Ruto Kamau that Ghana wanted closer ties."
    )
    assert list(visit.roles["met"]) == []
    (visit,) = visits(
        _LEAD + "Mensah told Prime Minister Ruto Kamau in a letter that Ghana wanted closer ties."
    )
    assert list(visit.roles["met"]) == []


def test_an_official_briefed_is_met() -> None:
    (visit,) = visits(_LEAD + "Mensah briefed President Ruto Kamau on the talks in Accra.")
    assert list(visit.roles["met"]) == ["Ruto Kamau"]


def test_a_courtesy_call_paid_on_a_host_official_is_a_meeting() -> None:
    for call in ("a courtesy call on", "a courtesy visit to"):
        text = (
            "Minister in Accra\n\nKenyan Foreign Minister Tom Otieno, who arrived in Accra on Monday, "
            f"paid {call} President Kofi Mensah on Tuesday."
        )
        (visit,) = visits(text, "2026-05-06")
        assert list(visit.roles["met"]) == ["Kofi Mensah"]
