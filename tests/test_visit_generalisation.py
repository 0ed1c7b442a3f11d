"""Visits: classes of sentence found missed or misread on unannotated news (issue 9).

Every sentence here is written for the tests (invented people, real countries); each test names the
class of sentence it stands for.
"""

from __future__ import annotations

import diplotext
from diplotext.model import Event


def visits(text: str, published: str = "2030-06-12") -> list[Event]:
    doc = diplotext.extract(text, published=published, layout="body")
    assert not [e for e in doc.errors if e.plugin in ("visits", "clauses")], doc.errors
    return [e for e in doc.events if e.type == "visit"]


def one(text: str, published: str = "2030-06-12") -> Event:
    (event,) = visits(text, published)
    return event


# --------------------------------------------------------------------------- the city of a description


def test_the_town_of_x_names_the_city_visited() -> None:
    text = (
        "Italian Prime Minister Marco Bellini made a flying visit to the southern Albanian town of Durres "
        "on Sunday."
    )
    event = one(text)
    assert (event.roles["host_state"], event.place) == ("ALB", "Durres")


def test_a_demonyms_capital_is_that_states_capital_city() -> None:
    event = one("Italian Prime Minister Marco Bellini arrived on Sunday in the Bosnian capital for talks.")
    assert (event.roles["host_state"], event.place) == ("BIH", "Sarajevo")
