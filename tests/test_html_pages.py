"""Real-looking news pages (tests/fixtures/html/, written for these tests): with trafilatura (the
``html`` extra) the page furniture never reaches the body, captions and the page's own metadata are
used, offsets index the document's text, and nothing is fetched; without it the basic parser reads
the page and the document says so."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import diplotext.html
from diplotext.html import FALLBACK_MESSAGE, html_record
from diplotext.inputs import read_records
from diplotext.model import Document
from diplotext.pipeline import extract_record

pytest.importorskip("trafilatura", reason="the html extra (trafilatura) is not installed")

PAGES = Path(__file__).resolve().parent / "fixtures" / "html"

# Text that only the page furniture holds: trending bars, related links, reader comments, banners.
FURNITURE = (
    "never surrender",
    "Sanctions will never work",
    "Storm warning",
    "Our patience has limits",
    "A new chapter",
    "betrayal of our farmers",
    "Finally some good news",
    "should resign",
    "Peace is within reach",
    "ready to talk",
    "Nobody will stop",
    "starve",
    "The budget is safe",
    "not be bullied",
    "sold out the country",
    "lies about everything",
    "cookies",
    "Trending",
    "Comments",
    "Discussion",
    "All rights reserved",
    "Share on",
    "You may also like",
    "Read more",
)
COMMENTERS = ("Prime Minister Fan", "Kasia", "Tomasz", "Ruto Supporter", "Amina", "Pavel", "Ondrej")


def _document(name: str) -> Document:
    (record,) = list(read_records(str(PAGES / name)))
    assert isinstance(record, dict)
    return extract_record(record)


def _check_offsets(doc: Document) -> None:
    text = doc.article.text
    for span in (*doc.article.paragraphs, *doc.article.captions, *doc.article.boilerplate):
        assert 0 <= span[0] < span[1] <= len(text)
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.cue is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
    for date in doc.dates:
        assert text[date.start : date.end] == date.text
    for actor in doc.actors:
        for s, e in actor.mentions:
            assert 0 <= s < e <= len(text)
    for event in doc.events:
        for s, e in event.evidence:
            assert 0 <= s < e <= len(text)
    if doc.article.dateline_span is not None:
        s, e = doc.article.dateline_span
        assert text[s:e].casefold() == (doc.article.dateline or "").casefold()


@pytest.mark.parametrize("name", ["article_page.html", "div_page.html", "plain_page.html"])
def test_furniture_never_reaches_the_body_quotes_or_actors(name: str) -> None:
    doc = _document(name)
    body = doc.article.body
    assert doc.errors == ()
    for words in FURNITURE:
        assert words not in body, words
        assert all(words not in q.text for q in doc.quotes), words
    names = [a.name for a in doc.actors] + [q.speaker or "" for q in doc.quotes]
    for commenter in (*COMMENTERS, "Trending"):
        assert all(commenter not in n for n in names), (commenter, names)
    assert len(doc.quotes) >= 3  # the story's own quotes are all there
    _check_offsets(doc)


def test_page_with_article_element() -> None:
    doc = _document("article_page.html")
    art = doc.article
    assert art.title == "Foreign ministers agree to reopen consulates"
    assert art.published == dt.datetime(2023, 5, 16, 18, 20, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert (art.url, art.source) == (
        "https://courier.example/world/consulates-reopen",
        "The Lakeside Courier",
    )
    assert art.dateline == "Warsaw"
    assert [art.text[s:e] for s, e in art.captions] == [
        "Polish Foreign Minister Adam Nowicki, left, greets his Lithuanian counterpart Rasa Petraitiene "
        "in Warsaw on Tuesday. Photo: Jan Zielinski/Reuters"
    ]
    assert art.body.startswith("Poland and Lithuania agreed on Tuesday")
    assert art.body.endswith('"We have turned a page," Petraitiene said.')
    speakers = {q.speaker for q in doc.quotes}
    assert speakers == {"Adam Nowicki", "Rasa Petraitiene"}


def test_page_of_divs_without_article_or_main() -> None:
    doc = _document("div_page.html")
    art = doc.article
    assert art.title == "Envoys meet in Nairobi over Sudan ceasefire"
    assert art.published == dt.datetime(2024, 2, 8, 10, 5, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert art.source == "Coastline News" and art.url == "https://coastline.example/africa/envoys-nairobi"
    assert art.dateline == "Nairobi"
    assert [art.text[s:e] for s, e in art.captions] == [
        "Kenyan President William Ruto, centre, hosts regional envoys at State House in Nairobi on "
        "Thursday. (AP Photo/Brian Inganga)"
    ]
    assert art.body.startswith("Envoys from six East African countries met in Nairobi on Thursday")


def test_page_without_metadata_dates_from_its_date_line() -> None:
    """No date in the markup: the visible "Prague, 12 March 2018" under the headline is the
    publication date and the dateline (with its span in the text)."""
    doc = _document("plain_page.html")
    art = doc.article
    assert art.title == "Prime minister Novak hosts Austrian chancellor in Prague"
    assert art.published == dt.date(2018, 3, 12)
    assert art.dateline == "Prague" and art.dateline_span is not None
    assert art.body.startswith("Czech Prime Minister Jan Novak met Austrian Chancellor Lukas Brandl")
    assert art.body.endswith("Novak is due to visit Vienna in May.")
    assert {q.speaker for q in doc.quotes if q.kind == "direct"} == {"Jan Novak"}


def test_metadata_date_wins_over_a_date_line_in_the_text() -> None:
    page = (PAGES / "plain_page.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="date" content="2018-03-13">'
    )
    rec = html_record(page)
    assert rec["published"] == "2018-03-13"
    assert extract_record(rec).article.published == dt.date(2018, 3, 13)


def test_fallback_without_trafilatura_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diplotext.html, "have_trafilatura", lambda: False)
    (record,) = list(read_records(str(PAGES / "article_page.html")))
    assert isinstance(record, dict)
    doc = extract_record(record)
    assert [(w.plugin, w.stage, w.message) for w in doc.warnings] == [("html", "input", FALLBACK_MESSAGE)]
    assert doc.errors == ()
    assert FALLBACK_MESSAGE.startswith("trafilatura not installed")
    assert doc.article.title == "Foreign ministers agree to reopen consulates"
    assert any(q.speaker == "Adam Nowicki" for q in doc.quotes)
    _check_offsets(doc)
    assert html_record("<p>x</p>", engine="basic").get("input_warnings") is None  # asked for: no note


def test_engine_is_checked() -> None:
    with pytest.raises(ValueError, match="engine"):
        html_record("<p>x</p>", engine="lxml")


def test_fragment_trafilatura_cannot_read_goes_to_the_basic_parser() -> None:
    rec = html_record("<p>Nepal and China reopened a key crossing on Wednesday.</p>")
    assert rec["text"] == "Nepal and China reopened a key crossing on Wednesday."
    assert "input_errors" not in rec
    assert "input_warnings" not in rec


def test_captions_once_and_not_from_furniture() -> None:
    story = "".join(
        f"<p>Paragraph {i} of the story says the envoys met in Geneva and agreed to meet again.</p>"
        for i in range(8)
    )
    page = f"""<html><head><title>Envoys meet</title></head><body>
    <h1>Envoys meet</h1>
    <figure><img src="a.jpg"><figcaption>Envoys in Geneva on Monday.</figcaption></figure>
    <div class="story">{story}</div>
    <figure><img src="a.jpg"><figcaption>Envoys in Geneva on Monday.</figcaption></figure>
    <div><img src="b.jpg"><span class="photo-credit">Getty Images</span></div>
    <div class="related-stories"><figure><img src="c.jpg">
      <figcaption>Another story's picture</figcaption></figure></div>
    <aside><figcaption>Sidebar picture</figcaption></aside>
    </body></html>"""
    rec = html_record(page)
    text = rec["text"]
    captions = [text[s:e] for s, e in rec["captions"]]
    assert captions == ["Envoys in Geneva on Monday.", "Getty Images"]
    art = extract_record(rec, plugins=[]).article
    assert [art.text[s:e] for s, e in art.captions] == captions
    assert "Envoys in Geneva" not in art.body and "Another story" not in text and "Sidebar" not in text


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page full of external references is read without opening a single connection."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network access during HTML reading")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = (PAGES / "article_page.html").read_text(encoding="utf-8")
    page = page.replace(
        "<!doctype html>",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
    ).replace(
        "</body>",
        '<iframe src="http://127.0.0.1:9/frame"></iframe><img src="http://127.0.0.1:9/pixel.gif">'
        '<svg><image href="http://127.0.0.1:9/x.svg"/></svg>'
        '<object data="http://127.0.0.1:9/o.swf"></object></body>',
    )
    page = page.replace(
        'content="https://courier.example/world/consulates-reopen"', 'content="http://127.0.0.1:9/"'
    )
    rec = html_record(page)
    assert rec["title"] == "Foreign ministers agree to reopen consulates"
    assert "Poland and Lithuania agreed" in rec["text"]
    # A URL alone is text, not something to download.
    assert html_record("http://127.0.0.1:9/page.html")["text"] == "http://127.0.0.1:9/page.html"
    assert attempts == []


def test_the_cli_on_text_does_not_import_trafilatura(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks resume\n\nThe ministers met in Geneva on Monday.\n", encoding="utf-8")
    code = (
        "import sys, diplotext\n"
        "assert 'trafilatura' not in sys.modules and 'diplotext.html' not in sys.modules\n"
        "from diplotext.cli import main\n"
        f"main(['extract', {str(article)!r}, '-o', {str(tmp_path / 'out.json')!r}])\n"
        "heavy = ('trafilatura', 'lxml', 'diplotext.html')\n"
        "print(json.dumps(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == []
    assert (
        json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["article"]["title"] == "Talks resume"
    )


def test_html_output_carries_the_text_its_offsets_index(tmp_path: Path) -> None:
    """The CLI's JSON for a page holds ``article.text`` (the user has only the markup); a text
    file's does not; the document reads back with working offsets."""
    import jsonschema

    from diplotext.cli import main
    from diplotext.model import output_schema

    out = tmp_path / "out.json"
    assert main(["extract", str(PAGES / "div_page.html"), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, output_schema())
    text = data["article"]["text"]
    assert data["quotes"] and all(text[q["start"] : q["end"]] == q["text"] for q in data["quotes"])
    assert all(text[d["start"] : d["end"]] == d["text"] for d in data["dates"])
    again = Document.from_dict(data)
    assert again.text == text and again.to_dict() == data
    plain = tmp_path / "a.txt"
    plain.write_text("Talks resume\n\nThe ministers met in Geneva on Monday.\n", encoding="utf-8")
    assert main(["extract", str(plain), "-o", str(out)]) == 0
    assert "text" not in json.loads(out.read_text(encoding="utf-8"))["article"]


def test_a_failing_trafilatura_falls_back_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import diplotext.html.rich

    def boom(markup: str) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(diplotext.html.rich, "rich_record", boom)
    rec = html_record("<html><body><p>The envoy arrived in Hanoi on Tuesday.</p></body></html>")
    assert rec["text"] == "The envoy arrived in Hanoi on Tuesday."
    doc = extract_record(rec)
    assert [e.message for e in doc.errors] == [
        "trafilatura failed on this page (RuntimeError: parser exploded); used the basic HTML parser"
    ]


@pytest.mark.parametrize("engine", ["basic", "trafilatura"])
def test_html_caps_are_warnings(engine: str) -> None:
    story = "<p>Chilean President Ana Ruiz visited Peru on Monday, officials said in a statement.</p>"
    huge = '<script type="application/ld+json">{"headline": "' + "x" * 1_100_000 + '"}</script>'
    page = f"<html><head>{huge}</head><body><article>{story}</article></body></html>"
    doc = extract_record(html_record(page, engine=engine))
    assert [(w.plugin, w.count) for w in doc.warnings] == [("html", 1)]
    assert "JSON-LD" in doc.warnings[0].message


def test_markup_nested_too_deep_is_a_warning_with_a_count() -> None:
    story = "<p>Chilean President Ana Ruiz visited Peru on Monday.</p>"
    page = "<html><body><article>" + "<div>" * 600 + story + "</div>" * 600 + "</article></body></html>"
    doc = extract_record(html_record(page, engine="basic"))
    (warning,) = doc.warnings
    assert "nested deeper" in warning.message and warning.count > 80
    assert "Ana Ruiz" in doc.article.text
