"""``diplotext eval`` on the JSON timex sets (MEANTIME, EventStoryLine, WikiWars, tweets shape).

The records here are written for these tests; the real sets in ../shared are scored by `make bench`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplotext.cli import main
from diplotext.evaluation.cli import detect_kind
from diplotext.evaluation.common import GoldError, Options
from diplotext.evaluation.timeml import _same_value
from diplotext.evaluation.timexjson import score_timex_json

TEXT = "May 4, 2030\nThe envoy arrived on Tuesday and will stay for three days."


def record(**over: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": "r1",
        "title": "Envoy arrives",
        "text": TEXT,
        "published": "2030-05-04",
        "timexes": [
            {"text": "Tuesday", "start": 33, "end": 40, "type": "DATE", "value": "2030-04-30"},
            {"text": "three days", "start": 59, "end": 69, "type": "DURATION", "value": "P3D"},
        ],
        "ignore": [{"start": 0, "end": 11, "text": "May 4, 2030", "why": "DCT"}],
    }
    rec.update(over)
    return rec


def write(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "gold.json").write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_offsets_of_the_fixture() -> None:
    for t in record()["timexes"]:
        assert TEXT[t["start"] : t["end"]] == t["text"]


def test_a_json_timex_set_is_detected_as_a_file_or_its_folder(tmp_path: Path) -> None:
    folder = write(tmp_path, [record()])
    assert detect_kind(folder) == "timexjson"
    assert detect_kind(folder / "gold.json") == "timexjson"


def test_scores_extent_value_and_type_and_ignores_the_date_line(tmp_path: Path) -> None:
    result = score_timex_json(write(tmp_path, [record()]), Options(plugins=["dates"]))
    m = result.metrics()
    assert result.documents == 1
    # "May 4, 2030" is found too, but it lies in an ignore span: no false positive
    assert m["timex3.strict extent.precision"] == 1.0 and m["timex3.strict extent.recall"] == 1.0
    assert m["timex3.value.f1"] == 1.0 and m["timex3.type.f1"] == 1.0


def test_a_wrong_gold_value_costs_value_not_extent(tmp_path: Path) -> None:
    rec = record()
    rec["timexes"][0]["value"] = "2030-05-07"
    m = score_timex_json(write(tmp_path, [rec]), Options(plugins=["dates"])).metrics()
    assert m["timex3.relaxed extent.f1"] == 1.0
    assert m["timex3.value.f1"] == 0.5


def test_bad_records_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="start/end"):
        score_timex_json(write(tmp_path, [record(timexes=[{"text": "x", "start": 5, "end": 2}])]))


@pytest.mark.parametrize(
    ("gold", "system", "tolerant", "same"),
    [
        ("P2DE", "P20Y", False, True),  # decades as years
        ("P1CE", "P100Y", False, True),
        ("BC0264", "-0263", False, True),  # ISO astronomical year
        ("BC0264", "-0264", False, False),
        ("2013-05-02T22:40Z", "2013-05-02T17:40", True, True),  # a stated time moved to UTC
        ("2013-05-03T02:40Z", "2013-05-02T21:40", True, True),  # across midnight
        ("2013-05-02T22:40Z", "2013-05-02T17:40", False, False),
        ("2013-05-02T22:40Z", "2013-05-02T17:41", True, False),
        ("2013-05-02", "2013-05-03", True, False),
        ("2000-W7", "2000-W07", False, True),  # a week number without its leading zero
        ("2000-W7-WE", "2000-W07-WE", False, True),
        ("2000-W7", "2000-W17", False, False),
    ],
)
def test_value_spellings_the_sets_differ_on(gold: str, system: str, tolerant: bool, same: bool) -> None:
    assert _same_value(gold, system, zone_tolerant=tolerant) is same


def test_cli_reads_a_timex_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write(tmp_path, [record()])
    assert main(["eval", "--plugins", "dates", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "timex JSON" in out and "relaxed extent" in out
