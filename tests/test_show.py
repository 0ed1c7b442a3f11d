"""`diplotext show`: the HTML page with what was found highlighted (diplotext.show), and the page
in a real headless browser (Chromium; skipped with a message where none is installed)."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

import diplotext
from diplotext.cli import main
from diplotext.model import Actor, Article, Document, Event, Quote, TemporalExpression
from diplotext.show import KINDS, Mark, marks, render_page, render_text

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "state_visit.txt"


class Page(HTMLParser):
    """The parts of a page the tests look at: the text of each ``.dx-text`` block, the text and
    kind of every mark fragment (by ``data-id``), labels, and any element that loads something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.fragments: dict[str, list[str]] = defaultdict(list)
        self.kinds: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.loaders: list[str] = []
        self._in_text = 0
        self._open: list[str | None] = []
        self._marks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "link", "img", "iframe", "object", "embed") or "src" in a or "href" in a:
            self.loaders.append(tag)
        if self._in_text:
            self._in_text += 1
        if tag == "div" and a.get("class") == "dx-text":
            self._in_text = 1
            self.texts.append("")
        if tag == "mark" and self._in_text and a.get("data-id"):
            item = a["data-id"] or ""
            self._marks.append(item)
            self.fragments[item].append("")
            self.kinds[item] = a.get("data-kind") or ""
            if a.get("data-label"):
                self.labels[item] = a["data-label"] or ""
            self.titles[item] = a.get("title") or ""
            self._open.append(item)
        else:
            self._open.append(None)

    def handle_endtag(self, tag: str) -> None:
        if self._in_text:
            self._in_text -= 1
        if self._open:
            item = self._open.pop()
            if item is not None:
                self._marks.remove(item)

    def handle_data(self, data: str) -> None:
        if self._in_text:
            self.texts[-1] += data
            for item in self._marks:
                self.fragments[item][-1] += data


def parse(page: str) -> Page:
    parsed = Page()
    parsed.feed(page)
    parsed.close()
    return parsed


@pytest.fixture(scope="module")
def example_doc() -> Document:
    return diplotext.extract_record({"id": "visit", "text": EXAMPLE.read_text(encoding="utf-8")})


def test_every_item_is_marked_with_its_kind_and_the_text_is_the_article(example_doc: Document) -> None:
    doc = example_doc
    assert doc.dates and doc.actors and doc.quotes and doc.events  # the example has all four
    page = parse(render_page([doc]))
    assert page.texts == [doc.text]
    whole = {item: "".join(parts) for item, parts in page.fragments.items()}
    for n, date in enumerate(doc.dates, 1):
        assert (page.kinds[f"d{n}"], whole[f"d{n}"]) == ("date", date.text)
    for actor in doc.actors:
        for k, (s, e) in enumerate(actor.mentions, 1):
            assert (page.kinds[f"{actor.id}.{k}"], whole[f"{actor.id}.{k}"]) == ("actor", doc.text[s:e])
    for n, quote in enumerate(doc.quotes, 1):
        assert (page.kinds[f"q{n}"], whole[f"q{n}"]) == ("quote", doc.text[quote.start : quote.end])
        speaker = quote.speaker or "unknown speaker"
        assert page.labels[f"q{n}"] == f"— {speaker}" and speaker in page.titles[f"q{n}"]
    for event in doc.events:
        for k, (s, e) in enumerate(event.evidence, 1):
            assert (page.kinds[f"{event.id}.{k}"], whole[f"{event.id}.{k}"]) == ("event", doc.text[s:e])
        assert event.type in page.labels[f"{event.id}.{len(event.evidence)}"]


def test_the_page_is_self_contained(example_doc: Document) -> None:
    page = render_page([example_doc])
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert parse(page).loaders == []
    assert "http" not in page.replace(EXAMPLE.read_text(encoding="utf-8"), "")
    assert "@import" not in page and "url(" not in page


def test_everything_is_escaped() -> None:
    text = 'A <b>bold</b> & "odd" title\r\n\r\nThe <script>alert(1)</script> envoy said "x < y".'
    quote_at = text.index("x < y")
    doc = Document(
        article=Article(text=text, title="<i>T</i>", paragraphs=[(text.index("The"), len(text))]),
        actors=[
            Actor(
                id="a1",
                name="Envoy <X>",
                kind="person",
                mentions=[(text.index("envoy"), text.index(" said"))],
            )
        ],
        quotes=[Quote(text="x < y", start=quote_at, end=quote_at + 5, kind="direct", speaker='Envoy "<X>"')],
    )
    page = render_page([doc])
    assert "<script>" not in page and "<b>" not in page and "<i>T</i>" not in page
    parsed = parse(page)
    assert parsed.texts == [text]  # the carriage returns survive the HTML parser too
    assert "".join(parsed.fragments["q1"]) == "x < y"
    assert parsed.labels["q1"] == '— Envoy "<X>"'
    assert parsed.labels["a1.1"] == "Envoy <X>"


def test_crossing_and_nested_spans_lose_no_text() -> None:
    text = "0123456789abcdefghij"
    items = [
        Mark(2, 12, "event", "e1.1", label="e1"),
        Mark(8, 16, "quote", "q1", label="— Someone"),
        Mark(4, 6, "date", "d1", label="2020"),
        Mark(8, 10, "actor", "a1.1", label="PERSON"),
        Mark(8, 16, "cue", "q1.cue"),
        Mark(15, 20, "date", "d2"),
        Mark(3, 3, "date", "empty"),
        Mark(18, 40, "date", "outside"),
    ]
    html = render_text(text, items)
    page = parse(f'<div class="dx-text">{html}</div>')
    assert page.texts == [text]
    whole = {item: "".join(parts) for item, parts in page.fragments.items()}
    assert whole == {
        "e1.1": text[2:12],
        "q1": text[8:16],
        "d1": text[4:6],
        "a1.1": text[8:10],
        "q1.cue": text[8:16],
        "d2": text[15:20],
    }
    # the quote opens inside the evidence and goes on after it: cut where the evidence ends
    assert (len(page.fragments["e1.1"]), page.fragments["q1"]) == (1, [text[8:12], text[12:16]])
    assert html.count("<mark") == html.count("</mark>")
    assert html.count("data-label") == 4  # e1, q1, d1 and a1.1 once each, on their last fragment
    tags = [tag.split(">")[0] for tag in html.split("<mark ")[1:] if 'data-id="q1"' in tag.split(">")[0]]
    assert ['data-label="— Someone"' in tag for tag in tags] == [False, True]
    # at the same span the outer kind holds the inner one: the quote opens before its cue
    assert html.index('data-id="q1"') < html.index('data-id="q1.cue"')
    assert KINDS.index("event") < KINDS.index("quote") < KINDS.index("actor") < KINDS.index("cue")


def test_marks_leave_out_spans_outside_the_text() -> None:
    doc = Document(
        article=Article(text="Short text."),
        dates=[TemporalExpression(text="x", start=40, end=45, type="DATE", value="2020")],
        events=[Event(type="visit", evidence=[(0, 5), (3, 99)], id="e1")],
    )
    assert [(m.item, m.start, m.end) for m in marks(doc)] == [("e1.1", 0, 5)]


def test_show_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "page.html"
    assert main(["show", str(EXAMPLE), "-o", str(target)]) == 0
    page = parse(target.read_text(encoding="utf-8"))
    assert page.texts == [EXAMPLE.read_text(encoding="utf-8")]
    assert {"date", "actor", "quote", "event"} <= set(page.kinds.values())
    assert main(["show", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    texts = ["Talks\n\nThe minister said on Monday that talks went well.", "Rain\n\nRain & <wind> fell."]
    stream = tmp_path / "two.jsonl"
    stream.write_text("".join(json.dumps({"id": f"r{n}", "text": t}) + "\n" for n, t in enumerate(texts)))
    assert main(["show", str(stream)]) == 0
    page = parse(capsys.readouterr().out)
    assert page.texts == texts  # one section per record, in order


# ----------------------------------------------------------------------------- in a real browser


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium found (Debian: apt-get install chromium); the page is not opened in a browser")


def _browser(chromium: str, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                *args,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "HOME": profile},
        )


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG (zlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        pos += size + 12
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line if bpp == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3)))
        prev = line
    return width, height, rows


HIGHLIGHTS = {  # the page's CSS colours (diplotext.show.CSS)
    "date": bytes.fromhex("ffd54f"),
    "person": bytes.fromhex("90caf9"),
    "state": bytes.fromhex("a5d6a7"),
    "quote": bytes.fromhex("ffcc80"),
    "event": bytes.fromhex("ffebee"),
    "event underline": bytes.fromhex("e53935"),
}


def test_the_page_renders_its_highlights_in_chromium(example_doc: Document, tmp_path: Path) -> None:
    chromium = _chromium()
    page = tmp_path / "page.html"
    page.write_text(render_page([example_doc]), encoding="utf-8")

    dumped = _browser(chromium, page, "--dump-dom")
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    ours, theirs = parse(page.read_text(encoding="utf-8")), parse(dumped.stdout)
    assert theirs.texts == [example_doc.text]  # the browser's DOM holds the article as it is
    assert theirs.fragments == ours.fragments and theirs.kinds == ours.kinds

    shot = tmp_path / "page.png"
    taken = _browser(chromium, page, f"--screenshot={shot}", "--window-size=900,700")
    assert taken.returncode == 0 and shot.is_file(), taken.stderr[-2000:]
    width, height, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (900, 700)
    pixels = b"".join(rows)
    seen = {name for name, rgb in HIGHLIGHTS.items() if any(_at(pixels, rgb))}
    assert seen == set(HIGHLIGHTS), f"colours not on the screenshot: {set(HIGHLIGHTS) - seen}"


def _at(pixels: bytes, rgb: bytes) -> list[int]:
    """Offsets of whole pixels of colour ``rgb`` (at least a few, so stray antialiasing is not it)."""
    found, start = [], 0
    while len(found) < 20:
        i = pixels.find(rgb, start)
        if i < 0:
            return []
        if i % 3 == 0:
            found.append(i)
        start = i + 1
    return found
