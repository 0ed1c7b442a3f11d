"""Travellers listed together ("German Foreign Minister A, UN chief B and Italian Prime Minister
C will visit Paris") are judged each on their own words: the body's official makes no state
visit and does not take the others with him; a businessman in the list makes none either."""

from __future__ import annotations

import pytest
from tests.builders import visits_of


def _trips(middle: str) -> dict[str, tuple[object, object]]:
    text = (
        "Leaders in Paris\n\n"
        f"German Foreign Minister Hans Vogel, {middle} and Italian Prime Minister Marco Neri will "
        "visit Paris on Friday."
    )
    return {
        str(e.roles["visitor"]): (e.roles["visitor_state"], e.roles["host_state"]) for e in visits_of(text)
    }


@pytest.mark.parametrize("middle", ["UN chief Ian Moore", "businessman Ian Moore"])
def test_each_listed_traveller_on_their_own_words(middle: str) -> None:
    assert _trips(middle) == {"Hans Vogel": ("DEU", "FRA"), "Marco Neri": ("ITA", "FRA")}


def test_a_body_official_set_off_after_a_name_is_still_the_bodys() -> None:
    text = "Envoy in Paris\n\nHans Vogel, the UN envoy for the region, will visit Paris on Friday."
    assert visits_of(text) == []
