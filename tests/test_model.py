"""The data model: frozen attrs classes, the output document, its JSON Schema and round trip."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest

import diplotext
from diplotext.model import (
    SCHEMA,
    Actor,
    Article,
    Document,
    Error,
    Event,
    Quote,
    TemporalExpression,
    output_schema,
)

TEXT = (
    "Envoy arrives in Lisbon\n\n"
    'The envoy arrived on Monday. "We are here to listen," Ana Costa said.\n\n'
    "Photo: the envoy at the airport."
)


def _document() -> Document:
    p1 = TEXT.index("The envoy")
    cap = TEXT.index("Photo:")
    q = TEXT.index("We are")
    cue = TEXT.index("said")
    name = TEXT.index("Ana Costa")
    monday = TEXT.index("Monday")
    article = Article(
        text=TEXT,
        id="doc-1",
        title="Envoy arrives in Lisbon",
        title_span=(0, 23),
        published=dt.datetime(2024, 3, 6, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        paragraphs=[(p1, cap - 2)],
        captions=[(cap, len(TEXT))],
    )
    return Document(
        id="doc-1",
        article=article,
        actors=[
            Actor(
                id="a1",
                name="Ana Costa",
                kind="person",
                country="PRT",
                roles=["envoy"],
                mentions=[(name, name + 9)],
            )
        ],
        dates=[
            TemporalExpression(text="Monday", start=monday, end=monday + 6, type="DATE", value="2024-03-04")
        ],
        quotes=[
            Quote(
                text="We are here to listen,",
                start=q,
                end=q + 22,
                kind="direct",
                speaker="Ana Costa",
                speaker_id="a1",
                cue="said",
                cue_start=cue,
                cue_end=cue + 4,
            )
        ],
        events=[
            Event(
                id="e1",
                type="visit",
                code="042",
                date="2024-03-04",
                place="Lisbon",
                roles={"visitor": "Ana Costa", "host_state": "PRT", "met": ["A", "B"]},
                attributes={"status": "completed", "first_in": None},
                evidence=[(p1, p1 + 27)],
                confidence=0.8,
                plugin="visits",
            )
        ],
        errors=[Error(plugin="x", message="boom", stage="extract_events")],
    )


def test_to_dict_matches_the_contract_and_schema() -> None:
    data = _document().to_dict()
    jsonschema.validate(data, output_schema())
    assert data["schema"] == SCHEMA
    assert data["article"]["published"] == "2024-03-06T09:30:00+01:00"
    assert data["article"]["body"] == TEXT[TEXT.index("The envoy") : TEXT.index("Photo:") - 2]
    assert data["events"][0]["roles"]["met"] == ["A", "B"]
    assert list(data) == ["schema", "id", "article", "actors", "dates", "quotes", "events", "errors"]
    json.dumps(data)  # plain JSON types only


def test_round_trip_with_text() -> None:
    doc = _document()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())), text=TEXT)
    assert again == doc
    assert again.to_dict() == doc.to_dict()


def test_round_trip_without_text_keeps_findings() -> None:
    doc = _document()
    again = Document.from_dict(doc.to_dict())
    assert again.quotes == doc.quotes
    assert again.article.body == doc.article.body


def test_from_dict_refuses_other_schemas() -> None:
    with pytest.raises(ValueError, match="not a diplotext/1 document"):
        Document.from_dict({"schema": "other/2", "article": {}})


def test_classes_are_frozen_and_keyword_only() -> None:
    doc = _document()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.quotes[0].text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quote("x", 0, 1, "direct")  # type: ignore[misc]


def test_spans_are_checked() -> None:
    with pytest.raises(ValueError, match="before start"):
        TemporalExpression(text="x", start=5, end=2, type="DATE", value="2020")
    with pytest.raises(ValueError, match=">= 0"):
        Quote(text="x", start=-1, end=2, kind="direct")


def test_published_accepts_iso_text() -> None:
    assert Article(text="", published="2011-09-12").published == dt.date(2011, 9, 12)
    stamp = Article(text="", published="2011-09-12T21:00Z").published
    assert isinstance(stamp, dt.datetime)
    assert stamp.utcoffset() == dt.timedelta(0)
    assert Article(text="", published="2011-09-12T21:00+05:30").published_date == dt.date(2011, 9, 12)
    with pytest.raises(ValueError):
        Article(text="", published="12/09/2011")


def test_segments_are_paragraphs_and_captions_once_in_order() -> None:
    art = Article(text="x" * 50, paragraphs=[(20, 30), (0, 10)], captions=[(40, 50), (20, 30)])
    assert art.segments == ((0, 10), (20, 30), (40, 50))


def test_pipeline_output_validates_against_schema() -> None:
    doc = diplotext.extract(TEXT, published="2024-03-06")
    jsonschema.validate(doc.to_dict(), output_schema())
    assert Document.from_dict(doc.to_dict(), text=TEXT) == doc


def test_documents_are_hashable_and_cannot_be_changed() -> None:
    import pickle

    from diplotext.model import FrozenMap

    event = Event(
        type="visit",
        roles={"visitor": "Ann Berg", "met": ["Carl Hobbs", "Wu Lin"]},
        attributes={"status": "completed", "topics": ["trade"]},
        evidence=[(0, 4)],
    )
    doc = Document(article=Article(text="Talks in Oslo."), events=[event])
    assert hash(doc) == hash(Document(article=Article(text="Talks in Oslo."), events=[event]))
    assert isinstance(event.roles, FrozenMap)
    assert event.roles["met"] == ("Carl Hobbs", "Wu Lin")
    assert event.roles == {"visitor": "Ann Berg", "met": ("Carl Hobbs", "Wu Lin")}
    for change in (
        lambda: event.roles.__setitem__("visitor", "X"),
        lambda: event.roles.update(visitor="X"),
        lambda: event.attributes.pop("status"),
        event.roles.clear,
        lambda: event.attributes.setdefault("new", 1),
    ):
        with pytest.raises(TypeError, match="read-only"):
            change()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.events[0].roles = {}  # type: ignore[misc]
    with pytest.raises(AttributeError):
        doc.events[0].roles["met"].append("X")  # type: ignore[union-attr]
    assert event.roles["visitor"] == "Ann Berg"
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert json.loads(json.dumps(event.roles)) == {"visitor": "Ann Berg", "met": ["Carl Hobbs", "Wu Lin"]}
    data = doc.to_dict()
    assert data["events"][0]["roles"] == {"visitor": "Ann Berg", "met": ["Carl Hobbs", "Wu Lin"]}
    assert data["events"][0]["attributes"]["topics"] == ["trade"]
    assert Document.from_dict(data, text="Talks in Oslo.") == doc
