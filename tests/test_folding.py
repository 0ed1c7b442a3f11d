"""Accents off: ``folding.strip_marks`` drops exactly the characters of a non-zero combining class
after NFKD, as the per-character loop it replaces did, whatever it has seen before."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplotext import folding


def _reference(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Latin with accents, the combining block, Greek with tonos, Vietnamese, Devanagari (a nukta of
# class 7), Hebrew points, Hangul syllables (decomposed to jamo of class 0), ligatures and fractions
BLOCKS = [(0x00A0, 0x0250), (0x0300, 0x0370), (0x0370, 0x0400), (0x1E00, 0x1F00), (0x0900, 0x0980)]
BLOCKS += [(0x0590, 0x0600), (0xAC00, 0xAC40), (0xFB00, 0xFB08), (0x2150, 0x2190)]


@pytest.mark.parametrize(("first", "stop"), BLOCKS)
def test_each_character_folds_as_the_reference_does(first: int, stop: int) -> None:
    for code in range(first, stop):
        char = chr(code)
        assert folding.strip_marks(char) == _reference(char), hex(code)


def test_names_and_places_lose_their_accents() -> None:
    assert folding.strip_marks("Zürich") == "Zurich"
    assert folding.strip_marks("Nguyễn Tấn Dũng") == "Nguyen Tan Dung"
    assert folding.strip_marks("Ἀθῆναι") == "Αθηναι"
    assert folding.strip_marks("ﬁnal ½") == "final 1⁄2"  # compatibility forms are decomposed too
    assert folding.without_marks("e\u0301") == "e"  # no normalisation: only the mark goes
    assert folding.without_marks("Zürich") == "Zürich"  # a precomposed letter is no mark


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20))
def test_any_text_folds_as_the_reference_does(text: str) -> None:
    assert folding.strip_marks(text) == _reference(text)


def test_the_table_stops_growing_but_still_folds(monkeypatch: pytest.MonkeyPatch) -> None:
    table = folding._Marks()
    monkeypatch.setattr(folding, "_MARKS", table)
    monkeypatch.setattr(folding, "_MAX_KNOWN", 3)
    assert folding.without_marks("ae\u0301\u0308iou") == "aeiou"
    assert len(table) == 3
