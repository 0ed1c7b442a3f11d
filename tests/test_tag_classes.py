"""The clause tokenizer keeps a word's tag by the class of the tag before it (issue 12, twenty-first
session): one entry serves every tag the tagger does not tell apart, and the tags it gives are those
read afresh for every word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.syntax import tokens as clause_tokens


def _slots(sentence: str) -> list[tuple[object, ...]]:
    return [
        tuple(getattr(t, slot) for slot in clause_tokens.Token.__slots__)
        for t in clause_tokens.tokenize(sentence, 0, len(sentence), [])
    ]


def test_a_word_after_a_noun_a_preposition_or_a_determiner_is_tagged_once() -> None:
    clause_tokens._TAGGED.clear()
    clause_tokens.tokenize("talks planned. for planned. the planned. ", 0, 40, [])
    keys = [k for k in clause_tokens._TAGGED if k[0] == "planned"]
    assert keys == [("planned", False, "")]


def test_the_tags_that_tell_the_word_apart_keep_their_own_entries() -> None:
    clause_tokens._TAGGED.clear()
    text = "has angered. may himself. who angered. , fined. and fined. visit fined."
    clause_tokens.tokenize(text, 0, len(text), [])
    classes = {k[2] for k in clause_tokens._TAGGED if k[0] in ("angered", "himself", "fined")}
    assert classes == {"AUX", "MODAL", "REL", ",", ""}


class _Forgetful(dict):  # type: ignore[type-arg]
    """A tag store that never has the answer: every word is tagged afresh."""

    def get(self, key: object, default: object = None) -> object:
        return default


_WORDS = ["has", "may", "who", "that", "and", ",", "the", "visit", "angered", "himself", "fined"]
_WORDS += ["suspected", "Talks", "planned", "to", "early", "was", "(", '"', "."]
word_runs = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300)
@given(sentences=st.lists(word_runs, min_size=1, max_size=4))
def test_tags_kept_by_class_are_the_tags_read_afresh(sentences: list[str]) -> None:
    clause_tokens._TAGGED.clear()
    kept = [_slots(s) for s in sentences]
    warm = [_slots(s) for s in sentences]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clause_tokens, "_TAGGED", _Forgetful())
        fresh = [_slots(s) for s in sentences]
    assert kept == warm == fresh
