"""Tests of the sanctions plugin, on sentences written for them.

``diplotext_plugin`` is the fixture diplotext's pytest plugin provides: it registers a plugin for
one test (or, when the package is installed and its entry point already loaded it, uses that one).
"""

from __future__ import annotations

from collections.abc import Callable

import diplotext_sanctions
import pytest

import diplotext
from diplotext.model import Document

PUBLISHED = "2031-05-07"  # a Wednesday


@pytest.fixture
def extract(diplotext_plugin: Callable[..., str]) -> Callable[[str], Document]:
    name = diplotext_plugin(diplotext_sanctions, name="sanctions")

    def run(text: str) -> Document:
        return diplotext.extract(text, published=PUBLISHED, layout="body", plugins=[name])

    return run


def sanctions(doc: Document) -> list[tuple[str | None, object, object, object]]:
    return [
        (e.code, e.attributes["action"], e.roles.get("sender"), e.roles.get("target"))
        for e in doc.events
        if e.type == "sanction"
    ]


def test_imposed_sanctions_with_sender_target_and_date(extract: Callable[[str], Document]) -> None:
    doc = extract("The European Union imposed sanctions on Belarus on Monday.")
    assert sanctions(doc) == [("163", "impose", "European Union", "BLR")]
    (event,) = doc.events
    assert event.date == "2031-05-05"
    assert event.attributes["plover"] == "SANCTION"
    assert event.attributes["status"] == "done"
    assert event.plugin == "sanctions"


def test_a_person_stands_for_the_state(extract: Callable[[str], Document]) -> None:
    doc = extract("Chilean President Marta Ibarra imposed an embargo on Bolivia.")
    assert sanctions(doc) == [("163", "impose", "CHL", "BOL")]


def test_threats_in_three_shapes(extract: Callable[[str], Document]) -> None:
    assert sanctions(extract("Washington threatened sanctions against Venezuela.")) == [
        ("1312", "threaten", "USA", "VEN")
    ]
    assert sanctions(extract("Germany warned of a boycott of Turkey.")) == [
        ("1312", "threaten", "DEU", "TUR")
    ]
    doc = extract("Canada threatened to impose sanctions on Iran.")
    assert sanctions(doc) == [("1312", "threaten", "CAN", "IRN")]
    assert doc.events[0].attributes["status"] == "done"


def test_lifting_and_a_planned_measure(extract: Callable[[str], Document]) -> None:
    doc = extract("Japan lifted its embargo on Peru in March. Norway will impose sanctions on Fiji.")
    assert sanctions(doc) == [("085", "lift", "JPN", "PER"), ("163", "impose", "NOR", "FJI")]
    assert [e.attributes["status"] for e in doc.events] == ["done", "planned"]
    assert doc.events[0].date == "2031-03"
    assert doc.events[0].attributes["plover"] == "CONCEDE"


def test_evidence_is_the_clause(extract: Callable[[str], Document]) -> None:
    text = "Officials met on Tuesday. Later, Brazil eased sanctions against Paraguay, diplomats said."
    doc = extract(text)
    (event,) = doc.events
    start, end = event.evidence[0]
    assert "Brazil eased sanctions against Paraguay" in text[start:end]
    assert "Officials met" not in text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        "Britain did not lift sanctions against Russia.",  # negated
        "Egypt imposed a curfew on the city.",  # not a sanction
        "Sanctions were discussed at length.",  # no imposing, threatening or lifting
        "Mexico lifted the trophy on Sunday.",
    ],
)
def test_no_sanction(extract: Callable[[str], Document], text: str) -> None:
    assert sanctions(extract(text)) == []


def test_words_come_from_the_data_file() -> None:
    assert "embargo" in diplotext_sanctions.MEASURES
    assert diplotext_sanctions.CODES["lift"] == ("085", "CONCEDE")
    assert {"impose", "threaten", "lift"} == set(diplotext_sanctions.VERBS)
