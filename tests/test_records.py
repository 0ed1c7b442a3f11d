"""Flat tables: Document.to_records() (and pandas, when it is installed), the source/target of an
event, evidence text; the summary's legend and plurals."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import diplotext
from diplotext.legend import cameo_name, duration_words, plover_meaning, plural
from diplotext.model import Article, Document, Event, Quote
from diplotext.summary import summarize
from diplotext.tables import (
    ACTOR_COLUMNS,
    DATE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    dyad,
    event_rows,
    quote_rows,
    records,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "state_visit.txt"


@pytest.fixture(scope="module")
def doc() -> Document:
    return diplotext.extract_record({"id": "visit", "text": EXAMPLE.read_text(encoding="utf-8")})


def test_records_are_flat_and_are_the_csv_rows(doc: Document) -> None:
    tables = {
        "events": EVENT_COLUMNS,
        "quotes": QUOTE_COLUMNS,
        "actors": ACTOR_COLUMNS,
        "dates": DATE_COLUMNS,
    }
    counts = {"events": doc.events, "quotes": doc.quotes, "actors": doc.actors, "dates": doc.dates}
    for table, columns in tables.items():
        records = doc.to_records(table)  # type: ignore[arg-type]
        assert len(records) == len(counts[table]) > 0
        for record in records:
            assert tuple(record) == columns
            assert all(v is None or type(v) in (str, int, float) for v in record.values()), record
    cells = [["" if v is None else str(v) for v in r.values()] for r in doc.to_records("events")]
    assert cells == event_rows(doc.to_dict())
    cells = [["" if v is None else str(v) for v in r.values()] for r in doc.to_records("quotes")]
    assert cells == quote_rows(doc.to_dict())


def test_records_keep_types_and_values(doc: Document) -> None:
    events = doc.to_records("events")
    first = events[0]
    event = doc.events[0]
    assert (first["event_id"], first["type"], first["code"], first["date"]) == (
        event.id,
        event.type,
        event.code,
        event.date,
    )
    assert first["confidence"] == event.confidence and isinstance(first["start"], int)
    assert json.loads(str(first["roles"])) == event.to_dict()["roles"]
    assert first["plover"] == event.attributes.get("plover")
    quote = doc.to_records("quotes")[1]
    speaker = doc.actor(doc.quotes[1].speaker_id)
    assert quote["speaker"] == doc.quotes[1].speaker and quote["speaker_country"] == (
        speaker and speaker.country
    )
    actor = doc.to_records("actors")[0]
    assert actor["mention_count"] == len(doc.actors[0].mentions) == len(json.loads(str(actor["mentions"])))
    dates = doc.to_records("dates")
    assert [d["value"] for d in dates] == [d.value for d in doc.dates]
    # a stored document (a JSONL line) gives the same tables, and so does one read back with its text
    assert records(json.loads(json.dumps(doc.to_dict())), "events") == events
    assert Document.from_dict(doc.to_dict(), text=doc.text).to_records("events") == events
    with pytest.raises(ValueError, match="no table 'people'"):
        doc.to_records("people")  # type: ignore[arg-type]


def test_pandas_recipe(doc: Document) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (it is in the spark extra)")
    events = pd.DataFrame(doc.to_records("events"))
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert events["confidence"].dtype == "float64" and events["start"].dtype == "int64"
    assert set(events["type"]) == {e.type for e in doc.events}
    many = [doc, diplotext.extract("Nothing happened here.")]
    quotes = pd.DataFrame([r for d in many for r in d.to_records("quotes")], columns=QUOTE_COLUMNS)
    assert len(quotes) == len(doc.quotes) and list(quotes.columns) == list(QUOTE_COLUMNS)
    assert quotes.groupby("speaker").size().max() >= 2


def _event(kind: str, status: str | None, **roles: Any) -> dict[str, Any]:
    return {"type": kind, "roles": roles, "attributes": {"status": status}}


@pytest.mark.parametrize(
    ("status", "source", "target"),
    [
        ("requested", "GBR", "RUS"),
        ("pending", "GBR", "RUS"),
        ("refused", "RUS", "GBR"),
        ("completed", "RUS", "GBR"),
    ],
)
def test_an_extradition_dyad_follows_who_acts(status: str, source: str, target: str) -> None:
    event = _event(
        "extradition_dispute", status, requesting_state="GBR", requested_state="RUS", suspect="A B"
    )
    assert dyad(event) == (source, source, target, target)


def test_dyads_of_visits_tribunals_and_plugin_types() -> None:
    visit = _event("visit", "planned", visitor="A B", visitor_state="POL", host_state="BRA", met=["C", "D"])
    assert dyad(visit) == ("A B", "POL", "C; D", "BRA")
    tribunal = _event("extradition_dispute", "requested", requesting_state="ICTY", requested_state="SRB")
    assert dyad(tribunal) == ("ICTY", None, "SRB", "SRB")  # a tribunal is no country
    sanction = _event("sanction", None, source="European Union", target_state="IRN")
    assert dyad(sanction) == ("European Union", None, None, "IRN")
    assert dyad(_event("protest", None)) == (None, None, None, None)


def test_evidence_text_is_cut_from_the_body_and_leaves_captions_out() -> None:
    text = "Title\n\nA caption line.\n\nFirst sentence here. Second one.\n\nThird paragraph."
    first = text.index("First")
    third = text.index("Third")
    caption = text.index("A caption")
    doc = Document(
        article=Article(
            text=text,
            paragraphs=[(first, text.index("\n\nThird")), (third, len(text))],
            captions=[(caption, caption + len("A caption line."))],
        ),
        events=[
            Event(
                type="visit",
                id="e1",
                evidence=[(first, first + 20), (caption, caption + 15), (third, len(text))],
            ),
            Event(type="visit", id="e2", evidence=[(first, third + 5)]),  # across paragraphs: not in one
        ],
        quotes=[
            Quote(text="Second one", start=text.index("Second"), end=text.index("Second") + 10, kind="direct")
        ],
    )
    e1, e2 = doc.to_records("events")
    assert e1["evidence_text"] == "First sentence here. … Third paragraph."
    assert (e1["start"], e1["end"]) == (caption, len(text))
    assert e2["evidence_text"] is None


def test_summary_legend_and_plurals(doc: Document) -> None:
    out = summarize(doc)
    assert "1 caption," in out and "1 captions" not in out
    legend = out.split("\nLegend\n", 1)[1].splitlines()
    lines = {line.split()[0]: line for line in legend}
    assert "CAMEO" in lines["[042]"] and "Make a visit" in lines["[042]"]
    assert "PLOVER" in lines["plover=CONSULT"] and "meet" in lines["plover=CONSULT"]
    assert "12 years" in lines["first_in=P12Y"]
    assert "Reject" in lines["[121]"]
    assert "confidence" in lines and "DURATION" in lines
    assert summarize(doc, with_legend=False).count("Legend") == 0
    empty = summarize(Document(article=Article(text="x", paragraphs=[(0, 1)])))
    assert "1 paragraph, 0 captions, 0 boilerplate blocks removed" in empty and "Legend" not in empty


def test_legend_words() -> None:
    assert [plural(n, "caption") for n in (0, 1, 2)] == ["0 captions", "1 caption", "2 captions"]
    assert duration_words("P12Y") == "12 years"
    assert duration_words("P1Y6M") == "1 year, 6 months"
    assert duration_words("PT2H30M") == "2 hours, 30 minutes"
    assert duration_words("PXD") == "some days"
    assert [duration_words(v) for v in ("P", "2012", "PT", "P3")] == [None, None, None, None]
    assert cameo_name("042") == "Make a visit"
    assert cameo_name("1246") == "a kind of: Reject"
    assert cameo_name("99") is None
    assert plover_meaning("consult") == plover_meaning("CONSULT") is not None


ROOT = Path(__file__).resolve().parent.parent


def test_the_pandas_recipe_of_the_docs_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed (it is in the spark extra)")
    page = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    (code,) = [b for b in re.findall(r"```python\n(.*?)```", page, re.DOTALL) if "to_records" in b]
    monkeypatch.chdir(ROOT)
    scope: dict[str, Any] = {}
    exec(compile(code, "docs/output.md", "exec"), scope)
    assert list(scope["table"].columns) == list(EVENT_COLUMNS) and len(scope["table"]) == len(
        scope["doc"].events
    )
    out = capsys.readouterr().out
    shown = re.search(r"The first table printed .*?:\n\n((?:    .*\n)+)", page)
    assert shown is not None
    assert out.startswith("".join(line[4:] + "\n" for line in shown.group(1).splitlines()))
    assert "Tomasz Wieczorek" in out


def test_the_legend_shown_in_the_docs_is_what_the_summary_prints(doc: Document) -> None:
    page = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    shown = re.search(r"\n    Legend\n((?:      .*\n)+)", page)
    assert shown is not None
    printed = summarize(doc).split("\nLegend\n", 1)[1].splitlines()
    for line in shown.group(1).splitlines():
        assert line[4:] in printed
