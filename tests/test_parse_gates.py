"""Clause parses spared by a word test (issue 12, twenty-fifth session, helper speed28): three
extradition readings need a word in the sentence before a clause of it can count — "instead of" or
"than" (a course taken instead of a surrender), "pending" (a case told pending), "whose" (a relative
clause on the suspect) — and skip a sentence's parse where its text holds none
(``ClauseLayer.may_hold``, which reads the sentence's places all the same). The document must be
the one read with every such sentence parsed."""

from __future__ import annotations

from typing import Any

import pytest

from diplotext import extract
from diplotext.extractors.extradition import alternatives, pending_cases, whose
from diplotext.syntax import ClauseLayer

_STORIES = [
    "Portugal has offered to try Rui Tavel at home instead of extraditing him to Brazil, officials said"
    " on Monday. Brazil asked Portugal to extradite Tavel in May. Tavel was arrested in Lisbon in April"
    " on a Brazilian warrant. Lisbon would rather try him than hand him over.",
    "Police in Madrid arrested Ivo Sarna, whose extradition Peru has sought since 2019, on Monday. Peru"
    " wants him extradited to face fraud charges. His case is pending before the National Court.",
    "Spain will extradite Lea Kost to Chile, a court in Madrid ruled on Friday. Chile accused her of"
    " fraud and asked for her extradition in March. She was arrested in Madrid in March.",
]

_GATES = {
    id(alternatives._INSTEAD_WORDS): "instead",
    id(pending_cases._PENDING_WORD): "pending",
    id(whose._WHOSE_WORDS): "whose",
}


def test_the_gate_words_are_those_the_readings_need() -> None:
    assert {"instead", "than"} == alternatives._INSTEAD_WORDS
    assert "pending" in pending_cases._PENDING_WORD
    assert whose._WHOSE.search("X, WHOſE extradition Peru sought") is not None  # the long s
    assert set(whose._WHOSE_WORDS) == {"whose", "ſ"}


def test_sentences_skipped_without_the_word_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [extract(text).to_dict() for text in _STORIES]
    plain = ClauseLayer.may_hold
    skipped: set[str] = set()

    def always(self: ClauseLayer, sentence: int, words: Any) -> bool:
        if not plain(self, sentence, words) and id(words) in _GATES:
            skipped.add(_GATES[id(words)])
        return True

    monkeypatch.setattr(ClauseLayer, "may_hold", always)
    assert [extract(text).to_dict() for text in _STORIES] == gated
    assert skipped == {"instead", "pending", "whose"}  # each gate spares a parse somewhere


def test_the_readings_behind_the_gates_still_read() -> None:
    refused = extract(_STORIES[0]).to_dict()["events"]
    assert [e["attributes"]["status"] for e in refused] == ["refused"]  # "instead of extraditing him"
    pending = extract(_STORIES[1]).to_dict()["events"]
    assert [e["attributes"]["status"] for e in pending] == ["pending"]  # "His case is pending"
