"""The clause layer asks for a sentence's places only once (issue 12, twenty-first session): a
lookup over sentences whose places are read calls no place reading, and finds what it found."""

from __future__ import annotations

import pytest

from diplotext.syntax import Entity
from diplotext.syntax.layer import ClauseLayer


def _places(text: str, start: int, end: int) -> list[Entity]:
    at = text.find("Oslo", start, end)
    return [] if at < 0 else [Entity(start=at, end=at + 4, kind="place", text="Oslo")]


def test_entities_in_reads_each_sentences_places_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "He flew to Oslo. She stayed home. They met in Oslo."
    spans = [(0, 16), (17, 33), (34, len(text))]
    layer = ClauseLayer(text, spans, (), _places)
    first = layer.entities_in(0, len(text))
    assert [e.start for e in first] == [11, 46]
    calls: list[int] = []
    real = ClauseLayer._complete
    monkeypatch.setattr(ClauseLayer, "_complete", lambda self, i: calls.append(i) or real(self, i))
    assert layer.entities_in(0, len(text)) == first
    assert layer.entities_in(17, 33) == []
    assert calls == []
