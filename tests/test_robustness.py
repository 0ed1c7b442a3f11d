"""Strange, hostile and huge input never crashes, hangs, or produces offsets that point nowhere."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplotext
import diplotext.pipeline
from diplotext.model import Document
from hostile_texts import MAKERS, news

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


SMALL, BIG = 100_000, 400_000
"""Sizes timed: four times the text must take about four times the time (at most RATIO times)."""

RATIO = 8.0
"""Linear growth gives about 4; a quadratic step gives 16. Generous, for a loaded 2-core machine."""


def _cpu_seconds(text: str) -> float:
    start = time.process_time()  # CPU time: steadier than wall time when other jobs share the machine
    doc = diplotext.extract(text, published="2020-01-01")
    elapsed = time.process_time() - start
    assert [e for e in doc.errors if e.stage != "input"] == []
    check_offsets(doc)
    return elapsed


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_pathological_input_takes_linear_time(name: str) -> None:
    make = MAKERS[name]
    small, big = make(SMALL), make(BIG)
    times = [(_cpu_seconds(small), _cpu_seconds(big))]
    if times[0][1] > RATIO * times[0][0] + 0.2:  # one more try before calling it superlinear
        times.append((_cpu_seconds(small), _cpu_seconds(big)))
    t_small = min(t for t, _ in times)
    t_big = min(t for _, t in times)
    assert t_big <= RATIO * t_small + 0.2, f"{name}: {t_small:.2f}s for 100 KB, {t_big:.2f}s for 400 KB"
    assert t_big < 30, f"{name}: {t_big:.1f}s for 400 KB"


def test_multi_megabyte_article_ends() -> None:
    """2 MB mixing the worst of the above (in one long sentence, which is where quadratic steps
    hid) ends with a document; the scaling benchmark times larger ones (docs/reliability.md)."""
    text = news(300_000) + "".join(MAKERS[name](150_000) for name in sorted(MAKERS) if name != "news")
    assert 2_000_000 <= len(text) < diplotext.pipeline.MAX_CHARS
    start = time.process_time()
    doc = diplotext.extract(text, published="2020-01-01")
    assert time.process_time() - start < 120
    check_offsets(doc)
    assert doc.quotes and doc.dates  # the news part was read


def test_text_over_the_limit_is_refused_quickly() -> None:
    text = "a " * (diplotext.pipeline.MAX_CHARS // 2 + 1)
    start = time.process_time()
    doc = diplotext.extract(text)
    assert time.process_time() - start < 5
    assert doc.errors[0].stage == "input" and "over the limit" in doc.errors[0].message


CUT_ARTICLE = (
    "Ruritanian leader to visit Freedonia\n\n"
    "FREEDONIA CITY, May 4 (Wire) - Ruritanian President Anna Vell arrived in Freedonia City on Monday "
    "for talks with Foreign Minister Olaf Brand of Norway and Secretary of State Tom Reed. "
    'A court in Lisbon on Tuesday approved the extradition to Spain of Karl Ost, who "will appeal," '
    "his lawyer said at the Grand Hall of the Courts. Brazil asked Chile to hand over the former "
    "minister of the interior Mara Lind. The visit of King Paul of Denmark was called off. Lena "
    "Dahl, the secretary of the Danish Security Council, agreed."
)


def test_an_article_cut_at_any_word_gives_no_plugin_errors() -> None:
    """Every prefix ending at a word or inside a phrase ("the extradition to Spain of Karl", "the
    secretary of the Danish") reads without a plugin error: no rule looks past the last token."""
    cuts = [i for i, ch in enumerate(CUT_ARTICLE) if ch == " "] + [len(CUT_ARTICLE)]
    for c in cuts:
        doc = diplotext.extract(CUT_ARTICLE[:c], published="2026-05-05", strict=True)
        check_offsets(doc)
