"""The command line: `diplotext extract` and `diplotext plugins` as the contract says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from diplotext.cli import main
from diplotext.model import output_schema

ARTICLE = (
    "Minister lands in Hanoi for talks\n\n"
    "HANOI, March 3 (Wire) - The visiting trade minister met officials on Tuesday.\n\n"
    "Talks will continue on Wednesday, an aide said.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "hanoi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_one_text_file(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", "--published", "2023-03-03", str(article)], capsys)
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, output_schema())
    assert doc["id"] == str(article)
    assert doc["article"]["title"] == "Minister lands in Hanoi for talks"
    assert doc["article"]["published"] == "2023-03-03"
    assert out.startswith("{\n")  # one pretty document by default


def test_several_inputs_give_jsonl(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "two.txt"
    other.write_text("Second title\n\nSecond body.\n", encoding="utf-8")
    code, out, _ = run(["extract", str(article), str(other)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["article"]["title"] for line in lines] == [
        "Minister lands in Hanoi for talks",
        "Second title",
    ]


def test_json_and_jsonl_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rec = tmp_path / "one.json"
    rec.write_text(
        json.dumps({"id": "r1", "text": ARTICLE, "title": "Given title", "published": "2020-01-02"})
    )
    code, out, _ = run(["extract", str(rec)], capsys)
    assert code == 0
    doc = json.loads(out)
    assert (doc["id"], doc["article"]["title"], doc["article"]["published"]) == (
        "r1",
        "Given title",
        "2020-01-02",
    )
    stream = tmp_path / "many.jsonl"
    stream.write_text(
        json.dumps({"id": "ok1", "text": "T\n\nBody one."})
        + "\n{not json\n"
        + json.dumps({"id": "bad", "title": "no text field"})
        + "\n"
        + json.dumps({"text": "T\n\nBody three."})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(["extract", str(stream)], capsys)
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["ok1", f"{stream}:2", f"{stream}:3", f"{stream}:4"]
    assert docs[0]["errors"] == [] and docs[3]["errors"] == []
    assert "invalid JSON" in docs[1]["errors"][0]["message"]
    assert '"text"' in docs[2]["errors"][0]["message"]


def test_given_published_overrides_and_option_only_fills_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = tmp_path / "r.jsonl"
    rec.write_text(
        json.dumps({"text": "T\n\nBody.", "published": "2001-05-06"})
        + "\n"
        + json.dumps({"text": "T\n\nB."}),
        encoding="utf-8",
    )
    code, out, _ = run(["extract", "--published", "2010-10-10", str(rec)], capsys)
    assert code == 0
    assert [json.loads(x)["article"]["published"] for x in out.splitlines()] == ["2001-05-06", "2010-10-10"]


def test_output_file_and_format(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = run(["extract", "--format", "jsonl", "-o", str(target), str(article)], capsys)
    assert code == 0 and out == ""
    (line,) = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["schema"] == "diplotext/1"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\x00\x01\x02binary\x00", "binary data"), (None, "No such file")],
)
def test_unreadable_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert str(path) in err and reason in err


def test_invalid_json_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{oops", encoding="utf-8")
    code, _, err = run(["extract", str(path)], capsys)
    assert code == 2 and "broken.json: invalid JSON" in err and err.count("\n") == 1


def test_bad_published_and_unknown_plugin_exit_2(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "--published", "next tuesday", str(article)], capsys)
    assert code == 2 and "--published" in err
    code, _, err = run(["extract", "--plugins", "dates,nope", str(article)], capsys)
    assert code == 2 and "unknown plugin 'nope'" in err


def test_plugins_option_limits_the_run(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--plugins", "dates", str(article)], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["actors"] == [] and doc["quotes"] == [] and doc["events"] == []


def test_mis_encoded_text_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 talks\n\nThe envoy met the pr\u00e9sident.\n".encode("cp1252"))
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0
    assert json.loads(out)["article"]["title"] == "Caf\u00e9 talks"


def test_stdin_and_console_script(article: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "diplotext.cli", "extract", "--published", "2023-03-03"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=True,
    )
    doc = json.loads(proc.stdout)
    assert doc["id"] == "<stdin>"
    assert doc["article"]["title"] == "Minister lands in Hanoi for talks"


def test_summary_is_human_readable(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--summary", "--published", "2023-03-03", str(article)], capsys)
    assert code == 0
    assert out.startswith("# Minister lands in Hanoi for talks\n  2023-03-03")


def test_a_record_with_a_bad_date_is_an_errors_entry_and_the_stream_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = tmp_path / "dates.jsonl"
    stream.write_text(
        json.dumps({"id": "a", "text": "T\n\nThe envoy arrived on Monday.", "published": "garbage"})
        + "\n"
        + json.dumps({"id": "b", "text": "T\n\nThe envoy left on Tuesday.", "published": "2030-06-12"})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(["extract", str(stream)], capsys)
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b"]
    assert docs[0]["article"]["published"] is None
    assert "published" in docs[0]["errors"][0]["message"]
    assert docs[1]["errors"] == [] and docs[1]["article"]["published"] == "2030-06-12"


def test_extract_loads_no_batch_or_eval_modules(article: Path) -> None:
    code = (
        "import sys; from diplotext.cli import main; main(['extract', sys.argv[1]]); "
        "print(sorted(m for m in sys.modules if m.startswith(('diplotext.batch', 'diplotext.evaluation', "
        "'multiprocessing', 'concurrent'))), file=sys.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(article)], capture_output=True, text=True, check=True
    )
    assert proc.stderr.strip() == "[]"
    assert json.loads(proc.stdout)["article"]["title"] == "Minister lands in Hanoi for talks"


@pytest.mark.parametrize("command", ["batch", "eval"])
def test_every_command_keeps_its_options(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--plugins" in capsys.readouterr().out


DATED = "Envoy in Seoul\n\nPublished: 12 April 2012\n\nThe envoy arrived in Seoul on Monday for talks.\n"


def test_published_policy_fill_and_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--published means what extract(published=...) means: it fills a missing date, and with
    --published-policy override it wins over the text's date line and a record's field."""
    dated = tmp_path / "dated.txt"
    dated.write_text(DATED, encoding="utf-8")
    rec = tmp_path / "r.jsonl"
    rec.write_text(json.dumps({"text": "T\n\nBody.", "published": "2001-05-06"}) + "\n", encoding="utf-8")

    def published(*args: str) -> list[str]:
        code, out, err = run(["extract", "--format", "jsonl", *args], capsys)
        assert code == 0, err
        return [json.loads(line)["article"]["published"] for line in out.splitlines()]

    assert published("--published", "2012-04-20", str(dated), str(rec)) == ["2012-04-12", "2001-05-06"]
    assert published("--published", "2012-04-20", "--published-policy", "fill", str(dated)) == ["2012-04-12"]
    assert published("--published", "2012-04-20", "--published-policy", "override", str(dated), str(rec)) == [
        "2012-04-20",
        "2012-04-20",
    ]
    import diplotext

    for policy in ("fill", "override"):  # the same answer as the Python call
        doc = diplotext.extract(DATED, published="2012-04-20", published_policy=policy)
        assert published("--published", "2012-04-20", "--published-policy", policy, str(dated)) == [
            doc.to_dict()["article"]["published"]
        ]
    code, _, err = run(["extract", "--published-policy", "override", str(dated)], capsys)
    assert code == 2 and "--published" in err
