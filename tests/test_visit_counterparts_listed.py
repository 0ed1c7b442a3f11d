"""A plural "counterparts" before a list of names ("his Spanish and Italian counterparts, A and
B"): each listed name is a counterpart, an official of the state of the same place in the list,
and met in the place named."""

from __future__ import annotations

from tests.builders import visits_of


def test_each_listed_counterpart_visits() -> None:
    text = (
        "Ministers meet\n\nMoroccan Foreign Minister Ali Bennani met his Spanish and Italian counterparts, "
        "Ana Ruiz and Marco Neri, in Rabat on Wednesday."
    )
    got = {(e.roles["visitor"], e.roles["visitor_state"], e.roles["host_state"]) for e in visits_of(text)}
    assert got == {("Ana Ruiz", "ESP", "MAR"), ("Marco Neri", "ITA", "MAR")}
