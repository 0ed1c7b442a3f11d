"""The fallback HTML reader (no trafilatura): the visible article text, with the standard library only.

Uses :mod:`html.parser`. The text keeps block elements apart with blank lines (so the reader sees
paragraphs), drops scripts, styles, navigation, footers, asides, forms, hidden elements and blocks
whose class or id names page furniture (comments, trending, related, cookie, share, newsletter,
menu ...), and prefers the page's ``<article>`` (else ``<main>``) when it holds enough text.
Metadata is chosen by :mod:`diplotext.html.meta`.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from typing import Any, Final

import regex

from diplotext.html.meta import FURNITURE, MAX_JSON_LD, PageFacts, json_ld_note, record_fields

__all__ = ["basic_record"]

_DROP: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "textarea",
        "iframe",
        "svg",
        "canvas",
        "object",
        "embed",
        "head",
        "menu",
        "dialog",
    }
)
_BLOCK: Final = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "hr",
        "address",
        "details",
        "summary",
        "body",
        "html",
    }
)
_VOID: Final = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
)
_CAPTION_OPEN: Final = "\ue000"  # private-use marks around <figcaption> text while the text is built
_CAPTION_CLOSE: Final = "\ue001"
_MARKS: Final = regex.compile("[\ue000\ue001]")
_MARK_SPLIT: Final = regex.compile("([\ue000\ue001])")
_STRUCTURAL: Final = frozenset({"html", "body", "main", "article"})
_SPACES: Final = regex.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS: Final = regex.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_STRAY_LT: Final = regex.compile(r"<(?:(?![A-Za-z/!?])|(?=[^<>]*+(?:<|\Z)))")
MIN_ARTICLE_CHARS = 200
"""An ``<article>`` or ``<main>`` element with less text than this is not taken as the whole story."""
MAX_DEPTH = 512
"""Deepest element nesting tracked; deeper start tags are read as inline text."""


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()  # tags on the stack, for a constant-time "is it open?"
        self.drop_depth = 0  # > 0 while inside a dropped element
        self.parts: dict[str, list[str]] = {"all": [], "article": [], "main": []}
        self.in_article = 0
        self.in_main = 0
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.in_h1 = False
        self.json_ld: list[str] = []
        self.too_deep = 0  # elements past MAX_DEPTH, read as inline text
        self.in_json_ld = False
        self.time_datetime: str | None = None

    # ---------------------------------------------------------------- output
    def _emit(self, text: str) -> None:
        self.parts["all"].append(text)
        if self.in_article:
            self.parts["article"].append(text)
        if self.in_main:
            self.parts["main"].append(text)

    # ---------------------------------------------------------------- tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href"):
                self.meta.setdefault("canonical", a["href"].strip())
            return
        if tag == "title" and "svg" not in self.stack[-MAX_DEPTH:]:
            self.in_title = True
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_json_ld = True
            self.json_ld.append("")
        if tag == "time" and self.time_datetime is None and a.get("datetime"):
            self.time_datetime = a["datetime"].strip()
        if tag in _VOID:
            if tag == "br" and not self.drop_depth:
                self._emit("\n")
            elif tag in ("hr", "img") and not self.drop_depth:
                self._emit("\n\n")
            return
        if len(self.stack) >= MAX_DEPTH:  # absurdly deep or unclosed markup: read on as inline
            self.too_deep += 1
            return
        hidden = (
            "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or (tag not in _STRUCTURAL and FURNITURE.search(f"{a.get('class', '')} {a.get('id', '')}"))
        )
        self.stack.append(tag)
        self.open[tag] += 1
        if self.drop_depth or tag in _DROP or hidden:
            self.drop_depth += 1
            return
        if tag == "article":
            self.in_article += 1
        if tag == "main":
            self.in_main += 1
        if tag == "h1" and not self.h1_done:
            self.in_h1 = True
        if tag in _BLOCK:
            self._emit("\n\n")
        if tag == "figcaption":
            self._emit(_CAPTION_OPEN)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_json_ld = False
        if tag in _VOID or not self.open[tag]:
            return
        # Close everything opened since the matching start tag (browsers forgive missing end tags).
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            if self.drop_depth:
                self.drop_depth -= 1
            else:
                if top == "article":
                    self.in_article = max(0, self.in_article - 1)
                if top == "main":
                    self.in_main = max(0, self.in_main - 1)
                if top == "h1" and self.in_h1:
                    self.in_h1 = False
                    self.h1_done = True
                if top == "figcaption":
                    self._emit(_CAPTION_CLOSE)
                if top in _BLOCK:
                    self._emit("\n\n")
            if top == tag:
                break

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.in_json_ld and self.json_ld:
            if len(self.json_ld[-1]) <= MAX_JSON_LD:
                self.json_ld[-1] += data
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.drop_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self._emit(_SPACES.sub(" ", _MARKS.sub("", data.replace("\n", " "))))


def _tight(text: str) -> str:
    """No space just inside a caption's marks (linear: one split, one strip per piece)."""
    if _CAPTION_OPEN not in text:
        return text
    pieces = _MARK_SPLIT.split(text)
    for i in range(0, len(pieces), 2):
        if i > 0 and pieces[i - 1] == _CAPTION_OPEN:
            pieces[i] = pieces[i].lstrip()
        if i + 1 < len(pieces) and pieces[i + 1] == _CAPTION_CLOSE:
            pieces[i] = pieces[i].rstrip()
    return "".join(pieces)


def _captions(text: str) -> tuple[str, list[list[int]]]:
    """Take the caption marks out of ``text``: the text and the captions' spans in it (an unclosed
    or empty caption gives no span)."""
    out: list[str] = []
    spans: list[list[int]] = []
    pos = 0
    length = 0
    start: int | None = None
    for m in _MARKS.finditer(text):
        out.append(text[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group() == _CAPTION_OPEN:
            start = length
        elif start is not None:
            if start < length:  # _tight took the spaces next to the marks away
                spans.append([start, length])
            start = None
    out.append(text[pos:])
    return "".join(out), spans


def _clean(text: str) -> str:
    lines = (line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _one_line(parts: list[str]) -> str | None:
    text = " ".join("".join(parts).split())
    return text or None


def basic_record(markup: str) -> dict[str, Any]:
    """An input record (``text`` and whatever metadata the page states) from HTML markup.

    Keys besides ``text`` are present only when the page gives them: ``title``, ``published`` (ISO
    8601), ``url`` and ``source``.
    """
    page = _Page()
    try:
        # A "<" that cannot open a tag (no letter after it, or no ">" before the next "<") is text.
        # Escaping it keeps html.parser linear: it rescans an unclosed tag on every later "<".
        page.feed(_STRAY_LT.sub("&lt;", markup))
        page.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is forgiving; be safe anyway
        pass
    text = _clean(_tight("".join(page.parts["all"])))
    for scope in ("article", "main"):
        scoped = _clean(_tight("".join(page.parts[scope])))
        if len(scoped) >= MIN_ARTICLE_CHARS:
            text = scoped
            break
    facts = PageFacts(
        meta=page.meta,
        json_ld=page.json_ld,
        h1=_one_line(page.h1_parts),
        title_tag=_one_line(page.title_parts),
        time_datetime=page.time_datetime,
    )
    text, captions = _captions(text)
    record: dict[str, Any] = {"text": text, **record_fields(facts)}
    if captions:
        record["captions"] = captions
    notes = []
    if page.too_deep:
        notes.append(
            {
                "plugin": "html",
                "stage": "input",
                "message": f"elements nested deeper than {MAX_DEPTH} read as inline text",
                "count": page.too_deep,
            }
        )
    long_json_ld = json_ld_note(page.json_ld)
    if long_json_ld is not None:
        notes.append(long_json_ld)
    if notes:
        record["input_warnings"] = notes
    return record
