"""The ``dates`` plugin against the project gold (``../shared/gold``): every required date, no trap.

A required date counts as found when an expression with the same text (or, failing that, one that
contains it or lies inside it, e.g. "the past 13 years" for "13 years") has the gold value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import diplotext
from diplotext.model import TemporalExpression

pytestmark = pytest.mark.shared


def _articles(shared: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in ("seeds.json", "dev.json"):
        out.extend(json.loads((shared / "gold" / name).read_text(encoding="utf-8")))
    return out


def _published(item: dict[str, Any]) -> str:
    return str(item.get("published") or item["article"]["published"])


def _match(
    gold: dict[str, Any], found: list[TemporalExpression], used: set[int]
) -> TemporalExpression | None:
    text = gold["text"]
    tests: tuple[Callable[[TemporalExpression], bool], ...] = (
        lambda t: t.text == text,  # the same words
        lambda t: text in t.text,  # a longer extent: "the past 13 years" for "13 years"
        lambda t: t.text in text,  # a shorter one
    )
    for same in tests:
        for i, t in enumerate(found):
            if i not in used and same(t):
                used.add(i)
                return t
    return None


def test_every_required_date_is_found_with_its_value(shared: Path) -> None:
    problems: list[str] = []
    for item in _articles(shared):
        text = (shared / item["file"]).read_text(encoding="utf-8")
        doc = diplotext.extract(text, published=_published(item), plugins=["dates"])
        found = list(doc.dates)
        used: set[int] = set()
        # exact texts first, so a short gold string does not take a longer expression's place
        golds = sorted(item["dates"], key=lambda g: -len(g["text"]))
        for gold in golds:
            t = _match(gold, found, used)
            if t is None:
                problems.append(f"{item['file']}: missed {gold['text']!r}")
            elif t.value != gold["value"] or (gold.get("mod") and t.mod != gold["mod"]):
                problems.append(
                    f"{item['file']}: {gold['text']!r} -> {t.value} {t.mod}, gold {gold['value']}"
                )
    assert problems == []


def test_no_trap_is_tagged(shared: Path) -> None:
    taken: list[str] = []
    for item in _articles(shared):
        if not item.get("not_dates"):
            continue
        text = (shared / item["file"]).read_text(encoding="utf-8")
        doc = diplotext.extract(text, published=_published(item), plugins=["dates"])
        taken += [f"{item['file']}: {t.text!r}" for t in doc.dates if t.text in item["not_dates"]]
    assert taken == []
