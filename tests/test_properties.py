"""Properties of every document, over generated and mutated articles (hypothesis).

For any ``str``: ``extract()`` returns a document; every item's ``text`` is ``text[start:end]``;
every span lies inside the text; the lists are sorted; ``to_dict()`` is JSON that reads back into an
equal document. The number of cases comes from the hypothesis profile (``HYPOTHESIS_PROFILE``: ``ci``
by default, ``dev`` for long runs; see tests/conftest.py and docs/reliability.md).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplotext
from diplotext.model import Document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"

SENTENCES = [
    "Prime Minister Ana Duarte of Portugal arrived in Ottawa on Monday for a three-day visit.",
    "She met Canadian Prime Minister Mark Ellery and Foreign Minister Joan Tate on Tuesday.",
    '"We have a great deal to talk about," Ms. Duarte told reporters at the airport.',
    "Mr. Ellery said the two countries would sign a trade accord before the end of the year.",
    "Canada asked Portugal last week to extradite a banker wanted for fraud, officials said.",
    "Lisbon refused the request, saying its constitution bars the extradition of its nationals.",
    "\u201cThis is not the end of the matter,\u201d the Canadian justice minister said on Sept. 12.",
    "The talks, which began in March 2021, were suspended for six months (see below).",
    "According to a spokesman, President Lee will travel to Seoul next week.",
    "It was the first visit by a Portuguese leader to Canada since 2009.",
]
TITLES = ["Portugal's leader visits Canada", "Extradition row deepens", ""]
DATE_LINES = ["", "September 12, 2011 9:00 pm IST", "2023-03-14T18:40:00Z", "Updated: Tue 14 Mar 2023"]
DATELINES = ["", "OTTAWA (Reuters) - ", "LISBON, Sept 12 - ", "MOSCOW -- "]
NOISE = [
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\t",
    "(",
    ")",
    "[",
    "]",
    ".",
    ",",
    "-",
    "\u2014",
    "\u2026",
    "\x00",
    "\x1b",
    "\u200b",
    "\u200f",
    "\ufeff",
    "\ufffd",
    "\u0301",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\U0001f600",
    "\U0001f1fa\U0001f1f8",
    "\u00e9",
    "\u0130",
    "\u00df",
    "\ufb01",
    "Mr.",
    "said",
    "Monday",
    "2011",
    "visit",
    "extradite",
]


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


@st.composite
def written_articles(draw: st.DrawFn) -> str:
    """An article put together from a header and sentences written for the tests."""
    title = draw(st.sampled_from(TITLES))
    date_line = draw(st.sampled_from(DATE_LINES))
    dateline = draw(st.sampled_from(DATELINES))
    paragraphs = draw(
        st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), min_size=1, max_size=5)
    )
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    head = "\n\n".join(x for x in (title, date_line) if x)
    return (head + "\n\n" if head else "") + dateline + body


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """``base`` with characters inserted, deleted, duplicated or replaced at random places."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "replace", "noise"]))
        pos = draw(st.integers(0, len(text)))
        width = draw(st.integers(1, 12))
        if op == "insert":
            text = text[:pos] + draw(st.text(max_size=6)) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + width :]
        elif op == "duplicate":
            text = text[:pos] + text[pos : pos + width] * draw(st.integers(2, 5)) + text[pos:]
        elif op == "replace":
            text = text[:pos] + draw(st.characters()) + text[pos + 1 :]
        else:
            text = text[:pos] + draw(st.sampled_from(NOISE)) + text[pos:]
    return text


ARTICLES = st.one_of(
    written_articles(),
    mutated(written_articles()),
    mutated(st.sampled_from(_fixture_texts())),
    st.lists(st.sampled_from(NOISE + SENTENCES), max_size=60).map("".join),
    st.text(max_size=300),
)
PUBLISHED = st.sampled_from([None, "2011-09-12", "2023-03-14T18:40:00+05:30"])


def check_document(doc: Document) -> None:
    """Every offset of ``doc`` points at its text, and every list is sorted."""
    text = doc.text
    n = len(text)
    art = doc.article

    def inside(s: int | None, e: int | None, what: str) -> None:
        assert s is not None and e is not None, what
        assert 0 <= s <= e <= n, f"{what}: ({s}, {e}) outside a text of {n}"

    for name in ("paragraphs", "captions", "boilerplate"):
        spans = list(getattr(art, name))
        for s, e in spans:
            inside(s, e, name)
        assert spans == sorted(spans), name
    if art.title_span is not None:
        inside(*art.title_span, "title_span")
        assert art.title == text[art.title_span[0] : art.title_span[1]]
    if art.dateline_span is not None:
        inside(*art.dateline_span, "dateline_span")
    for d in doc.dates:
        inside(d.start, d.end, "date")
        assert text[d.start : d.end] == d.text
        if d.range is not None:
            inside(*d.range.span, "date range")
            assert d.range.span[0] <= d.start and d.end <= d.range.span[1]
    assert [(d.start, d.end) for d in doc.dates] == sorted((d.start, d.end) for d in doc.dates)
    for q in doc.quotes:
        inside(q.start, q.end, "quote")
        assert text[q.start : q.end] == q.text
        if q.cue_start is not None or q.cue_end is not None:
            inside(q.cue_start, q.cue_end, "cue")
            assert text[q.cue_start : q.cue_end] == q.cue
        if q.speaker_start is not None or q.speaker_end is not None:
            inside(q.speaker_start, q.speaker_end, "speaker mention")
        if q.speaker_id is not None:
            assert doc.actor(q.speaker_id) is not None, q.speaker_id
    assert [(q.start, q.end) for q in doc.quotes] == sorted((q.start, q.end) for q in doc.quotes)
    for a in doc.actors:
        for s, e in a.mentions:
            inside(s, e, f"mention of {a.name}")
        assert list(a.mentions) == sorted(a.mentions)
    assert [a.start for a in doc.actors] == sorted(a.start for a in doc.actors)
    assert len({a.id for a in doc.actors}) == len(doc.actors)
    for ev in doc.events:
        for s, e in ev.evidence:
            inside(s, e, f"evidence of {ev.id}")
    assert [ev.start for ev in doc.events] == sorted(ev.start for ev in doc.events)
    assert len({ev.id for ev in doc.events}) == len(doc.events)


def check_round_trip(doc: Document) -> None:
    """``to_dict()`` is JSON, and reading it back gives the same document."""
    line = json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)
    data = json.loads(line)
    assert data == doc.to_dict()
    back = Document.from_dict(data, text=doc.text)
    assert back.to_dict() == data
    assert back == doc


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=ARTICLES, published=PUBLISHED)
def test_every_item_points_at_its_text(text: str, published: str | None) -> None:
    doc = diplotext.extract(text, published=published)
    assert [e for e in doc.errors if e.stage != "input"] == []
    check_document(doc)
    check_round_trip(doc)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text() | st.sampled_from(["", " ", "\n\n"]),
    layout=st.sampled_from([None, "body"]),
    title=st.none() | st.text(max_size=20),
    published=st.none() | st.text(max_size=30) | st.sampled_from(["2011-02-30", "2011-09-12T25:00"]),
)
def test_extract_never_raises_on_any_str(
    text: str, layout: str | None, title: str | None, published: str | None
) -> None:
    """Any text, and any string where a date is expected (a bad one is an ``errors`` entry)."""
    doc = diplotext.extract(text, layout=layout, title=title, published=published)
    check_document(doc)
    check_round_trip(doc)


def test_same_input_same_output_in_a_fresh_process(tmp_path: Path) -> None:
    """Two fresh processes with different hash seeds (set and dict orders) give the documents this
    process gives, byte for byte."""
    import os
    import subprocess
    import sys

    texts = [*_fixture_texts(), " ".join(SENTENCES), "\n\n".join(SENTENCES[::-1]) + "\u201c" + NOISE[-5]]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    here = "".join(
        json.dumps(diplotext.extract(t, id=p).to_dict(), ensure_ascii=False) + "\n"
        for t, p in zip(texts, paths, strict=True)
    )
    src = str(Path(__file__).resolve().parent.parent / "src")
    code = "import sys; from diplotext.cli import main; sys.exit(main())"
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
        done = subprocess.run(
            [sys.executable, "-c", code, "extract", "--format", "jsonl", *paths],
            env=env,
            capture_output=True,
            timeout=300,
            check=True,
        )
        assert done.stdout.decode("utf-8") == here
