"""The actors plugin: rulers (issue 9, nineteenth session). "Ruler" is a role; a ruler's title takes
an "of STATE" complement ("the Emir of Qatar", "the head of state of Oman"); after the comma of such
a description a ruler's title or an honorific may open the name ("the Emir of Qatar, Sheikh X"); a
particle may stand inside the name ("Hamad bin Nasser")."""

from __future__ import annotations

import pytest

from actor_probe import people, visits


@pytest.mark.parametrize(
    ("text", "name", "state", "role"),
    [
        ("Qatar's ruler, Emir Hamad bin Nasser, met the envoy in Doha.", "Hamad bin Nasser", "QAT", "ruler"),
        (
            "Sheikh Faisal bin Saeed, the ruler of Bahrain, said talks would go on.",
            "Faisal bin Saeed",
            "BHR",
            "ruler",
        ),
        ("Tom Otieno, the ruler of Kenya, hosted the talks.", "Tom Otieno", "KEN", "ruler"),
        ("The Bahraini ruler, Sheikh Salman bin Ali, hosted the talks.", "Salman bin Ali", "BHR", "ruler"),
        ("Jordan's ruler, Talal Hamdan, hosted the talks.", "Talal Hamdan", "JOR", "ruler"),
    ],
)
def test_a_ruler_of_a_state_is_of_that_state(text: str, name: str, state: str, role: str) -> None:
    found = {p.name: p for p in people(text)}
    assert found[name].country == state
    assert role in found[name].roles


@pytest.mark.parametrize(
    ("text", "name", "state", "role"),
    [
        (
            "The head of state of Oman, Sultan Khalid bin Omar, received the minister.",
            "Khalid bin Omar",
            "OMN",
            "head of state",
        ),
        ("The ruler of Kuwait, Sheikh Jaber al-Nasser, flew to London.", "Jaber al-Nasser", "KWT", "ruler"),
        ("The Emir of Qatar, Sheikh Hamad bin Nasser, hosted the talks.", "Hamad bin Nasser", "QAT", "emir"),
        ("The Emir of Qatar, Hamad bin Nasser, hosted the talks.", "Hamad bin Nasser", "QAT", "emir"),
        ("The king of Jordan, King Talal, hosted the talks.", "Talal", "JOR", "king"),
        ("The head of state of Jordan, King Talal, hosted the talks.", "Talal", "JOR", "head of state"),
        (
            "The Crown Prince of Bahrain, Prince Salman bin Ali, hosted the talks.",
            "Salman bin Ali",
            "BHR",
            "crown prince",
        ),
        ("The Queen of Denmark, Margit Holm, opened the session.", "Margit Holm", "DNK", "queen"),
        (
            "King Talal met the Sultan of Oman, Khalid bin Omar, in Muscat.",
            "Khalid bin Omar",
            "OMN",
            "sultan",
        ),
    ],
)
def test_a_rulers_title_of_a_state_before_the_name(text: str, name: str, state: str, role: str) -> None:
    found = {p.name: p for p in people(text)}
    assert found[name].country == state
    assert role in found[name].roles


def test_a_title_after_the_comma_of_another_office_opens_no_name() -> None:
    # a president is no ruler's title: the comma does not make the minister's office his
    found = {p.name: p for p in people("The minister of Finance, President Tom Otieno said, would resign.")}
    assert found["Tom Otieno"].country is None


@pytest.mark.parametrize(
    ("text", "visitor", "state", "host"),
    [
        (
            "The ruler of Kuwait, Sheikh Jaber al-Nasser, arrived in London on Friday for talks with "
            "Prime Minister Tom Reed.",
            "Jaber al-Nasser",
            "KWT",
            "GBR",
        ),
        (
            "The Emir of Qatar, Hamad bin Nasser, arrived in Paris on Monday for talks with President "
            "Anne Roux.",
            "Hamad bin Nasser",
            "QAT",
            "FRA",
        ),
    ],
)
def test_the_visit_of_a_ruler_named_after_his_title(text: str, visitor: str, state: str, host: str) -> None:
    found = visits(text)
    assert any(
        v.get("visitor") == visitor and v.get("visitor_state") == state and v.get("host_state") == host
        for v in found
    )


def test_a_ruler_is_an_official_who_visits_for_his_state() -> None:
    found = visits(
        "Jordan's ruler, Talal Hamdan, arrived in Paris on Monday for talks with President Anne Roux."
    )
    assert any(v.get("visitor") == "Talal Hamdan" and v.get("visitor_state") == "JOR" for v in found)
