"""The actor resolver shared by events and quotes (issues 9 and 10, twenty-fifth session, helper
names37): a state or city that is also a given name opens a person's name ("envoy Georgia X"); a
role's "from" state in an apposition and a U.S. lawmaker's party tag give the person's state; a
description naming another nationality ("the Turkish minister") is not the earlier speaker
described with the same head noun ("the Iranian minister")."""

from __future__ import annotations

import pytest

import diplotext
from actor_probe import people, visits


@pytest.mark.parametrize(
    ("given", "surname"),
    [
        ("Georgia", "Kaplan"),
        ("Israel", "Marron"),
        ("Florence", "Dubreuil"),
        ("Santiago", "Ferrer"),
        ("Chad", "Okoro"),
    ],
)
def test_a_place_that_is_a_given_name_after_a_title(given: str, surname: str) -> None:
    text = f"U.S. envoy {given} {surname} arrived in Lima on Monday. {surname} said the talks went well."
    found = {p.name: p for p in people(text)}
    assert f"{given} {surname}" in found
    assert found[f"{given} {surname}"].country == "USA"
    assert surname not in found


@pytest.mark.parametrize("given", ["Jordan", "India", "Sydney"])
def test_a_place_that_is_a_given_name_set_off_by_commas(given: str) -> None:
    text = f"The visitor, {given} Wellbeck, a British diplomat, met officials in Quito on Friday."
    assert f"{given} Wellbeck" in {p.name for p in people(text)}


def test_the_place_named_person_makes_the_visit() -> None:
    text = "U.S. envoy Georgia Kaplan arrived in Tbilisi on Monday for talks with the prime minister."
    (roles,) = visits(text)
    assert roles["visitor"] == "Georgia Kaplan"
    assert roles["host_state"] == "GEO"


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Jordan said on Monday that talks would resume.",
        "Jordan Valley farmers protested on Monday.",
        "Russia and Georgia Monday agreed to talks.",
        "The minister visited Israel Monday and India Thursday.",
        "The summit brought together France, Israel Abbas and others.",
        "Chad President Idriss Deby attended the summit.",
    ],
)
def test_a_place_before_a_capitalised_word_stays_a_place(text: str) -> None:
    names = {p.name for p in people(text)}
    assert not any(n.split()[0] in ("Jordan", "Georgia", "Israel", "India", "Chad") for n in names)


def test_a_role_from_a_state_gives_the_state() -> None:
    text = (
        "Pavol Hrubec, the foreign minister from Slovakia, arrived in Vienna on Thursday for talks "
        "with Chancellor Anton Weisel."
    )
    found = {p.name: p for p in people(text)}
    assert found["Pavol Hrubec"].country == "SVK"
    (roles,) = visits(text)
    assert (roles["visitor"], roles["visitor_state"], roles["host_state"]) == ("Pavol Hrubec", "SVK", "AUT")


def test_a_lawmaker_from_a_state() -> None:
    text = "Marko Zeljan, a lawmaker from Slovenia, spoke in Oslo on Monday."
    assert {p.name: p.country for p in people(text)}["Marko Zeljan"] == "SVN"


@pytest.mark.parametrize(
    "tagged",
    [
        "Sen. Ray Dolland (R-Ind.)",
        "Rep. Ray Dolland (D-N.Y.)",
        "Sen. Ray Dolland, D-Ohio,",
        "Rep. Ray Dolland (R-TX)",
        "Sen. Ray Dolland, R-Calif.,",
    ],
)
def test_a_party_tag_makes_an_american(tagged: str) -> None:
    text = f"{tagged} arrived in Baghdad on Monday for talks."
    assert {p.name: p.country for p in people(text)}["Ray Dolland"] == "USA"


def test_no_party_tag_no_state() -> None:
    text = "Ray Dolland (D-Day veteran) arrived in Caen on Monday."
    assert {p.name: p.country for p in people(text)}.get("Ray Dolland") != "USA"


def _speakers(text: str) -> list[object]:
    doc = diplotext.extract(text, default_published="2024-03-05").to_dict()
    return [q.get("speaker") for q in doc["quotes"]]


@pytest.mark.parametrize(
    "second",
    ["The Turkish minister said Ankara would mediate.", '"We will mediate," the Turkish minister said.'],
)
def test_another_nationality_is_another_speaker(second: str) -> None:
    text = (
        "Ministers meet\n\nANKARA -- Iranian Foreign Minister Dariush Vahedi met Turkish Foreign "
        'Minister Kemal Ozbilgin on Monday. "Sanctions will fail," the Iranian minister said. ' + second
    )
    assert _speakers(text) == ["Dariush Vahedi", "Kemal Ozbilgin"]


def test_the_same_head_without_a_nationality_is_the_same_speaker() -> None:
    text = (
        "Ministers meet\n\nANKARA -- Iranian Foreign Minister Dariush Vahedi met Turkish Foreign "
        'Minister Kemal Ozbilgin on Monday. "Sanctions will fail," the Iranian minister said. '
        '"We will not yield," the minister added.'
    )
    assert _speakers(text) == ["Dariush Vahedi", "Dariush Vahedi"]


@pytest.mark.parametrize(
    "text",
    [
        "The British-flagged tanker Grace Wilmont was released on Friday.",
        "The aircraft carrier Edwin Harlow sailed into the gulf on Monday.",
        "The frigate Hans Lommer docked in Kiel and the ship Mavi Tekne was boarded.",
    ],
)
def test_a_ship_named_after_its_vessel_noun_is_no_person(text: str) -> None:
    assert people(text) == []


def test_the_ship_captain_is_still_a_person() -> None:
    text = "The tanker was seized on Friday. Captain Oleg Brinski said the crew was safe."
    assert [p.name for p in people(text)] == ["Oleg Brinski"]


@pytest.mark.parametrize(
    "thing",
    [
        "the Harlow Doctrine",
        "the Wilmont Line",
        "the Dressel Report",
        "the Kettering Memorial",
        "the Obrist Accords",
    ],
)
def test_a_thing_named_for_a_person_is_no_person(thing: str) -> None:
    text = f"Officials said on Monday that {thing} was cited in the talks."
    assert people(text) == []


def test_a_nationality_after_a_plain_description_is_the_same_speaker() -> None:
    text = (
        'Talks\n\nAMMAN -- "The talks were fruitful," a senior Jordanian official told reporters. '
        "The official said the king would travel. The Jordanian official said the trip was planned in April."
    )
    assert len(set(_speakers(text))) == 1


def test_a_possessive_state_is_a_nationality_too() -> None:
    text = (
        "Talks\n\nBAGHDAD -- Iraq's deputy foreign minister responded within an hour, saying the "
        "strikes would break the law. The Russian foreign minister, meanwhile, sought calm, saying the "
        "talks must go on."
    )
    speakers = _speakers(text)
    assert len(speakers) == 2
    assert speakers[0] != speakers[1]


def test_a_place_given_name_after_a_title_with_two_surnames() -> None:
    text = "Spanish Foreign Minister Trinidad Jaramillo Ortega arrived in Rabat on Monday."
    found = {p.name: p for p in people(text)}
    assert found["Trinidad Jaramillo Ortega"].country == "ESP"


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Russian President Pavel Orlin's spokesman Dmitry Veskov said talks would go on.",
            "Dmitry Veskov",
            "RUS",
        ),
        (
            "Turkish President Kerem Aslan met reporters. Aslan's spokesman, Ilhan Kural, spoke.",
            "Ilhan Kural",
            "TUR",
        ),
        ("Egyptian President Samir Adly's son Karim Adly flew to Washington on Monday.", "Karim Adly", "EGY"),
        (
            "Lena Brook, a deputy security adviser to French President Michel Aubry, said talks would go on.",
            "Lena Brook",
            "FRA",
        ),
    ],
)
def test_staff_and_kin_take_their_principals_state(text: str, person: str, state: str) -> None:
    assert {p.name: p.country for p in people(text)}[person] == state


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Georgian President Levan Abashidze's wife, Anke Veldhuis, met Dutch officials.", "Anke Veldhuis"),
        (
            "Omar Sefu, the international envoy to Syrian President Karim Haddad, said talks failed.",
            "Omar Sefu",
        ),
        (
            "South Korean U.N. Secretary-General Hyun Park's envoy, Ali Brahmi, arrived in Damascus.",
            "Ali Brahmi",
        ),
    ],
)
def test_no_state_from_a_spouse_a_host_or_a_world_body(text: str, person: str) -> None:
    countries = {p.name: p.country for p in people(text)}
    assert countries[person] is None


def test_a_body_named_with_a_nationality_is_another_body() -> None:
    text = (
        "Harp sales\n\nDUBLIN -- Harp sales doubled in 2004, the International Federation of the "
        "Harp Industry reported last month. Sales of used harps fell by half, according to the Irish "
        "Harp Industry."
    )
    assert _speakers(text) == ["International Federation of the Harp Industry", "Irish Harp Industry"]
