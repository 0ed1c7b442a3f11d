"""The actor tokenizer's index (issue 12, eighteenth session): the stages that start from it (the
tagger, the capitalised runs and their counts, the organisation heads, the pronouns and "another"
of coreference) give what their walk over every token gives."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.extractors.actors import candidates, finder, org_phrases, pronoun_cues, tagging
from diplotext.extractors.actors.tokens import tokenize, tokenize_indexed
from diplotext.model import Article

_PIECES = [
    "President",
    " Ana Lind",
    " foreign minister",
    " Foreign Minister",
    " said",
    " he",
    " she",
    " his",
    " her",
    " another",
    " Another",
    " official",
    " al-Masri",
    " then-Prime Minister",
    " Ministry of Defence",
    " the",
    " Norwegian",
    " Oslo",
    " U.S.",
    " Mr.",
    " Kim",
    ", ",
    ". ",
    ' "',
    '" ',
    " vice-president",
    " well-known",
    " _x",
    " Dr",
    "\n",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_STORIES = [
    "Foreign Minister Ana Lind met President Rui Costa in Oslo. She said he would visit Peru.",
    "The Ministry of Defence of Norway said another official, al-Masri, had left. His aide, "
    'then-Prime Minister Tor Vik, said: "He is well-known." Mr. Kim Dae-ho arrived on Monday.',
    "the vice-president of the U.S. Senate, Dr Ola Berg, told her counterpart another time.",
]


def _both(text: str) -> tuple[Any, Any]:
    segments = ((0, len(text)),)
    plain = tokenize(text, segments)
    tokens, index = tokenize_indexed(text, segments, finder._WATCHED)
    assert tokens == plain
    return tokens, index


@settings(max_examples=300)
@given(text=texts)
def test_stages_from_the_index_are_the_walks(text: str) -> None:
    tokens, index = _both(text)
    at, tags = tagging._tag(tokens)
    assert tagging._tag(tokens, index) == (at, tags)
    taken = [False] * len(tokens)
    assert candidates._runs(tokens, at, taken, index) == candidates._runs(tokens, at, taken)
    assert org_phrases._org_phrases(tokens, at, index) == org_phrases._org_phrases(tokens, at)
    another = index.watched.get("another", [])
    assert pronoun_cues.another_persons(tokens, another) == pronoun_cues.another_persons(tokens)
    usage, plain = candidates._Usage(tokens, index), candidates._Usage(tokens)
    assert (usage.lower, usage.caps, usage.pairs) == (plain.lower, plain.caps, plain.pairs)


def _actors(text: str, *, indexed: bool, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    if not indexed:
        monkeypatch.setattr(
            finder, "tokenize_indexed", lambda text, segments, watch: (tokenize(text, segments), None)
        )
    article = Article(text=text, paragraphs=[(0, len(text))])
    return finder.find_actors(article)


@pytest.mark.parametrize("text", _STORIES)
def test_actors_with_the_index_are_those_without(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with_index = _actors(text, indexed=True, monkeypatch=monkeypatch)
    assert with_index  # (the stories name people)
    assert _actors(text, indexed=False, monkeypatch=monkeypatch) == with_index
