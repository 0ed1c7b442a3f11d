"""Strange, hostile and huge input never crashes, hangs, or produces offsets that point nowhere."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplotext
from diplotext.model import Document

NEWSY = st.sampled_from(
    [
        "Mr. ",
        "Mrs ",
        "President ",
        "said",
        " told ",
        "according to ",
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2019",
        "Monday",
        "May",
        "March",
        "2006",
        "1973",
        "Sept. 12",
        "12 April 2012",
        "three-day",
        " visit ",
        "Moscow",
        "the Kremlin",
        "extradite",
        "Russia",
        "British",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "(AP Photo/X)",
        "Sign in",
        "U.N.",
        "he",
        "She",
        " ",
        "-",
        "--",
        "\u2014",
        "\u2026",
        "(",
        ")",
        "5",
        "%",
        "$",
        "Ω",
        "\u200b",
        "\x00",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(NEWSY, max_size=120).map("".join),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), max_size=80).map("".join),
)


def check_offsets(doc: Document) -> None:
    text = doc.text
    n = len(text)
    for s, e in (*doc.article.paragraphs, *doc.article.captions, *doc.article.boilerplate):
        assert 0 <= s <= e <= n
    for d in doc.dates:
        assert text[d.start : d.end] == d.text
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        if q.cue_start is not None and q.cue_end is not None:
            assert 0 <= q.cue_start <= q.cue_end <= n
    for a in doc.actors:
        for s, e in a.mentions:
            assert 0 <= s <= e <= n
    for ev in doc.events:
        for s, e in ev.evidence:
            assert 0 <= s <= e <= n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.sampled_from([None, "2011-09-12", "1999-12-31T23:30:00+05:30"]))
def test_any_text_gives_a_document_without_plugin_errors(text: str, published: str | None) -> None:
    doc = diplotext.extract(text, published=published)
    assert [e for e in doc.errors if e.stage != "input"] == []
    check_offsets(doc)
    doc.to_dict()


PATHOLOGICAL = {
    "quote marks": '"' * 200_000,
    "unbalanced curly": "\u201cHe said " * 30_000,
    "digits": "1973 " * 60_000,
    "capitals": "Mr. Smith Jones " * 30_000,
    "no spaces": "a" * 500_000,
    "commas": "Moscow, " * 60_000,
    "months": "May March June " * 30_000,
    "said": "he said that she said that " * 20_000,
    "newlines": "\n" * 300_000 + "Title",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes_fast(name: str) -> None:
    text = PATHOLOGICAL[name]
    start = time.perf_counter()
    doc = diplotext.extract(text, published="2020-01-01")
    elapsed = time.perf_counter() - start
    assert [e for e in doc.errors if e.stage != "input"] == []
    check_offsets(doc)
    # Linear-time rules handle ~0.5 MB in a few seconds even on a slow CI machine.
    assert elapsed < 30, f"{name}: {elapsed:.1f}s"
