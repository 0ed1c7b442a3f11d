"""The actors plugin: a given name and a surname that is also a common word (issues 9 and 10,
twenty-fourth session, helper names36). "Green", "Hall", "May" are never names alone (a party,
a building, a month), but after a known given name they end a person's name; a later mention by
the surname alone is that person, and "Green Party", "the town hall", "the White House" stay."""

from __future__ import annotations

import pytest

import diplotext
from actor_probe import people, visits


@pytest.mark.parametrize("surname", ["Green", "Hall", "Church", "May"])
def test_a_given_name_and_a_common_word_surname_are_a_person(surname: str) -> None:
    text = f"Nora {surname}, the Irish trade minister, landed in Lima on Tuesday."
    found = {p.name: p for p in people(text)}
    assert f"Nora {surname}" in found
    assert found[f"Nora {surname}"].country == "IRL"


def test_the_person_makes_the_visit() -> None:
    text = "Tom Green, the Canadian foreign minister, arrived in Seoul on Monday for two days of talks."
    (roles,) = visits(text)
    assert roles["visitor"] == "Tom Green"
    assert (roles["visitor_state"], roles["host_state"]) == ("CAN", "KOR")


def test_a_later_surname_alone_is_the_same_person() -> None:
    text = "Lisa Hall, the Dutch envoy, met officials in Quito on Friday. Hall said the meeting went well."
    (hall,) = [p for p in people(text) if p.name == "Lisa Hall"]
    assert [text[a:b] for a, b in hall.mentions if a > 40] == ["Hall"]


def test_the_later_surname_speaks() -> None:
    text = (
        "Title\n\nOwen Green, the Scottish minister, visited Oslo on Monday.\n\n"
        '"We made progress," Green said after the talks.'
    )
    doc = diplotext.extract(text, default_published="2024-03-05").to_dict()
    speakers = {q.get("speaker") for q in doc["quotes"]}
    assert "Owen Green" in speakers


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Green Party leader said the vote was close.", "Green"),
        ("Residents met the mayor at the town hall on Monday.", "Hall"),
        ("The White House said the talks would go on.", "White"),
        ("Donors gave to the Nora Green Foundation last year.", "Nora Green"),
        ("Crowds gathered at Albert Hall and in Victoria Park on Sunday.", "Albert Hall"),
        ("Traffic was stopped on George Street on Sunday.", "George Street"),
        ("A concert filled the Royal Albert Hall on Sunday.", "Albert Hall"),
        ("Clarence House said the visit would go ahead.", "Clarence House"),
        ("Marchers gathered in the nearby Victoria Park.", "Victoria Park"),
        ("Bands will play Hylands Park and Weston Park in August.", "Weston Park"),
        ("Stanley Cup fans waited outside.", "Stanley Cup"),
    ],
)
def test_a_party_a_building_or_a_foundation_is_no_person(text: str, absent: str) -> None:
    assert not any(absent in p.name for p in people(text))


def test_the_green_party_is_no_later_mention_of_a_green() -> None:
    text = "Tom Green arrived in Oslo on Monday. The Green Party criticised the trip."
    (green,) = [p for p in people(text) if p.name == "Tom Green"]
    assert len(green.mentions) == 1


@pytest.mark.parametrize("surname", ["King", "Pope", "Major", "Bishop"])
def test_a_title_after_a_given_name_is_a_surname(surname: str) -> None:
    text = (
        f"Lisa {surname}, the Irish trade minister, landed in Lima on Tuesday. {surname} said it went well."
    )
    (found,) = [p for p in people(text) if p.name == f"Lisa {surname}"]
    assert found.country == "IRL"
    assert [text[a:b] for a, b in found.mentions if a > 60] == [surname]


def test_a_title_before_of_or_a_capitalised_word_stays_a_title() -> None:
    text = "Lisa King arrived in Oslo on Monday. The King of Norway received Major General Tom Reed."
    found = {p.name: p for p in people(text)}
    assert found["Tom Reed"].roles == ("general",)
    assert [text[a:b] for a, b in found["Lisa King"].mentions if a > 10] == []


def test_the_title_alone_after_the_is_no_later_mention() -> None:
    text = "Ann King met Pope Leo in Rome on Monday. The Pope said the talks went well."
    found = {p.name: p for p in people(text)}
    assert len(found["Ann King"].mentions) == 1
    assert len(found["Leo"].mentions) == 2


def test_a_later_may_is_the_person_only_before_a_verb() -> None:
    text = "Nora May arrived in Oslo on Monday. Talks resume May 5. Since May, trade grew. May said so."
    (may,) = [p for p in people(text) if p.name == "Nora May"]
    assert [a for a, _ in may.mentions if a > 0] == [text.index("May said")]


def test_a_title_before_the_given_name_keeps_the_name() -> None:
    text = "Labour MP Nora Hall said the bill would pass. Crowds filled the Royal Albert Hall."
    assert [p.name for p in people(text)] == ["Nora Hall"]
