"""End to end on the bundled demo article (examples/state_visit.txt, written for the project)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jsonschema
import pytest

import diplotext
from diplotext.model import Document, output_schema

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "state_visit.txt"


@pytest.fixture(scope="module")
def doc() -> Document:
    return diplotext.extract(EXAMPLE.read_text(encoding="utf-8"), id=str(EXAMPLE))


def test_article_layout(doc: Document) -> None:
    art = doc.article
    assert art.title == "Polish foreign minister in Brazil for first visit in 12 years"
    assert art.published == dt.datetime(2023, 3, 14, 18, 40, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert art.dateline == "Brasília"
    assert len(art.captions) == 1
    assert "AP Photo" in doc.text[slice(*art.captions[0])]
    assert art.body.startswith("Polish Foreign Minister Tomasz Wieczorek arrived in Brasília")
    assert art.body.endswith("later this year.")
    for junk in ("Sign in", "newsletter", "community guidelines", "Share this", "AP Photo"):
        assert junk not in art.body
    jsonschema.validate(doc.to_dict(), output_schema())


def test_actors(doc: Document) -> None:
    people = {a.name: a for a in doc.actors if a.kind == "person"}
    assert people["Tomasz Wieczorek"].country == "POL"
    assert "foreign minister" in people["Tomasz Wieczorek"].roles
    assert people["Helena Prado Nogueira"].country == "BRA"
    assert {a.country for a in doc.actors if a.kind == "state"} >= {"POL", "BRA", "ARG"}
    # "South American tour" names a continent, not the United States
    assert "USA" not in {a.country for a in doc.actors}


def test_dates(doc: Document) -> None:
    got = {(d.text, d.value, d.mod) for d in doc.dates}
    assert {
        ("Tuesday", "2023-03-14", None),
        ("three-day", "P3D", None),
        ("November 2019", "2019-11", None),
        ("more than two years", "P2Y", "MORE_THAN"),
        ("Monday", "2023-03-13", None),
        ("Thursday", "2023-03-16", None),
        ("next month", "2023-04", None),
    } <= got


def test_quotes(doc: Document) -> None:
    speakers = {(q.kind, q.text[:30]): q.speaker for q in doc.quotes}
    assert speakers[("direct", "Brazil is a partner we cannot ")] == "Tomasz Wieczorek"
    assert speakers[("partial", "frank and constructive")] == "Helena Prado Nogueira"
    assert speakers[("direct", "Our constitution leaves no roo")] == "Helena Prado Nogueira"
    assert speakers[("indirect", "he hoped to return to Brazil w")] == "Tomasz Wieczorek"
    for q in doc.quotes:
        assert q.speaker not in {"he", "she", "He", "She"}


def test_events(doc: Document) -> None:
    visits = {e.roles["host_state"]: e for e in doc.events if e.type == "visit"}
    assert set(visits) == {"BRA", "ARG", "CHL"}
    brazil = visits["BRA"]
    assert brazil.roles["visitor"] == "Tomasz Wieczorek"
    assert brazil.roles["visitor_state"] == "POL"
    assert brazil.date == "2023-03-14"
    assert brazil.place == "Brasília"
    assert brazil.attributes["first_in"] == "P12Y"
    assert set(brazil.roles["met"] or []) >= {"Helena Prado Nogueira", "Otávio Ramos Bezerra"}
    assert visits["ARG"].attributes["status"] == "planned"
    (case,) = [e for e in doc.events if e.type == "extradition_dispute"]
    assert case.roles["suspect"] == "Rafael Duarte Lins"
    assert (case.roles["requesting_state"], case.roles["requested_state"]) == ("POL", "BRA")
    assert case.attributes["status"] == "refused"
    assert case.date == "2023-01"  # the latest refusal: "in November 2019 and again in January"
    assert "constitution" in str(case.attributes["grounds"])
    for e in doc.events:
        assert e.evidence and 0 < e.confidence <= 1
