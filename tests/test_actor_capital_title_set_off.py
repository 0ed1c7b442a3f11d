"""A capitalised title set off by a comma before the name it describes ("Kenya's Prime Minister,
X," / "the Kenyan Foreign Minister, X,") gives X the title and the state, as the lower-case
title does; a bare capitalised title in a list of titles and names does not."""

from __future__ import annotations

import pytest
from tests.actor_probe import people, visits


@pytest.mark.parametrize(
    ("sentence", "role", "country"),
    [
        ("Talks were held with Kenya's Prime Minister, Tomas Warena, on Tuesday.", "prime minister", "KEN"),
        ("Papua New Guinea's Prime Minister, Tomas Kaupa Warena, spoke first.", "prime minister", "PNG"),
        ("He later met the Kenyan Foreign Minister, Tomas Warena, in a hotel.", "foreign minister", "KEN"),
        ("He later met Kenyan Foreign Minister, Tomas Warena, in a hotel.", "foreign minister", "KEN"),
        ("Uruguay's Defence Minister, Ines Calvo, flew home.", "defence minister", "URY"),
    ],
)
def test_capitalised_title_set_off_before_the_name(sentence: str, role: str, country: str) -> None:
    (found,) = [p for p in people(sentence) if p.country == country]
    assert role in found.roles


def test_a_list_of_titles_and_names_keeps_each_title_with_its_own_name() -> None:
    found = {
        p.name: p
        for p in people("He met Kenyan President Ali Juma, Foreign Minister Tomas Warena and aides.")
    }
    assert found["Ali Juma"].roles == ("president",)
    assert found["Tomas Warena"].roles == ("foreign minister",)


def test_the_set_off_host_gets_the_state_of_the_later_visit() -> None:
    text = (
        "Leaders meet\n\nAustralian Prime Minister Lucy Harlan held talks in Port Moresby on Tuesday with "
        "Papua New Guinea's Prime Minister, Tomas Kaupa Warena, at his office.\n\n"
        "Warena is scheduled to visit Canberra in August."
    )
    trips = {v["host_state"]: v for v in visits(text, "2026-06-11")}
    assert trips["AUS"]["visitor_state"] == "PNG"
