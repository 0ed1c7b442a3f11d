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
