"""`diplotext link`: events of many articles linked into cross-article cases.

Every document here is written for the test: invented people, invented states (the user-assigned
ISO codes QQA, QQB, QQC) and invented towns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplotext.cli import main
from diplotext.linking import Case, link_lines
from diplotext.linking.names import parse, same_person, surname_matches
from diplotext.linking.render import SCHEMA, result_to_dict, text_lines
from diplotext.linking.reports import source_of
from diplotext.linking.windows import Window, parse_value, window_of

A, B, C = "QQA", "QQB", "QQC"


def event(kind: str, person: str, s1: str | None, s2: str | None, status: str, **kw: Any) -> dict[str, Any]:
    if kind == "visit":
        roles = {"visitor": person, "visitor_state": s1, "host_state": s2, "met": kw.pop("met", [])}
        etype = "visit"
    else:
        roles = {"suspect": person, "requesting_state": s1, "requested_state": s2, "victim": None}
        etype = "extradition_dispute"
    return {
        "id": "",
        "type": etype,
        "code": None,
        "date": kw.pop("date", None),
        "place": kw.pop("place", None),
        "roles": roles,
        "attributes": {"status": status},
        "evidence": kw.pop("evidence", [[0, 20]]),
        "confidence": 0.8,
        "plugin": "test",
    }


def doc(doc_id: str, published: str | None, *events: dict[str, Any], **article: Any) -> str:
    body = article.pop(
        "body", "The minister arrived in Velmora for talks on the river treaty. Talks went on."
    )
    for i, e in enumerate(events, start=1):
        e["id"] = f"e{i}"
    return json.dumps(
        {
            "schema": "diplotext/1",
            "id": doc_id,
            "article": {
                "title": article.pop("title", "A story"),
                "published": published,
                "source": article.pop("source", None),
                "url": article.pop("url", None),
                "body": body,
                "paragraphs": article.pop("paragraphs", [[0, len(body)]]),
                "title_span": None,
            },
            "actors": [],
            "dates": [],
            "quotes": [],
            "events": list(events),
            "errors": [],
        }
    )


def cases_of(*lines: str) -> list[Case]:
    return list(link_lines(lines).cases)


# --------------------------------------------------------------------------- names


def test_transliteration_variants_are_one_person() -> None:
    assert same_person(parse("Andrei Borovkoi"), parse("Andrey Borovkoy"))
    assert same_person(parse("Aleksandr Vorontsev"), parse("Alexander Vorontsov"))
    assert same_person(parse("Gen. Ilyas Kardani"), parse("Ilyas Kardani"))
    assert same_person(parse("Tamar Ki-sun Oh"), parse("Tamar Ki Sun Oh"))
    assert same_person(parse("Omar Rasul al-Fendi"), parse("Omer Rasul El-Fendi"))
    assert same_person(parse("Ilyas B. Kardani"), parse("I. Kardani"))


def test_different_people_are_not_merged_on_a_surname() -> None:
    assert not same_person(parse("Mara Velsin"), parse("Tomas Velsin"))
    assert not same_person(parse("Joren K. Aldt"), parse("Joren P. K. Aldt"))  # middle names conflict
    assert not same_person(parse("Velsin"), parse("Mara Velsin"))  # a surname alone is never a full match
    assert surname_matches(parse("Borovkoy"), parse("Andrei Borovkoi"))
    assert not surname_matches(parse("Andrei"), parse("Andrei Borovkoi"))
    assert surname_matches(parse("Quan"), parse("Quan Lihong"), state="CHN")  # surname first
    assert not surname_matches(parse("Quan"), parse("Quan Lihong"), state=A)


# --------------------------------------------------------------------------- linking


def test_name_variants_merge_into_one_extradition_case_with_its_history() -> None:
    cases = cases_of(
        doc("w/3", "2031-02-10", event("x", "Borovkoi", A, B, "completed")),
        doc("w/1", "2030-05-02", event("x", "Andrei Borovkoi", A, B, "requested", date="2030-05-01")),
        doc("w/2", "2030-07-15", event("x", "Andrey Borovkoy", A, B, "refused")),
        doc("w/4", "2030-07-16", event("x", "Andrei Borovkoi", A, B, "refused")),
    )
    assert len(cases) == 1
    case = cases[0]
    assert case.person == "Andrei Borovkoi"
    assert set(case.names) == {"Andrei Borovkoi", "Andrey Borovkoy", "Borovkoi"}
    assert [(s.status, s.date) for s in case.steps] == [
        ("requested", "2030-05-01"),
        ("refused", "2030-07-15"),
        ("completed", "2031-02-10"),
    ]
    assert case.steps[1].articles == ("w/2", "w/4") and case.steps[1].last == "2030-07-16"
    assert case.status == "completed"


def test_a_surname_alone_never_merges_across_states() -> None:
    cases = cases_of(
        doc("w/1", "2030-03-03", event("visit", "Mara Velsin", A, C, "ongoing", date="2030-03-03")),
        doc("w/2", "2030-03-03", event("visit", "Velsin", B, C, "ongoing", date="2030-03-03")),
    )
    assert len(cases) == 2
    assert {c.person for c in cases} == {"Mara Velsin", "Velsin"}


def test_a_surname_alone_merges_only_when_unambiguous_in_the_window() -> None:
    mara = event("visit", "Mara Velsin", A, C, "ongoing", date="2030-03-03")
    tomas = event("visit", "Tomas Velsin", A, C, "ongoing", date="2030-03-04")
    only_mara = cases_of(
        doc("w/1", "2030-03-03", mara),
        doc("w/2", "2030-03-04", event("visit", "Velsin", A, C, "completed")),
        doc("w/3", "2030-09-20", tomas | {"date": "2030-09-20"}),  # another Velsin, months away
    )
    assert sorted(len(c.articles) for c in only_mara) == [1, 2]
    assert next(c for c in only_mara if len(c.articles) == 2).names == ("Mara Velsin", "Velsin")
    both = cases_of(
        doc("w/1", "2030-03-03", event("visit", "Mara Velsin", A, C, "ongoing", date="2030-03-03")),
        doc("w/3", "2030-03-04", tomas),
        doc("w/2", "2030-03-04", event("visit", "Velsin", A, C, "completed")),
    )
    assert len(both) == 3  # two Velsins in the window: the surname joins neither
    assert next(c for c in both if c.person == "Velsin").surname_only


def test_a_missing_state_joins_the_one_case_that_agrees() -> None:
    cases = cases_of(
        doc("w/1", "2030-01-05", event("x", "Ilyas Kardani", A, B, "requested")),
        doc("w/2", "2030-02-05", event("x", "Ilyas Kardani", None, B, "refused")),
        doc("w/3", "2030-02-06", event("x", "Kardani", None, B, "refused")),  # surname, state missing
    )
    assert sorted(len(c.articles) for c in cases) == [1, 2]


def test_visits_are_split_into_trips_by_date() -> None:
    cases = cases_of(
        doc("w/1", "2030-04-20", event("visit", "Ilse Kardan", A, B, "planned")),  # undated plan
        doc("w/2", "2030-05-02", event("visit", "Ilse Kardan", A, B, "ongoing", date="2030-05-02")),
        doc("w/3", "2030-05-06", event("visit", "Ilse Kardan", A, B, "completed", date="2030-05-05")),
        doc("w/4", "2030-05-03", event("visit", "Ilse Kardan", A, B, "ongoing", date="2030-05")),
        doc("w/5", "2030-08-01", event("visit", "Ilse Kardan", A, B, "ongoing", date="2030-08-01")),
        doc("w/6", None, event("visit", "Ilse Kardan", A, B, "completed")),  # no date at all
    )
    trips = sorted(sorted(a.id for a in c.articles) for c in cases)
    assert trips == [["w/1", "w/2", "w/3", "w/4"], ["w/5"], ["w/6"]]
    may = next(c for c in cases if len(c.articles) == 4)
    assert [s.status for s in may.steps] == ["planned", "ongoing", "completed"]
    assert (may.first_date, may.last_date) == ("2030-05-02", "2030-05-05")


def test_counts_are_distinct_articles_and_sources_not_mentions() -> None:
    two_events = [
        event("visit", "Mara Velsin", A, C, "ongoing", date="2030-03-03", evidence=[[0, 10], [20, 30]]),
        event("visit", "Velsin", A, C, "ongoing", date="2030-03-03", evidence=[[40, 50]]),
    ]
    cases = cases_of(
        doc("wire/1", "2030-03-03", *two_events),
        doc("wire/2", "2030-03-03", event("visit", "Mara Velsin", A, C, "ongoing", date="2030-03-03")),
        doc(
            "x/3",
            "2030-03-04",
            event("visit", "Mara Velsin", A, C, "completed"),
            url="https://www.gazette.qq/a",
        ),
        doc("x/4", "2030-03-04", event("visit", "Mara Velsin", A, C, "completed"), source="Velmora Post"),
    )
    (case,) = cases
    assert (len(case.articles), len(case.sources), case.events, case.mentions) == (4, 3, 5, 6)
    assert case.sources == ("Velmora Post", "gazette.qq", "wire")
    data = result_to_dict(link_lines([doc("wire/1", "2030-03-03", *two_events)]))
    assert data["cases"][0]["counts"] == {"articles": 1, "sources": 1, "events": 2, "mentions": 3}


def test_sources_and_evidence_snippets() -> None:
    assert source_of({"source": "Wire"}, "a/b.txt") == "Wire"
    assert source_of({"url": "https://www.gazette.qq/x"}, "a/b.txt") == "gazette.qq"
    assert source_of({}, "feeds/2030.jsonl:4") == "feeds"
    assert source_of({}, "story.txt") is None
    # file names of the LDC news corpora carry their outlet
    assert source_of({}, "news/QQW_ENG_20300101.0007.txt") == "QQW"
    assert source_of({}, "QQA20300101.0418.txt") == "QQA"
    assert source_of({}, "news/qqj_0042.txt") == "QQJ"
    assert source_of({}, "post/bulletin2030.txt") == "post"
    body = "First paragraph here.\n\nThe envoy landed in Velmora on Monday."
    # the article text had a headline and one blank line more: paragraphs at 10 and 34
    line = doc(
        "w/1",
        "2030-03-03",
        event("visit", "Mara Velsin", A, C, "ongoing", evidence=[[34, 71]]),
        body=body,
        paragraphs=[[10, 31], [34, 72]],
    )
    (case,) = cases_of(line)
    assert case.steps[0].evidence[0].text == "The envoy landed in Velmora on Monday"


def test_windows() -> None:
    assert parse_value("2030-W10") == Window(parse_value("2030-03-04").lo, parse_value("2030-03-10").lo)  # type: ignore[union-attr]
    assert parse_value("2030-02").days == 28  # type: ignore[union-attr]
    assert parse_value("PRESENT_REF") is None
    planned = window_of(None, "2030-03-01", "planned")
    assert planned is not None and planned.days == 31 and not planned.narrow
    assert window_of(None, None, "completed") is None


# --------------------------------------------------------------------------- output and CLI


def test_text_timeline() -> None:
    lines = list(
        text_lines(
            link_lines(
                [
                    doc(
                        "w/1", "2030-03-01", event("visit", "Mara Velsin", A, C, "planned", date="2030-03-03")
                    ),
                    doc("w/2", "2030-03-03", event("visit", "Mara Velsin", A, C, "ongoing", place="Velmora")),
                ]
            ),
            min_articles=2,
        )
    )
    assert lines[0] == "c1  visit  Mara Velsin of QQA to QQC"
    assert "2 articles, 1 source (w), 2 events, 2 mentions; status ongoing" in lines[1]
    steps = [line.split() for line in lines if line.startswith("    2030-")]
    assert [s[:2] for s in steps] == [["2030-03-01", "planned"], ["2030-03-03", "ongoing"]]
    assert "    places: Velmora" in lines
    assert '        "The minister arrived" (w/1 0-20)' in lines
    assert lines[-1].startswith("1 case (1 with 2 or more articles; 1 shown)")


def test_cli_writes_a_versioned_json_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "out.jsonl"
    src.write_text(
        "\n".join(
            [
                doc("w/1", "2030-03-01", event("visit", "Mara Velsin", A, C, "planned", date="2030-03-03")),
                "{not json",
                '["a list"]',
                doc("w/2", "2030-03-03", event("visit", "Mara Velsin", A, C, "ongoing")),
                doc("w/3", "2030-03-03", event("visit", "Tomas Orl", B, C, "ongoing")),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "cases.json"
    assert main(["link", str(src), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA
    assert data["totals"]["cases"] == 2 and data["totals"]["cases_with_2_or_more_articles"] == 1
    assert [e["line"] for e in data["errors"]] == [2, 3]
    first = data["cases"][0]
    assert first["roles"] == {"visitor": "Mara Velsin", "visitor_state": A, "host_state": C}
    assert [s["status"] for s in first["steps"]] == ["planned", "ongoing"]
    assert first["steps"][0]["evidence"][0] == {
        "article": "w/1",
        "start": 0,
        "end": 20,
        "text": "The minister arrived",
    }
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2 cases (1 with 2 or more articles), 2 bad lines" in err

    assert main(["link", str(src), "--format", "text", "--min-articles", "2"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("c1  visit  Mara Velsin") and "Tomas Orl" not in text


@pytest.mark.parametrize(
    "args",
    [
        ["link", "no/such/file.jsonl"],
        ["link", "IN", "--min-articles", "0"],
        ["link", "IN", "-o", "no/dir/x.json"],
    ],
)
def test_cli_bad_usage_is_one_line_and_status_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("", encoding="utf-8")
    args = [str(src) if a == "IN" else a for a in args]
    if "-o" in args:
        args[args.index("-o") + 1] = str(tmp_path / "no" / "dir" / "x.json")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("diplotext link: ") and err.count("\n") == 1


def test_chart_needs_its_extra(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(doc("w/1", "2030-03-01", event("visit", "Mara Velsin", A, C, "planned")) + "\n")
    chart = tmp_path / "cases.svg"
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert main(["link", str(src), "-o", str(tmp_path / "c.json"), "--chart", str(chart)]) == 2
        assert "pip install 'diplotext[chart]'" in capsys.readouterr().err
        pytest.skip("matplotlib (diplotext[chart]) is not installed: the chart itself is not drawn")
    assert main(["link", str(src), "-o", str(tmp_path / "c.json"), "--chart", str(chart)]) == 0
    assert chart.read_text(encoding="utf-8").lstrip().startswith("<?xml")
