"""The invented battery under benchmarks/battery parses as diplotext gold and every article it
names exists (no accuracy is asserted here: the battery measures, it does not pin)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotext.evaluation.common import half_of

BATTERY = Path(__file__).resolve().parent.parent / "benchmarks" / "battery"
GOLDS = sorted(BATTERY.glob("*/gold.json"))


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.parent.name)
def test_battery_gold_parses_and_files_exist(gold: Path) -> None:
    entries = json.loads(gold.read_text(encoding="utf-8"))
    assert isinstance(entries, list) and entries
    for entry in entries:
        path = BATTERY / entry["file"]
        assert path.is_file(), entry["file"]
        text = path.read_text(encoding="utf-8")
        title, blank, _ = text.split("\n", 2)
        assert title.strip() and not blank.strip(), entry["file"]
        assert entry["layers"] == ["events"]
        assert len(entry["published"]) == 10
        for event in entry["events"] + entry["optional_events"]:
            assert event["type"] in {"visit", "extradition_dispute"}
            assert event["evidence"] in text, (entry["file"], event["evidence"][:50])


def test_battery18_halves_are_both_used() -> None:
    gold = BATTERY / "battery18" / "gold.json"
    entries = json.loads(gold.read_text(encoding="utf-8"))
    halves = [half_of(entry["file"]) for entry in entries]
    assert halves.count("a") == halves.count("b") == 30


@pytest.mark.parametrize(("battery", "no_event"), [("battery19", 4), ("battery27", 7)])
def test_battery_halves_are_balanced(battery: str, no_event: int) -> None:
    gold = BATTERY / battery / "gold.json"
    entries = json.loads(gold.read_text(encoding="utf-8"))
    assert len(entries) == 50
    halves = [half_of(entry["file"]) for entry in entries]
    assert halves.count("a") == halves.count("b") == 25
    for half in ("a", "b"):
        mine = [e for e in entries if half_of(e["file"]) == half]
        assert sum(not e["events"] for e in mine) >= no_event, half
        assert sum(ev["type"] == "extradition_dispute" for e in mine for ev in e["events"]) >= 8, half


@pytest.mark.parametrize("battery", ["battery18", "battery19"])
def test_battery_scores_with_diplotext_eval(battery: str) -> None:
    from diplotext.evaluation.cli import evaluate
    from diplotext.evaluation.common import Options

    result = evaluate(BATTERY / battery / "gold.json", Options(plugins=None))
    metrics = result.metrics()
    assert any(key.startswith("events.visit.") for key in metrics)
