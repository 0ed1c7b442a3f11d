"""The actors plugin: names cut short and states that do not attach (issue 9, seventeenth session): a
surname that is also a building word after a title ("envoy Chris Hall"), a name whose hyphen ended a
line ("Lee Moo- hyun"), and the visits lost with them."""

from __future__ import annotations

import pytest

from actor_probe import people, visits


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("US envoy Chris Hall met North Korean envoy Pak Sun in Beijing.", "Chris Hall"),
        ("British Ambassador Tom House said on Monday that talks would resume.", "Tom House"),
        ("Canadian Foreign Minister Anna Park arrived in Lima on Sunday.", "Anna Park"),
    ],
)
def test_a_surname_that_is_also_a_building_word_ends_a_titled_name(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_a_building_after_a_name_that_is_no_given_name_is_no_person() -> None:
    names = [p.name for p in people("The concert at Carnegie Hall was sold out, Mayor Ruth Levy said.")]
    assert "Carnegie Hall" not in names and "Carnegie" not in names


def test_the_visit_of_a_titled_name_ending_in_a_building_word() -> None:
    found = visits("US envoy Chris Hall met North Korean envoy Pak Sun in Beijing on Tuesday.")
    assert any(v.get("visitor") == "Chris Hall" and v.get("visitor_state") == "USA" for v in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "South Korean President Lee Moo- hyun met Japanese Prime Minister Taro Sato in Tokyo.",
            "Lee Moo-hyun",
        ),
        ("UN Secretary-General Han Ki- tae arrived in Nairobi on Monday.", "Han Ki-tae"),
    ],
)
def test_a_name_broken_after_its_hyphen_is_one_name(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_a_hyphen_broken_before_and_still_splits() -> None:
    text = "Pro- and anti-war groups marched. Deputy Minister Dana Holt spoke."
    assert [p.name for p in people(text)] == ["Dana Holt"]


def test_the_visit_of_a_name_broken_after_its_hyphen() -> None:
    found = visits("South Korean President Lee Moo- hyun met Japanese Prime Minister Taro Sato in Tokyo.")
    assert any(v.get("visitor") == "Lee Moo-hyun" and v.get("host_state") == "JPN" for v in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jan Nowak, who was then the president of Poland, met Czech President Karel Dvorak in Prague.",
        "Jan Nowak, who is the president of Poland, met Czech President Karel Dvorak in Prague.",
        "Jan Nowak was president of Poland until 1995. Nowak met Czech President Karel Dvorak in Prague.",
    ],
)
def test_an_office_of_a_state_in_a_relative_clause_or_predicate(text: str) -> None:
    nowak = next(p for p in people(text) if p.name == "Jan Nowak")
    assert nowak.country == "POL" and "president" in nowak.roles
    assert any(v.get("visitor") == "Jan Nowak" and v.get("visitor_state") == "POL" for v in visits(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jan Nowak, who is the president of Poland's largest bank, met Czech President Karel Dvorak.",
        "Jan Nowak was head of the US immigration service in Honduras.",
        "Jan Nowak was head of China Construction Bank at the time of the fraud.",
    ],
)
def test_a_state_that_modifies_a_body_gives_no_state(text: str) -> None:
    assert next(p for p in people(text) if p.name == "Jan Nowak").country is None


@pytest.mark.parametrize(
    "apposition",
    [
        "vice-chairman of the Standing Committee of China's parliament",
        "vice-chairman of China's parliament",
        "vice-chairman of the Standing Committee of the Chinese parliament",
    ],
)
def test_a_hyphenated_vice_title_of_a_state_body(apposition: str) -> None:
    text = f"Wang Lei, {apposition}, met Belgian Defence Minister Andre Lenoir."
    wang = next(p for p in people(text) if p.name == "Wang Lei")
    assert wang.country == "CHN" and list(wang.roles) == ["vice chairman"]


def test_the_visit_to_a_vice_chairman_of_a_state_body() -> None:
    text = (
        "Talks\n\nBEIJING, Nov. 1 (Xinhua) -- Wang Lei, vice-chairman of the Standing Committee of "
        "China's parliament, met here Tuesday with Belgian Defence Minister Andre Lenoir."
    )
    found = visits(text, "2005-11-01")
    assert any(v.get("visitor") == "Andre Lenoir" and v.get("host_state") == "CHN" for v in found)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Danish minister of foreign affairs", "Minister of Foreign Affairs Per Holm"),
        ("The Danish foreign minister", "Foreign Minister Per Holm"),
    ],
)
def test_a_description_before_the_name_gives_its_state(first: str, second: str) -> None:
    text = f"{first} arrived in Hanoi on Monday. {second} met Vietnamese President Tran Van."
    assert next(p for p in people(text) if p.name == "Per Holm").country == "DNK"
    assert any(v.get("visitor") == "Per Holm" and v.get("visitor_state") == "DNK" for v in visits(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian leader visited the hospital. Rebel leader Jan Nowak had fired back.",
        "The Danish foreign minister arrived in Oslo. Foreign Minister Jan Nowak of Norway met him.",
        "Foreign Minister Ole Berg spoke. The Danish foreign minister arrived. "
        "Foreign Minister Jan Nowak met him.",
    ],
)
def test_a_description_does_not_give_its_state_to_someone_else(text: str) -> None:
    assert next(p for p in people(text) if p.name == "Jan Nowak").country != "DNK"
