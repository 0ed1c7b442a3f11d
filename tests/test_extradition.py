"""The ``extradition`` plugin: rules tested on hand-built actors and dates, then end to end.

Articles here are written for the tests: invented people, real countries.
"""

from __future__ import annotations

import time

import pytest

import diplotext
from builders import make_article, person, state, timex
from diplotext.extractors import extradition
from diplotext.extractors.extradition.rules import CODES
from diplotext.model import Actor, Event, TemporalExpression
from diplotext.syntax import parse

# --------------------------------------------------------------------------- helpers


def run(
    text: str, published: str, actors: list[Actor], dates: list[TemporalExpression] | None = None
) -> list[Event]:
    article = make_article(text, published)
    dates = dates or []
    return extradition.extract_events(
        article=article, actors=actors, dates=dates, quotes=[], clauses=parse(article, actors, dates)
    )


# --------------------------------------------------------------------------- a refusal

REFUSAL = (
    "Britain has asked Russia to extradite businessman Ivan Sorokin, the main suspect in the murder of "
    "journalist Paul Whitby in London.\n\n"
    "Russia refused on Tuesday, saying its constitution bars the extradition of Russian citizens.\n\n"
    "Officials in London said the request for Sorokin stands.\n\n"
    "Trade between the two countries grew last year."
)


def refusal_event() -> Event:
    actors = [
        person(1, REFUSAL, "Ivan Sorokin", "RUS", "Sorokin", roles=("businessman",)),
        person(2, REFUSAL, "Paul Whitby", "GBR", roles=("journalist",)),
        state(1, REFUSAL, "GBR", "Britain", "London"),
        state(2, REFUSAL, "RUS", "Russia", "Russian"),
    ]
    dates = [timex(REFUSAL, "Tuesday", "2030-06-04"), timex(REFUSAL, "last year", "2029")]
    (event,) = run(REFUSAL, "2030-06-05", actors, dates)
    return event


def test_a_refusal_with_its_roles_grounds_and_codes() -> None:
    event = refusal_event()
    assert event.type == "extradition_dispute"
    assert event.roles == {
        "requesting_state": "GBR",
        "requested_state": "RUS",
        "suspect": "Ivan Sorokin",
        "victim": "Paul Whitby",
    }
    assert event.attributes["status"] == "refused"
    assert event.attributes["grounds"] == "constitution bars extradition of nationals"
    assert event.attributes["case"] == "murder of Paul Whitby"
    assert (event.code, event.attributes["plover"]) == CODES["refused"] == ("121", "REJECT")
    assert event.date == "2030-06-04"
    assert event.id == ""


def test_one_case_is_one_event_with_every_mention_as_evidence() -> None:
    event = refusal_event()
    texts = [REFUSAL[s:e] for s, e in event.evidence]
    assert len(texts) == 3
    assert texts[0].startswith("Britain has asked Russia")
    assert texts[1].startswith("Russia refused")
    assert not any("Trade between" in t for t in texts)
    assert 0.5 < event.confidence < 1.0


# ---------------------------------------------------------------- a completed surrender to a tribunal

TRIBUNAL = (
    "Goran Vukic, extradited to The Hague to stand trial at the war crimes tribunal, said on Wednesday "
    "he was innocent.\n\n"
    "Vukic, a former militia commander, is charged with the killing of civilians in 1993.\n\n"
    "He was transferred to The Hague by Serbia on Monday."
)


def test_a_completed_extradition_to_a_tribunal() -> None:
    actors = [
        person(1, TRIBUNAL, "Goran Vukic", "SRB", "Vukic", "He", "he"),
        state(1, TRIBUNAL, "SRB", "Serbia"),
    ]
    dates = [
        timex(TRIBUNAL, "Wednesday", "2030-04-10"),
        timex(TRIBUNAL, "1993", "1993"),
        timex(TRIBUNAL, "Monday", "2030-04-08"),
    ]
    (event,) = run(TRIBUNAL, "2030-04-10", actors, dates)
    assert event.roles["requesting_state"] == "ICTY"
    assert event.roles["requested_state"] == "SRB"
    assert event.roles["suspect"] == "Goran Vukic"
    assert event.roles["victim"] is None
    assert event.attributes["status"] == "completed"
    assert event.attributes["grounds"] is None
    assert event.attributes["case"] == "war crimes: killing of civilians in 1993"
    assert event.date == "2030-04-08"  # the transfer, not the day he spoke
    assert (event.code, event.attributes["plover"]) == ("063", "COOPERATE")


# --------------------------------------------------------------------------- requests


def test_a_demand_is_coded_1013_and_a_request_0213() -> None:
    demand = "Turkish prosecutors have demanded that Germany extradite Kemal Arslan to Turkey."
    ask = "Japan has asked Lebanon to extradite fugitive tycoon Kenji Saito."
    actors_demand = [
        person(1, demand, "Kemal Arslan", "TUR"),
        state(1, demand, "TUR", "Turkish", "Turkey"),
        state(2, demand, "DEU", "Germany"),
    ]
    actors_ask = [
        person(1, ask, "Kenji Saito", "JPN"),
        state(1, ask, "JPN", "Japan"),
        state(2, ask, "LBN", "Lebanon"),
    ]
    (d,) = run(demand, "2030-01-01", actors_demand)
    (a,) = run(ask, "2030-01-01", actors_ask)
    assert (d.roles["requesting_state"], d.roles["requested_state"]) == ("TUR", "DEU")
    assert (a.roles["requesting_state"], a.roles["requested_state"]) == ("JPN", "LBN")
    assert d.attributes["status"] == a.attributes["status"] == "requested"
    assert d.code == "1013"
    assert a.code == "0213"
    assert d.attributes["plover"] == a.attributes["plover"] == "REQUEST"


def test_two_suspects_are_two_cases() -> None:
    text = (
        "Spain asked Venezuela to extradite Luis Mora over a bank fraud.\n\n"
        "Separately, Italy wants France to extradite Paolo Greco."
    )
    actors = [
        person(1, text, "Luis Mora", "ESP"),
        person(2, text, "Paolo Greco", "ITA"),
        state(1, text, "ESP", "Spain"),
        state(2, text, "VEN", "Venezuela"),
        state(3, text, "ITA", "Italy"),
        state(4, text, "FRA", "France"),
    ]
    events = {e.roles["suspect"]: e for e in run(text, "2030-01-01", actors)}
    assert set(events) == {"Luis Mora", "Paolo Greco"}
    assert events["Paolo Greco"].roles["requesting_state"] == "ITA"
    assert events["Paolo Greco"].roles["requested_state"] == "FRA"
    assert len(events["Luis Mora"].evidence) == 1


def test_suspects_named_by_possessives_pronouns_and_whom() -> None:
    text = (
        "Washington's demand for Rahimi's extradition from Yemen has been refused by the government "
        "in Sanaa.\n\n"
        "Carl Dekker is wanted by Dutch prosecutors, who have requested his extradition from Brazil.\n\n"
        "Officials spoke of Omar Haddad, whom Egypt asked Italy to extradite."
    )
    actors = [
        person(1, text, "Ali Rahimi", "YEM", "Rahimi"),
        person(2, text, "Carl Dekker", "NLD", "his"),
        person(3, text, "Omar Haddad", "EGY"),
        state(1, text, "USA", "Washington"),
        state(2, text, "YEM", "Yemen", "Sanaa"),
        state(3, text, "NLD", "Dutch"),
        state(4, text, "BRA", "Brazil"),
        state(5, text, "EGY", "Egypt"),
        state(6, text, "ITA", "Italy"),
    ]
    events = {e.roles["suspect"]: e for e in run(text, "2030-01-01", actors)}
    assert set(events) == {"Ali Rahimi", "Carl Dekker", "Omar Haddad"}
    rahimi = events["Ali Rahimi"]
    assert (rahimi.roles["requesting_state"], rahimi.roles["requested_state"]) == ("USA", "YEM")
    assert rahimi.attributes["status"] == "refused"
    dekker = events["Carl Dekker"]
    assert (dekker.roles["requesting_state"], dekker.roles["requested_state"]) == ("NLD", "BRA")
    assert dekker.attributes["status"] == "requested"
    haddad = events["Omar Haddad"]
    assert (haddad.roles["requesting_state"], haddad.roles["requested_state"]) == ("EGY", "ITA")


# --------------------------------------------------------------------------- what is not a dispute


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passed a bill on extradition to countries without a treaty.",
        "Mexico and Peru signed an extradition treaty on Monday.",
        "Prime Minister Ana Ruiz handed over to her successor Jorge Vidal in May.",
        "The suspect Tom Barker was extradited from Texas to Oklahoma on Friday.",
    ],
)
def test_laws_treaties_handovers_and_domestic_cases_are_not_disputes(text: str) -> None:
    actors = [
        person(1, text, "Ana Ruiz", "PER"),
        person(2, text, "Jorge Vidal", "PER"),
        person(3, text, "Tom Barker", "USA"),
        state(1, text, "MEX", "Mexico"),
        state(2, text, "PER", "Peru"),
    ]
    actors = [a for a in actors if a.mentions]
    assert run(text, "2030-01-01", actors) == []


def test_nothing_to_find() -> None:
    assert run("", "2030-01-01", []) == []
    assert run("Extradition. Extradition!", "2030-01-01", []) == []


@pytest.mark.parametrize(
    "text",
    [
        "extradite " * 20_000,
        "Britain asked Russia to extradite Ivan Sorokin, " * 2_000,
        "handed " * 10_000 + "over",
        "\n\n".join(["Russia refused to extradite him."] * 3_000),
    ],
)
def test_pathological_input_is_fast_and_does_not_crash(text: str) -> None:
    actors = [person(1, text, "Ivan Sorokin", "RUS")] if "Sorokin" in text else []
    started = time.perf_counter()
    events = run(text, "2030-01-01", actors)
    assert time.perf_counter() - started < 20
    assert len(events) <= 1


# --------------------------------------------------------------------------- end to end

E2E = (
    "Canada rejects extradition of Chinese businessman\n\n"
    "OTTAWA, May 6 (Xinhua) -- China has asked Canada to extradite businessman Zhou Minghai, who is wanted "
    "in Beijing on fraud charges, officials said on Tuesday.\n\n"
    "A Canadian court refused the request on Monday, saying Zhou could face the death penalty at home.\n\n"
    "Chinese officials said they would keep pressing for his return.\n"
)


def test_end_to_end_full_pipeline() -> None:
    doc = diplotext.extract(E2E, published="2031-05-06")
    assert not [e for e in doc.errors if e.plugin in ("visits", "extradition")]
    (event,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert event.plugin == "extradition"
    assert event.roles["suspect"] == "Zhou Minghai"
    assert event.roles["requesting_state"] == "CHN"
    assert event.roles["requested_state"] == "CAN"
    assert event.attributes["status"] == "refused"
    assert event.attributes["grounds"] == "risk of the death penalty"
    assert event.date == "2031-05-05"
    assert len(event.evidence) >= 2
    assert not [e for e in doc.events if e.type == "visit"]


def test_date_is_the_latest_act_told() -> None:
    text = (
        "Spain has asked Morocco to extradite businessman Youssef Amrani, the main suspect in a fraud "
        "in Madrid.\n\n"
        "Morocco refused the request in March 2028 and again in May, citing its constitution."
    )
    actors = [
        person(1, text, "Youssef Amrani", "MAR", "Amrani", roles=("businessman",)),
        state(1, text, "ESP", "Spain", "Madrid"),
        state(2, text, "MAR", "Morocco"),
    ]
    dates = [timex(text, "March 2028", "2028-03"), timex(text, "May", "2029-05")]
    (event,) = run(text, "2029-06-01", actors, dates)
    assert event.attributes["status"] == "refused"
    assert event.date == "2029-05"
