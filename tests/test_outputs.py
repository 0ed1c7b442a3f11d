"""What `diplotext extract` writes: one JSON value for --format json, JSONL the same from a file and
from stdin, the CSV tables, --summary against --format."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

import diplotext
from diplotext.cli import main
from diplotext.tables import EVENT_COLUMNS, QUOTE_COLUMNS, event_rows, quote_rows

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "state_visit.txt"

RECORDS = [
    {
        "id": "r1",
        "text": "Envoy in Hanoi\n\nThe trade minister met officials in Hanoi on Tuesday.",
        "published": "2023-03-03",
    },
    {"id": "r2", "text": 'Talks\n\n"We are close," the minister said on Friday.', "published": "2023-03-03"},
    {"id": "r3", "text": "Nothing\n\nRain fell.", "published": "2023-03-03"},
]
JSONL = "".join(json.dumps(r) + "\n" for r in RECORDS)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


class Stdin:
    """Standard input holding ``data`` (what the reader takes: ``sys.stdin.buffer``)."""

    def __init__(self, data: str) -> None:
        self.buffer = io.BytesIO(data.encode("utf-8"))


def expected_documents() -> list[dict[str, object]]:
    return [diplotext.extract_record(r).to_dict() for r in RECORDS]


@pytest.fixture
def stream(tmp_path: Path) -> Path:
    path = tmp_path / "many.jsonl"
    path.write_text(JSONL, encoding="utf-8")
    return path


def test_format_json_with_several_inputs_is_one_json_array(
    stream: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["extract", "--format", "json", str(stream)], capsys)
    assert code == 0
    docs = json.loads(out)  # one valid JSON value
    assert docs == expected_documents()
    assert out == json.dumps(docs, ensure_ascii=False, indent=2) + "\n"  # pretty, as json.dumps lays it out
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("First\n\nThe envoy left on Monday.", encoding="utf-8")
    two.write_text("Second\n\nThe envoy came back.", encoding="utf-8")
    code, out, _ = run(["extract", "--format", "json", str(one), str(two)], capsys)
    assert [d["article"]["title"] for d in json.loads(out)] == ["First", "Second"]


def test_an_empty_stream_is_an_empty_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    code, out, _ = run(["extract", "--format", "json", str(empty)], capsys)
    assert (code, out) == (0, "[]\n")


def test_one_article_stays_one_pretty_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(EXAMPLE)], capsys)
    assert code == 0
    want = diplotext.extract_record({"id": str(EXAMPLE), "text": EXAMPLE.read_text(encoding="utf-8")})
    assert out == json.dumps(want.to_dict(), ensure_ascii=False, indent=2) + "\n"
    code, again, _ = run(["extract", "--format", "json", str(EXAMPLE)], capsys)
    assert again == out


@pytest.mark.parametrize("fmt", [None, "json", "jsonl", "events-csv", "quotes-csv"])
def test_jsonl_from_stdin_and_from_a_file_come_out_the_same(
    fmt: str | None, stream: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["extract"] + (["--format", fmt] if fmt else [])
    code, from_file, _ = run([*args, str(stream)], capsys)
    assert code == 0
    for stdin_args in (args, [*args, "-"]):
        monkeypatch.setattr(sys, "stdin", Stdin(JSONL))
        assert run(stdin_args, capsys) == (0, from_file, "")
    if fmt is None:  # JSONL in, JSONL out by default
        assert [json.loads(line) for line in from_file.splitlines()] == expected_documents()


def test_a_json_array_file_is_several_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    array = tmp_path / "array.json"
    array.write_text(json.dumps(RECORDS), encoding="utf-8")
    code, out, _ = run(["extract", str(array)], capsys)
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["r1", "r2", "r3"]
    code, out, _ = run(["extract", "--format", "json", str(array)], capsys)
    assert code == 0 and [d["id"] for d in json.loads(out)] == ["r1", "r2", "r3"]


def test_an_unreadable_input_among_several_is_reported_and_the_array_stays_valid(
    stream: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["extract", "--format", "json", str(tmp_path / "missing.txt"), str(stream)], capsys)
    assert code == 2
    assert "missing.txt" in err and len(err.strip().splitlines()) == 1
    assert [d["id"] for d in json.loads(out)] == ["r1", "r2", "r3"]


def test_summary_and_format_are_one_or_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", "--summary", "--format", "json", str(EXAMPLE)])
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert "--format {json,jsonl,events-csv,quotes-csv} | --summary" in capsys.readouterr().out


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("fmt", "columns", "rows_of"),
    [("events-csv", EVENT_COLUMNS, event_rows), ("quotes-csv", QUOTE_COLUMNS, quote_rows)],
)
def test_csv_formats_are_the_batch_tables(
    fmt: str, columns: tuple[str, ...], rows_of: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["extract", "--format", fmt, str(EXAMPLE)], capsys)
    assert code == 0
    table = _csv(out)
    doc = diplotext.extract_record({"id": str(EXAMPLE), "text": EXAMPLE.read_text(encoding="utf-8")})
    assert table[0] == list(columns)
    assert table[1:] == rows_of(doc.to_dict())  # type: ignore[operator]
    assert len(table) > 2
    # the same rows as `diplotext batch --format ...`
    target = tmp_path / "batch.csv"
    assert main(["batch", str(EXAMPLE), "--format", fmt, "-o", str(target), "-j", "1"]) == 0
    capsys.readouterr()
    batch = _csv(target.read_text(encoding="utf-8"))
    assert [row[1:] for row in batch] == [row[1:] for row in table]  # batch names files by their name


def test_events_csv_has_the_icews_like_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--format", "events-csv", str(EXAMPLE)], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    text = EXAMPLE.read_text(encoding="utf-8")
    visits = [r for r in rows if r["type"] == "visit"]
    refusal = next(r for r in rows if r["type"] == "extradition_dispute")
    for row in visits:
        roles = json.loads(row["roles"])
        assert (row["source_actor"], row["source_country"], row["target_country"]) == (
            roles["visitor"],
            roles["visitor_state"],
            roles["host_state"],
        )
        assert row["target_actor"] == "; ".join(roles.get("met") or [])
        assert (row["code"], row["plover"]) == ("042", "CONSULT")
    # a refusal is done by the requested state to the requesting one
    roles = json.loads(refusal["roles"])
    assert refusal["status"] == "refused"
    assert (refusal["source_country"], refusal["target_country"]) == (
        roles["requested_state"],
        roles["requesting_state"],
    )
    assert refusal["plover"] == "REJECT"
    for row in rows:
        first_start, first_end = json.loads(row["evidence"])[0]
        assert " ".join(text[first_start:first_end].split()) in row["evidence_text"]
        assert row["doc_id"] == str(EXAMPLE) and row["event_id"].startswith("e")
        assert 0 < float(row["confidence"]) <= 1 and row["date"]
