"""The place finder reads the words before a capitalised run once (issue 12, twenty-first session):
the world-city test takes the context it found, and gives what :func:`world_place` gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotext.syntax import entities

_PIECES = ["The minister", " flew to", " arrived in", " met", " Kanazawa", " Sapporo", " Metz", " and"]
_PIECES += [",", " Japan", " Bolivia", "'s", " near", " a call from", ".", " Oslo", "\t", " Tor Vik"]
texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def test_a_run_with_no_context_is_no_world_city() -> None:
    text = "Kanazawa Holdings said"
    assert entities._world_place(text, 0, "Kanazawa", None) is None
    assert entities._world_place("He flew to Kanazawa", 11, "Kanazawa", "either") is not None


@settings(max_examples=400)
@given(text=texts)
def test_the_world_city_of_a_run_is_that_of_world_place(text: str) -> None:
    last: tuple[int, str | None] = (-1, None)
    for run in entities._CAP_RUN.finditer(text):
        listed = entities._listed_after(text, last, run.start())
        context = entities._context(text, run.start(), 0) or listed
        got = entities._world_place(text, run.start(), run.group(), context)
        assert got == entities.world_place(text, run.start(), run.group(), 0, listed=listed)
        if got is not None:
            last = (got.end, context)
