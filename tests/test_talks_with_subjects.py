"""A bare plural opening a clause takes its "with" phrase ("Talks with the premier are planned"),
so the person talked with is met on the trip.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.builders import visits_of


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Ana Ruiz of Chile will travel to Lima on Monday, where talks with Foreign "
        "Minister Jorge Salas of Peru are planned.",
        "Foreign Minister Ana Ruiz of Chile will travel to Lima on Monday. Talks with Foreign Minister "
        "Jorge Salas of Peru are planned there.",
        "Foreign Minister Ana Ruiz of Chile will travel to Lima on Monday. Consultations with Foreign "
        "Minister Jorge Salas of Peru are expected on Tuesday.",
    ],
)
def test_talks_with_a_host_planned_for_the_trip_meet_him(body: str) -> None:
    visits = visits_of("Chile's minister to visit Peru\n\n" + body, published="2031-04-09")
    assert [(v.roles["visitor"], v.roles["host_state"], list(v.roles["met"])) for v in visits] == [
        ("Ana Ruiz", "PER", ["Jorge Salas"])
    ]


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "Prime Minister Eva Lunde of Norway arrived in Brasilia on Tuesday. She signed a forest "
            "agreement with Brazilian Environment Minister Rita Souza.",
            ["Rita Souza"],
        ),
        (
            "Prime Minister Eva Lunde of Norway will visit Brazil next week. She will sign a forest "
            "agreement with Environment Minister Rita Souza in Brasilia on Wednesday.",
            ["Rita Souza"],
        ),
        # signing alone meets no one
        (
            "Prime Minister Eva Lunde of Norway arrived in Brasilia on Tuesday. She signed a forest "
            "agreement drafted by Environment Minister Rita Souza.",
            [],
        ),
    ],
)
def test_the_one_a_visitor_signs_with_is_met(body: str, met: list[str]) -> None:
    visits = visits_of("Norway's premier in Brazil\n\n" + body, published="2031-04-09")
    assert [(v.roles["visitor"], v.roles["host_state"], list(v.roles["met"])) for v in visits] == [
        ("Eva Lunde", "BRA", met)
    ]


@pytest.mark.parametrize(
    "title",
    ["intelligence service chief", "deputy prime minister", "State Security Service chief"],
)
def test_a_counterpart_named_after_a_lower_case_title_is_met(title: str) -> None:
    body = (
        "Intelligence chief Emre Tan of Turkey visited Cairo on Sunday. Tan met his Egyptian "
        f"counterpart, {title} Omar Farid, and discussed the border."
    )
    visits = visits_of("Turkish spy chief in Cairo\n\n" + body, published="2031-04-09")
    assert [(v.roles["visitor"], v.roles["host_state"], list(v.roles["met"])) for v in visits] == [
        ("Emre Tan", "EGY", ["Omar Farid"])
    ]
