"""The HTML reader of the ``diplotext[html]`` extra: trafilatura finds the article's main text.

trafilatura (with lxml) separates the story from navigation, cookie banners, "trending" bars,
related-link lists, share bars and comment sections, with or without ``<article>``/``<main>``.
Around it this module adds what trafilatura leaves out: ``<figcaption>`` and caption/credit blocks
become captions (spans in the text, given to the reader as the record's ``captions``), and the
page's own metadata is chosen as :mod:`diplotext.html.meta` does for the fallback reader.

Nothing is fetched: the markup is parsed from the string by lxml (whose parser has network access
off) and trafilatura and its date finder get the parsed tree, never a URL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

import regex

from diplotext.datelines import MAX_DATE_LINE, parse_date_line
from diplotext.html.meta import FURNITURE, PageFacts, json_ld_note, record_fields

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["MAX_CAPTION", "rich_record"]

MAX_CAPTION = 1000
"""Longest caption or credit block kept (characters)."""

_CAPTION_CLASS: Final = regex.compile(r"(?<![a-z])(?:caption|credit)s?(?![a-z])", regex.I)
_SKIP_TAGS: Final = frozenset({"nav", "footer", "aside", "form", "script", "style", "noscript", "template"})
_SPACE: Final = regex.compile(r"\s+")
_AFTER_H1: Final = (
    "following::text()[normalize-space()][not(ancestor::script or ancestor::style)][position() <= 12]"
)
_DATE_SEARCH: Final = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
"""trafilatura's date finder reads the page's markup only, not dates in the story's text."""

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # Their parse notes ("wrong data type or not valid HTML") would go to stderr through logging's
    # last-resort handler; a NullHandler keeps them out while they still reach handlers a user sets.
    logging.getLogger(_name).addHandler(logging.NullHandler())


def _words(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _attr(el: HtmlElement, name: str) -> str:
    value = el.get(name)
    return value if isinstance(value, str) else ""


def _facts(tree: HtmlElement) -> PageFacts:
    facts = PageFacts()
    for el in tree.iter("meta", "link", "script", "time", "title", "h1"):
        tag = el.tag
        if tag == "meta":
            key = (_attr(el, "property") or _attr(el, "name") or _attr(el, "itemprop")).strip().lower()
            content = _attr(el, "content").strip()
            if key and content:
                facts.meta.setdefault(key, content)
        elif tag == "link":
            if "canonical" in _attr(el, "rel").lower().split() and _attr(el, "href"):
                facts.meta.setdefault("canonical", _attr(el, "href").strip())
        elif tag == "script":
            if "ld+json" in _attr(el, "type").lower():
                facts.json_ld.append(el.text or "")
        elif tag == "time":
            if facts.time_datetime is None and _attr(el, "datetime"):
                facts.time_datetime = _attr(el, "datetime").strip()
        elif tag == "title":
            if facts.title_tag is None:
                facts.title_tag = _words(el.text_content()) or None
        elif facts.h1 is None:
            facts.h1 = _words(el.text_content()) or None
    return facts


def _in_furniture(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS or node.get("hidden") is not None:
            return True
        if tag not in ("html", "body", "main", "article") and FURNITURE.search(
            f"{_attr(node, 'class')} {_attr(node, 'id')}"
        ):
            return True
    return False


def _captions(tree: HtmlElement) -> list[str]:
    """Caption and credit texts in page order, each once: ``<figcaption>`` and blocks whose class
    names a caption or credit (a credit inside a caption is part of it)."""
    out: list[str] = []
    seen: set[str] = set()
    taken: set[HtmlElement] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag != "figcaption" and not _CAPTION_CLASS.search(_attr(el, "class")):
            continue
        if el.tag in ("img", "meta", "html", "body") or any(a in taken for a in el.iterancestors()):
            continue
        taken.add(el)
        text = _words(el.text_content())
        key = text.casefold()
        if not text or len(text) > MAX_CAPTION or key in seen or _in_furniture(el):
            continue
        seen.add(key)
        out.append(text)
    return out


def _date_line(tree: HtmlElement) -> str | None:
    """A date line among the first short texts after the page's first ``<h1>`` ("8 February 2024",
    "Prague, 12 March 2018"): trafilatura leaves the story's header out of the main text."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    for node in h1.xpath(_AFTER_H1):
        line = _words(str(node))
        if len(line) <= MAX_DATE_LINE:
            got = parse_date_line(line)
            if got is not None and got.published is not None:
                return line
    return None


def _inline(el: HtmlElement) -> Iterator[str]:
    """An element's text with ``<lb>`` line breaks as newlines."""
    if el.text:
        yield el.text
    for child in el:
        if child.tag == "lb":
            yield "\n"
        else:
            yield from _inline(child)
        if child.tail:
            yield child.tail


def _block_text(el: HtmlElement) -> str:
    lines = (_words(line) for line in "".join(_inline(el)).split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(body: HtmlElement) -> list[str]:
    """The paragraphs of trafilatura's output tree: one per paragraph, heading, quote, list item
    and table row."""
    out: list[str] = []
    for el in body:
        if el.tag == "graphic":
            continue
        if el.tag == "list":
            out.extend(_block_text(item) for item in el.iter("item"))
        elif el.tag == "table":
            for row in el.iter("row"):
                out.append("; ".join(t for cell in row.iter("cell") if (t := _block_text(cell))))
        else:
            out.append(_block_text(el))
    return [b for b in out if b]


def rich_record(markup: str) -> dict[str, Any] | None:
    """An input record from HTML markup with trafilatura, or ``None`` when it finds no article text.

    The text is the page's title heading (when trafilatura keeps it), the date line under the
    ``<h1>`` (when there is one), the captions, then the article's paragraphs, separated by blank
    lines. ``captions`` lists the captions' spans in it.
    """
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return None
    facts = _facts(tree)
    captions = _captions(tree)
    date_line = _date_line(tree)
    try:
        found = bare_extraction(
            tree,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            with_metadata=True,
            date_extraction_params=dict(_DATE_SEARCH),
        )
    except Exception:  # trafilatura gave up on this page: the fallback reader takes it
        return None
    body = getattr(found, "body", None)
    if body is None:
        return None
    blocks = _blocks(body)
    if not blocks:
        return None
    facts.extra_title = getattr(found, "title", None)
    facts.extra_date = getattr(found, "date", None)
    fields = record_fields(facts)
    header = [date_line] if date_line else []
    moved = {c.casefold() for c in (*captions, *header)}
    blocks = [b for b in blocks if _words(b).casefold() not in moved]
    title = fields.get("title")
    lead = 1 if blocks and title and _words(blocks[0]).casefold() == title.casefold() else 0
    parts = [*blocks[:lead], *header, *captions, *blocks[lead:]]
    first_caption = lead + len(header)
    spans: list[list[int]] = []
    pos = 0
    pieces: list[str] = []
    for i, part in enumerate(parts):
        if i:
            pieces.append("\n\n")
            pos += 2
        if first_caption <= i < first_caption + len(captions):
            spans.append([pos, pos + len(part)])
        pieces.append(part)
        pos += len(part)
    record: dict[str, Any] = {"text": "".join(pieces), **fields}
    if spans:
        record["captions"] = spans
    long_json_ld = json_ld_note(facts.json_ld)
    if long_json_ld is not None:
        record["input_warnings"] = [long_json_ld]
    return record
