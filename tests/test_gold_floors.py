"""Guard rails: the evaluation on the real gold in ../shared must not fall below the floors pinned in
tests/baseline.json (floors are scores already reached; raise them as the extractors improve).

    python tests/test_gold_floors.py            # print today's figures beside the floors
    python tests/test_gold_floors.py --reset    # pin every floor MARGIN under today's figure

Floors are aggregate figures per gold file, a few points under today's, never 1.0: a change that fixes
many unseen cases and costs one seen case must be able to land. Skipped when ../shared is absent.
TimeML and PolNeAR are scored on small samples to keep this quick.
"""

from __future__ import annotations

import functools
import json
import math
import sys
from pathlib import Path
from typing import Any

import pytest

from diplotext.evaluation.cli import evaluate
from diplotext.evaluation.common import Options

BASELINE = Path(__file__).resolve().parent / "baseline.json"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

DATASETS: dict[str, tuple[str, int | None]] = {
    "seeds": ("gold/seeds.json", None),
    "dev": ("gold/dev.json", None),
    "events_dev": ("gold/events_dev.json", None),
    "timebank-20": ("bench/timex/TimeBank", 20),
    "polnear-dev-20": ("bench/quotes/polnear/dev", 20),
}
"""Baseline key -> (path under shared/, number of documents scored)."""

TOLERANCE = 5e-4
"""Rounding slack: figures are stored to 3 decimals, rounded down."""

MARGIN = 0.03
"""How far under today's figure a floor is pinned."""


def load_baseline() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


@functools.cache
def measure(name: str, shared: Path = SHARED) -> dict[str, float]:
    rel, limit = DATASETS[name]
    return evaluate(shared / rel, Options(limit=limit)).metrics()


def test_baseline_covers_every_dataset() -> None:
    floors = load_baseline()["floors"]
    assert set(floors) == set(DATASETS)
    for name, values in floors.items():
        assert values, name
        assert all(0.0 <= v <= 1.0 - MARGIN + TOLERANCE for v in values.values()), name


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(DATASETS))
def test_scores_stay_above_floors(shared: Path, name: str) -> None:
    floors: dict[str, float] = load_baseline()["floors"][name]
    got = measure(name, shared)
    dropped = {
        key: (floor, got.get(key))
        for key, floor in floors.items()
        if floor > 0 and got.get(key, 0.0) < floor - TOLERANCE
    }
    assert not dropped, f"{name}: below the pinned floor (floor, now): {dropped}"


def _floor3(value: float) -> float:
    return math.floor(value * 1000 + 1e-9) / 1000


def pinned(now: float) -> float:
    """The floor for a figure reached today: MARGIN under it, 3 decimals."""
    return max(0.0, _floor3(now - MARGIN))


def main(argv: list[str]) -> int:
    reset = "--reset" in argv
    data = load_baseline()
    for name in DATASETS:
        got = measure(name)
        floors = data["floors"].get(name, {})
        print(f"== {name}")
        for key in sorted(set(got) | set(floors)):
            now, floor = got.get(key), floors.get(key)
            mark = "  " if floor is None or now is None or now >= floor - TOLERANCE else "! "
            print(f"{mark}{key:<50} floor {floor!s:>6}  now {now!s:>6}")
        if reset:
            data["floors"][name] = {key: pinned(now) for key, now in got.items()}
    if reset:
        BASELINE.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"floors written to {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
