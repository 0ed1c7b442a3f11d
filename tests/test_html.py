"""HTML pages to input records: metadata, visible text, robustness, and the path through the CLI input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from diplotext.html import html_record
from diplotext.html.basic import basic_record
from diplotext.inputs import BadRecord, read_records
from diplotext.pipeline import extract_record

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Envoy arrives in Hanoi for trade talks | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="og:url" content="https://harbour.example/world/envoy-hanoi">
<meta property="article:published_time" content="2024-03-05T09:30:00+07:00">
<style>p { color: red }</style>
<script>window.analytics = "<p>not text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><div class="brand">The Harbour Times</div></header>
<article>
  <h1>Envoy arrives in Hanoi for trade talks</h1>
  <p class="byline">By Linh Pham</p>
  <figure><img src="envoy.jpg" alt="">
    <figcaption>The envoy at Noi Bai airport on Tuesday. (AP Photo/Quang Vu)</figcaption></figure>
  <p>HANOI (AP) &mdash; Singapore&#39;s trade envoy <b>arrived</b> in Hanoi on Tuesday
     for two days of talks on a new shipping agreement.<br>Officials said the visit was long planned.</p>
  <p>Talks &amp; a working dinner with Vietnam's deputy prime minister were scheduled for Wednesday.</p>
  <div hidden>Hidden promo text</div>
  <aside>Most read: Typhoon season starts early</aside>
</article>
<footer>Copyright The Harbour Times. All rights reserved.</footer>
</body></html>
"""


def test_metadata_from_meta_tags() -> None:
    rec = html_record(PAGE, engine="basic")
    assert rec["title"] == "Envoy arrives in Hanoi for trade talks"
    assert rec["published"] == "2024-03-05T09:30:00+07:00"
    assert rec["url"] == "https://harbour.example/world/envoy-hanoi"
    assert rec["source"] == "The Harbour Times"


def test_visible_article_text_in_blocks() -> None:
    text = html_record(PAGE, engine="basic")["text"]
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Envoy arrives in Hanoi for trade talks"
    assert "By Linh Pham" in paragraphs
    assert "The envoy at Noi Bai airport on Tuesday. (AP Photo/Quang Vu)" in paragraphs
    body = next(p for p in paragraphs if p.startswith("HANOI"))
    assert body.startswith("HANOI (AP) — Singapore's trade envoy arrived in Hanoi on Tuesday for two days")
    assert body.endswith("agreement.\nOfficials said the visit was long planned.")  # <br> is a line break
    assert "Talks & a working dinner" in text
    for dropped in ("Home", "analytics", "not text", "color: red", "Hidden promo", "Most read", "Copyright"):
        assert dropped not in text
    assert "\n\n\n" not in text and text == text.strip()


def test_json_ld_and_title_fallbacks() -> None:
    page = """<html><head><title>Border reopens - Mountain Post</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Mountain Post"},
      {"@type": ["NewsArticle"], "headline": "Border reopens after two years",
       "datePublished": "2022-06-01T08:00:00Z", "url": "https://mountain.example/b",
       "publisher": {"@type": "Organization", "name": "Mountain Post"}}]}
    </script></head><body><p>Nepal and China reopened a key crossing on Wednesday.</p></body></html>"""
    rec = html_record(page, engine="basic")
    assert rec["title"] == "Border reopens after two years"
    assert rec["published"] == "2022-06-01T08:00:00+00:00"
    assert rec["url"] == "https://mountain.example/b"
    assert rec["source"] == "Mountain Post"
    assert rec["text"] == "Nepal and China reopened a key crossing on Wednesday."

    plain = basic_record("<title>Talks stall | Mountain Post</title><h1>Talks stall in Geneva</h1><p>x</p>")
    assert plain["title"] == "Talks stall in Geneva"
    only_title = basic_record("<title>Talks stall | Mountain Post</title><p>Body.</p>")
    assert only_title["title"] == "Talks stall"
    assert "published" not in only_title and "url" not in only_title and "source" not in only_title


def test_bad_dates_and_json_are_ignored() -> None:
    page = """<meta property="article:published_time" content="sometime last week">
    <script type="application/ld+json">{not json</script>
    <time datetime="2021-11-02">Nov 2</time><p>Text.</p>"""
    rec = html_record(page, engine="basic")
    assert rec["published"] == "2021-11-02"
    assert rec["text"] == "Nov 2\n\nText."


def test_article_element_preferred_when_substantial() -> None:
    story = "Delegates from twelve countries met in Lima to discuss fisheries. " * 5
    page = f"<body><div>Menu Login Subscribe</div><article><p>{story}</p></article><div>Footer</div></body>"
    assert html_record(page, engine="basic")["text"] == story.strip()
    short = "<body><div>Intro text</div><article><p>Short.</p></article></body>"
    assert html_record(short, engine="basic")["text"] == "Intro text\n\nShort."


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "   ",
        "plain text, no tags",
        "<p>unclosed <b>bold <i>italic",
        "</div></p></span>",
        "<" * 200_000,
        "<a" * 100_000,
        "<div>" * 50_000 + "</span>" * 50_000,
        "<!--" * 50_000,
        '<a title="' * 50_000,
        "<script>" + "x" * 200_000,
        "\x00\x01<p>\ud800 odd</p>\x7f",
        '<script type="application/ld+json">' + "[" * 100_000 + "</script>",
    ],
)
def test_bad_markup_never_crashes_or_hangs(markup: str) -> None:
    start = time.perf_counter()
    rec = html_record(markup)
    assert isinstance(basic_record(markup)["text"], str)
    assert isinstance(rec["text"], str)
    assert time.perf_counter() - start < 10


def test_html_file_through_the_input_reader(tmp_path: Path) -> None:
    path = tmp_path / "envoy.html"
    path.write_text(PAGE, encoding="utf-8")
    (record,) = list(read_records(str(path)))
    assert not isinstance(record, BadRecord)
    art = extract_record(record, plugins=[]).article
    assert art.title == "Envoy arrives in Hanoi for trade talks"
    assert art.published is not None and art.published.isoformat() == "2024-03-05T09:30:00+07:00"
    assert art.dateline == "Hanoi"
    assert art.body.startswith("Singapore's trade envoy arrived")
    assert [art.text[s:e] for s, e in art.captions] == [
        "The envoy at Noi Bai airport on Tuesday. (AP Photo/Quang Vu)"
    ]
    assert "By Linh Pham" not in art.body


def test_basic_parser_figcaptions_are_captions() -> None:
    page = (
        "<h1>Envoys meet</h1><figure><img src='a.jpg'><figcaption>  Envoys in Geneva\n on Monday. "
        "</figcaption></figure><p>The envoys met in Geneva on Monday to discuss the ceasefire.</p>"
        "<figure><figcaption><p>Second</p><p>picture</p></figcaption></figure><figcaption>never closed"
    )
    rec = basic_record(page)
    text = rec["text"]
    assert "\ue000" not in text and "\ue001" not in text
    assert [text[s:e] for s, e in rec["captions"]] == ["Envoys in Geneva on Monday.", "Second\n\npicture"]
    art = extract_record({**rec, "title": "Envoys meet"}, plugins=[]).article
    assert [art.text[s:e] for s, e in art.captions] == ["Envoys in Geneva on Monday.", "Second", "picture"]
    assert art.body == "The envoys met in Geneva on Monday to discuss the ceasefire.\n\nnever closed"
    assert "\ue000" not in basic_record("<p>a \ue000 b \ue001 c</p>")["text"]  # marks in the page are dropped


def test_the_core_html_readers_use_no_plugin_internals() -> None:
    """diplotext.html and the shared date-line grammar import nothing from the plugins' packages."""
    import ast

    src = Path(__file__).resolve().parent.parent / "src" / "diplotext"
    files = [
        *sorted((src / "html").glob("*.py")),
        src / "datelines.py",
        src / "timezones.py",
        src / "inputs.py",
    ]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                assert not name.startswith("diplotext.extractors"), (path.name, name)
