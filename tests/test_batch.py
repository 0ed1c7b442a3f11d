"""`diplotext batch`: order, ids, resume, errors, index metadata, CSV formats, exit codes, Ctrl-C.

Every article here is written for the test into tmp_path. Runs with workers use `--jobs 2`; the rest
run in this process (`--jobs 1`) to keep the suite quick.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

import diplotext
from diplotext import hookimpl, plugins
from diplotext.batch import run_batch
from diplotext.cli import main
from diplotext.model import output_schema
from diplotext.tables import EVENT_COLUMNS, QUOTE_COLUMNS

VISIT = (
    "Premier flies to Canberra\n\n"
    "CANBERRA, May 4 (Wire) - Norwegian Prime Minister Kari Holm arrived in Canberra on Monday for a "
    "two-day visit, the first by a Norwegian leader in ten years, and met Australian Prime Minister "
    "Tom Reid.\n\n"
    '"Our two countries share the same ocean," Holm told reporters after the talks.\n\n'
    "Reid said the visit would deepen trade ties.\n"
)


def short(n: int) -> str:
    return f"Harbour report {n}\n\nThe port handled {n} ships on Tuesday.\n"


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["batch", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Ten short articles and one visit, in nested folders, with noise the search leaves out."""
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    for n in range(10):
        folder = root / ("a" if n < 4 else "b" if n < 7 else "b/deep")
        (folder / f"{n:02d}.txt").write_text(short(n), encoding="utf-8")
    (root / "a" / "visit.txt").write_text(VISIT, encoding="utf-8")
    (root / "README.TXT").write_text("not an article", encoding="utf-8")  # case as written: left out
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text(short(99), encoding="utf-8")
    return root


EXPECTED_IDS = [
    "a/00.txt",
    "a/01.txt",
    "a/02.txt",
    "a/03.txt",
    "a/visit.txt",
    "b/04.txt",
    "b/05.txt",
    "b/06.txt",
    "b/deep/07.txt",
    "b/deep/08.txt",
    "b/deep/09.txt",
]


def test_two_workers_write_in_input_order_with_stable_ids(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out2, out1 = tmp_path / "two.jsonl", tmp_path / "one.jsonl"
    code, _, err = run([str(corpus), "-o", str(out2), "--jobs", "2"], capsys)
    assert code == 0, err
    docs = lines(out2)
    assert [d["id"] for d in docs] == EXPECTED_IDS
    assert docs[0]["article"]["title"] == "Harbour report 0"  # type: ignore[index]
    for doc in docs:
        jsonschema.validate(doc, output_schema())
    # one plain summary line when standard error is not a terminal
    assert err.count("\n") == 1
    assert "11 articles" in err and "articles/s" in err and "0 with errors" in err
    assert run([str(corpus), "-o", str(out1), "--jobs", "1"], capsys)[0] == 0
    assert out1.read_bytes() == out2.read_bytes()
    # the same document as `extract` gives for the article alone
    alone = diplotext.extract_record({"id": "a/visit.txt", "text": VISIT}).to_dict()
    assert docs[4] == json.loads(json.dumps(alone))


def test_glob_and_several_inputs_ids_relative_to_their_common_folder(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(corpus / "b" / "*.txt"), "--jobs", "1"], capsys)
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["04.txt", "05.txt", "06.txt"]
    code, out, _ = run([str(corpus / "b" / "deep"), str(corpus / "a" / "01.txt"), "-j", "1"], capsys)
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == [
        "b/deep/07.txt",
        "b/deep/08.txt",
        "b/deep/09.txt",
        "a/01.txt",
    ]


def test_records_keep_their_ids_and_the_output_file_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = tmp_path / "feed.jsonl"
    stream.write_text(
        json.dumps({"id": "wire-1", "text": short(1)}) + "\n\n" + json.dumps({"text": short(2)}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"  # inside the input folder: left out of the search
    out.write_text("", encoding="utf-8")
    code, _, err = run([str(tmp_path), "-o", str(out), "-j", "1"], capsys)
    assert code == 0, err
    assert [d["id"] for d in lines(out)] == ["wire-1", "feed.jsonl:3"]


def test_resume_after_a_cut_output_gives_the_whole_run(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    assert run([str(corpus), "-o", str(full), "-j", "1"], capsys)[0] == 0
    data = full.read_bytes()
    third = data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1)
    cut.write_bytes(data[: third + 40])  # three whole lines and the start of a fourth
    code, _, err = run([str(corpus), "-o", str(cut), "--resume", "--jobs", "2"], capsys)
    assert code == 0, err
    assert "8 articles" in err and "3 already done" in err
    assert cut.read_bytes() == data
    # nothing left to do
    code, _, err = run([str(corpus), "-o", str(cut), "--resume", "-j", "1"], capsys)
    assert (code, cut.read_bytes()) == (0, data)
    assert "0 articles" in err and "11 already done" in err


@pytest.mark.parametrize(
    ("fmt", "content"),
    [
        ("jsonl", "hello\n"),
        ("jsonl", "no line end"),
        ("jsonl", json.dumps({"id": "r1", "text": "an input record, not an output document"}) + "\n"),
        ("events-csv", "name,age\nAda,36\n"),
        ("quotes-csv", "doc_id,published,quo"),  # half a header of another format
    ],
)
def test_resume_refuses_a_file_that_is_not_its_output(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, content: str
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text(content, encoding="utf-8")
    args = [str(corpus / "a"), "-o", str(other), "--resume", "-j", "1", "--format", fmt]
    if fmt == "quotes-csv":
        args[-1] = "events-csv"
    code, _, err = run(args, capsys)
    assert code == 2
    assert err.count("\n") == 1 and "notes.txt" in err and "not resuming" in err
    assert other.read_text(encoding="utf-8") == content  # left as it was


def test_an_input_file_is_never_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "r1", "text": short(1)}) + "\n", encoding="utf-8")
    before = feed.read_bytes()
    code, _, err = run([str(feed), "-o", str(feed), "-j", "1"], capsys)
    assert (code, err.count("\n")) == (2, 1) and "is an INPUT too" in err
    assert feed.read_bytes() == before


def test_bad_files_and_records_become_errors_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "1-good.txt").write_text(short(1), encoding="utf-8")
    (root / "2-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "3-broken.json").write_text('{"text": "unfinished', encoding="utf-8")
    (root / "4-feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": short(4)})
        + "\n{not json\n"
        + json.dumps({"id": "late", "text": short(5), "published": "last Tuesday"})
        + "\n",
        encoding="utf-8",
    )
    (root / "5-empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run([str(root), "-o", str(out), "-j", "1"], capsys)
    assert code == 0, err
    docs = {d["id"]: d for d in lines(out)}
    assert list(docs) == [
        "1-good.txt",
        "2-binary.txt",
        "3-broken.json",
        "ok",
        "4-feed.jsonl:2",
        "late",
        "5-empty.txt",
    ]
    assert docs["1-good.txt"]["errors"] == []
    assert "binary data" in docs["2-binary.txt"]["errors"][0]["message"]  # type: ignore[index]
    assert "invalid JSON" in docs["3-broken.json"]["errors"][0]["message"]  # type: ignore[index]
    assert "invalid JSON" in docs["4-feed.jsonl:2"]["errors"][0]["message"]  # type: ignore[index]
    # a bad date is reported and left out; the article is still read
    late = docs["late"]
    assert "last Tuesday" in late["errors"][0]["message"]  # type: ignore[index]
    assert late["article"]["title"] == "Harbour report 5"  # type: ignore[index]
    assert "5 with errors" in err


def test_index_metadata_is_applied_to_the_files_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "wire"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "one.txt").write_text(VISIT, encoding="utf-8")
    (root / "two.txt").write_text(short(2), encoding="utf-8")
    (root / "recs.jsonl").write_text(
        json.dumps({"id": "r1", "text": short(3), "title": "Own title"}) + "\n", encoding="utf-8"
    )
    index = root / "index.tsv"
    index.write_text(
        "file\tset\tpublished\ttitle\turl\n"
        'sub/one.txt\tx\t2031-05-04\tIndexed "title"\thttps://example.org/one\n'
        "recs.jsonl\tx\t2031-01-02\tIndex title\t\n"
        "missing.txt\tx\t2031-01-03\tNobody\t\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    code, _, err = run([str(root), "-o", str(out), "--index", str(index), "-j", "1"], capsys)
    assert code == 0, err
    docs = {d["id"]: d["article"] for d in lines(out)}
    one = docs["sub/one.txt"]
    assert (one["published"], one["title"], one["url"]) == (  # type: ignore[index]
        "2031-05-04",
        'Indexed "title"',
        "https://example.org/one",
    )
    assert docs["two.txt"]["published"] is None  # type: ignore[index]
    # a record's own fields win; the index fills what it leaves out
    assert (docs["r1"]["title"], docs["r1"]["published"]) == ("Own title", "2031-01-02")  # type: ignore[index]


def test_events_and_quotes_csv(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonl = tmp_path / "docs.jsonl"
    assert run([str(corpus / "a"), "-o", str(jsonl), "-j", "1"], capsys)[0] == 0
    visit = next(d for d in lines(jsonl) if d["id"] == "visit.txt")
    for fmt, columns, key in (
        ("events-csv", EVENT_COLUMNS, "events"),
        ("quotes-csv", QUOTE_COLUMNS, "quotes"),
    ):
        out = tmp_path / f"{fmt}.csv"
        code, _, err = run([str(corpus / "a"), "-o", str(out), "--format", fmt, "-j", "1"], capsys)
        assert code == 0, err
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert tuple(rows[0]) == columns
        items = visit[key]
        assert isinstance(items, list) and items
        assert len(rows) == 1 + len(items)  # the short articles have none
        for row, item in zip(rows[1:], items, strict=True):
            cell = dict(zip(columns, row, strict=True))
            assert cell["doc_id"] == "visit.txt"
            assert cell["published"] == ""
            if key == "events":
                assert (cell["event_id"], cell["type"], cell["code"]) == (item["id"], "visit", item["code"])
                assert json.loads(cell["roles"]) == item["roles"]
                assert json.loads(cell["evidence"]) == item["evidence"]
                assert int(cell["start"]) == min(s for s, _ in item["evidence"])
                assert cell["status"] == item["attributes"]["status"]
            else:
                assert (cell["kind"], cell["speaker"], cell["text"]) == (
                    item["kind"],
                    item["speaker"],
                    item["text"],
                )
                assert (int(cell["start"]), int(cell["end"])) == (item["start"], item["end"])
                assert VISIT[int(cell["start"]) : int(cell["end"])] == cell["text"]
    assert [r[2] for r in csv.reader(io.StringIO((tmp_path / "quotes-csv.csv").read_text()))][1:] == [
        "q1",
        "q2",
    ]


def test_csv_resume_redoes_the_last_document(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, cut = tmp_path / "full.csv", tmp_path / "cut.csv"
    args = [str(corpus / "a"), "--format", "quotes-csv", "-j", "1"]
    assert run([*args, "-o", str(full)], capsys)[0] == 0
    data = full.read_bytes()
    cut.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 1])  # the last quote row is lost
    code, _, err = run([*args, "-o", str(cut), "--resume"], capsys)
    assert code == 0, err
    assert cut.read_bytes() == data


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["{tmp}/nowhere", "-o", "{tmp}/o.jsonl"], "nowhere: no such file or folder"),
        (["{tmp}/in/*.html"], "no article file matches"),
        (["{tmp}/empty"], "no article files in this folder"),
        (["{tmp}/in", "-o", "{tmp}/no/such/dir/o.jsonl"], "o.jsonl: No such file or directory"),
        (["{tmp}/in", "-o", "{tmp}/in"], "Is a directory"),
        (["{tmp}/in", "--jobs", "0"], "--jobs must be at least 1"),
        (["{tmp}/in", "--resume"], "--resume needs -o FILE"),
        (["{tmp}/in", "--published", "yesterday"], "--published"),
        (["{tmp}/in", "--plugins", "nonesuch"], "unknown plugin 'nonesuch'"),
        (["{tmp}/in", "--index", "{tmp}/in/a.txt"], "needs a 'file' column"),
    ],
)
def test_bad_usage_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(short(1), encoding="utf-8")
    (tmp_path / "empty").mkdir()
    code, out, err = run([a.format(tmp=tmp_path) for a in args], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("diplotext batch: ") and needle in err, err


class _Killer:
    """Kills its own process on one article, as the system would a worker out of memory."""

    @hookimpl
    def extract_events(self, article: diplotext.Article) -> list[diplotext.Event]:
        if "SELF-DESTRUCT" in article.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return []


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_an_article_that_kills_its_worker_is_an_errors_entry(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "a" / "02.txt").write_text("Doom\n\nSELF-DESTRUCT now.\n", encoding="utf-8")
    plugins.register(_Killer(), "killer")
    try:
        out = tmp_path / "out.jsonl"
        code = run_batch([str(corpus)], str(out), jobs=2, start_method="fork")
    finally:
        plugins.unregister("killer")
    assert code == 0, capsys.readouterr().err
    docs = lines(out)
    assert [d["id"] for d in docs] == EXPECTED_IDS
    bad = [d for d in docs if d["errors"]]
    assert [d["id"] for d in bad] == ["a/02.txt"]
    assert bad[0]["errors"][0]["stage"] == "worker"  # type: ignore[index]


class _KillsAll:
    @hookimpl
    def extract_events(self, article: diplotext.Article) -> list[diplotext.Event]:
        os.kill(os.getpid(), signal.SIGKILL)
        return []


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_workers_that_keep_dying_stop_the_run_without_blaming_articles(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plugins.register(_KillsAll(), "kills_all")
    try:
        out = tmp_path / "out.jsonl"
        code = run_batch([str(corpus)], str(out), jobs=2, start_method="fork")
    finally:
        plugins.unregister("kills_all")
    err = capsys.readouterr().err
    assert code == 1
    assert "died on 3 articles in a row" in err and "--resume" in err
    assert out.read_text(encoding="utf-8") == ""


def test_workers_started_afresh_give_the_same_output(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing a worker needs comes from the parent's memory: tasks and settings are pickled."""
    spawned, here = tmp_path / "spawn.jsonl", tmp_path / "here.jsonl"
    assert run_batch([str(corpus / "b")], str(spawned), jobs=2, start_method="spawn", fmt="events-csv") == 0
    assert run_batch([str(corpus / "b")], str(here), jobs=1, fmt="events-csv") == 0
    assert spawned.read_bytes() == here.read_bytes()
    capsys.readouterr()


def test_progress_bar(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_batch([str(corpus / "a")], str(tmp_path / "o.jsonl"), jobs=1, progress=True) == 0
    err = capsys.readouterr().err
    assert "5/5" in err and "articles/s" in err


def test_ctrl_c_leaves_whole_lines_and_resume_finishes(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for n in range(150):
        (root / f"{n:03d}.txt").write_text(VISIT.replace("Premier", f"Premier {n}"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(Path(diplotext.__file__).parent.parent)}
    cmd = [sys.executable, "-m", "diplotext.cli", "batch", str(root), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the parent and its workers
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run ended before Ctrl-C arrived")
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume" in err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    done = [json.loads(line)["id"] for line in data.splitlines()]
    assert done == [f"{n:03d}.txt" for n in range(len(done))]
    assert 5 <= len(done) < 150
    subprocess.run([*cmd, "--resume"], env=env, check=True, capture_output=True)
    assert [d["id"] for d in lines(out)] == [f"{n:03d}.txt" for n in range(150)]


def test_time_mode_reaches_the_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "story"
    root.mkdir()
    (root / "a.txt").write_text("Talks\n\nThe talks began on 3 May 1990. Two days later they ended.\n")
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(root), "-o", str(out), "-j", "2", "--time-mode", "narrative"])
    assert code == 0, capsys.readouterr().err
    values = {d["text"]: d["value"] for d in lines(out)[0]["dates"]}  # type: ignore[union-attr]
    assert values["Two days later"] == "1990-05-05"


def test_the_csv_columns_are_the_documented_ones() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "scale.md").read_text(encoding="utf-8")
    for columns in (EVENT_COLUMNS, QUOTE_COLUMNS):
        assert "    " + ",".join(columns) + "\n" in page


class _Dawdler:
    """Sleeps on one article, past any small time budget."""

    @hookimpl
    def extract_dates(self, article: diplotext.Article) -> None:
        if "DAWDLE" in article.text:
            time.sleep(0.5)


def test_time_budget_names_the_slow_plugin_and_keeps_the_rest(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "a" / "02.txt").write_text("Slow day\n\nDAWDLE. The minister met Ann Berg.\n", encoding="utf-8")
    plugins.register(_Dawdler(), "dawdler")
    try:
        out = tmp_path / "out.jsonl"
        code, _, err = run([str(corpus), "-o", str(out), "--jobs", "1", "--time-budget", "0.2"], capsys)
    finally:
        plugins.unregister("dawdler")
    assert code == 0, err
    docs = {d["id"]: d for d in lines(out)}
    assert sorted(docs) == EXPECTED_IDS
    slow = docs["a/02.txt"]
    assert slow["errors"][0]["plugin"] == "dawdler"  # type: ignore[index]
    assert "ran past the time budget of 0.2 s" in slow["errors"][0]["message"]  # type: ignore[index]
    assert {e["plugin"] for e in slow["errors"]} >= {"dawdler", "quotes"}  # type: ignore[union-attr]
    assert slow["actors"]  # what ran before stands
    assert all(not d["errors"] for i, d in docs.items() if i != "a/02.txt")
    code, _, err = run([str(corpus), "-o", str(tmp_path / "x.jsonl"), "--time-budget", "0"], capsys)
    assert code == 2 and "--time-budget must be a positive number" in err


def test_a_worker_freezes_its_heap_once_after_its_first_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The objects a worker loads for good are taken out of the cyclic collector's reach once,
    after its first chunk (the plugins' lazily loaded tables included), and never again."""
    import gc

    from diplotext import batch_workers
    from diplotext.batch_inputs import BadTask

    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    monkeypatch.setattr(batch_workers, "_heap_settled", False)
    first = batch_workers.work([BadTask("a", "unreadable")])
    assert frozen == [1] and len(first) == 1
    batch_workers.work([BadTask("b", "unreadable"), BadTask("c", "unreadable")])
    assert frozen == [1]
