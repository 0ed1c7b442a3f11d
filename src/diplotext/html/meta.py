"""What a page states about itself: title, publication date, URL and site, from its ``<meta>`` tags,
JSON-LD, ``<h1>``, ``<title>`` and ``<time datetime>``.

Both HTML readers (:mod:`diplotext.html.basic` and :mod:`diplotext.html.rich`) collect the raw
values into a :class:`PageFacts` and call :func:`record_fields`, so they choose the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Final

import attrs
import regex

from diplotext.datelines import parse_date_line

__all__ = ["FURNITURE", "MAX_JSON_LD", "PageFacts", "json_ld", "published_iso_of", "record_fields"]

MAX_JSON_LD = 1_000_000
"""Largest JSON-LD block parsed (characters)."""

# Class and id words of page furniture: a block so named is dropped with its content.
FURNITURE: Final = regex.compile(
    r"(?<![a-z])(?:comments?|trending|related|cookies?|consent|gdpr|share|sharing|social|newsletter"
    r"|promo|adverts?|advertisement|ads?|sidebar|most-?(?:read|popular)|popular|recommended|more-stories"
    r"|breadcrumbs?|menu|navbar|subscribe|paywall|signup|outbrain|taboola)(?![a-z])",
    regex.I,
)
_TITLE_SUFFIX: Final = regex.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{1,60}$")

# Date fields in order of trust: the page's own statement of when the article was published.
_DATE_KEYS: Final = (
    "article:published_time",
    "ld:datePublished",
    "datepublished",
    "pubdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
)


@attrs.define
class PageFacts:
    """Raw values found in a page (``meta`` keys lower-cased: ``og:title``, ``canonical`` ...)."""

    meta: dict[str, str] = attrs.Factory(dict)
    json_ld: list[str] = attrs.Factory(list)
    h1: str | None = None
    title_tag: str | None = None
    time_datetime: str | None = None
    extra_date: str | None = None
    """A date found by other means (trafilatura's date search), tried after the page's own fields."""
    extra_title: str | None = None


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD document (``@graph`` and nested lists included)."""
    if depth > 20:
        return
    if isinstance(node, dict):
        yield node
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _walk(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)


def json_ld_note(blocks: list[str]) -> dict[str, Any] | None:
    """An ``input_warnings`` entry for the JSON-LD blocks too long to read (``None``: none)."""
    skipped = sum(len(block) > MAX_JSON_LD for block in blocks)
    if not skipped:
        return None
    message = f"JSON-LD blocks over {MAX_JSON_LD:,} characters not read for metadata"
    return {"plugin": "html", "stage": "input", "message": message, "count": skipped}


def json_ld(blocks: list[str]) -> dict[str, str]:
    """``headline``, ``datePublished``, ``url`` and ``publisher`` of the first article object."""
    out: dict[str, str] = {}
    for block in blocks:
        if len(block) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        for obj in _walk(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
                continue
            for key in ("headline", "datePublished", "url"):
                value = obj.get(key)
                if isinstance(value, str) and value.strip() and key not in out:
                    out[key] = value.strip()
            publisher = obj.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                out.setdefault("publisher", publisher["name"].strip())
    return out


def published_iso_of(value: str | None) -> str | None:
    """An ISO 8601 date or datetime from a page's date string, or ``None`` when it is not one."""
    if not value:
        return None
    from diplotext.model import published_iso

    got = parse_date_line(value.strip())
    if got is None or got.published is None:
        return None
    return published_iso(got.published)


def _strip_site(title: str, site: str | None) -> str:
    """``"Talks resume | The Daily Planet"`` -> ``"Talks resume"`` (when the suffix names the site)."""
    m = _TITLE_SUFFIX.search(title)
    if m and (site is None or site.casefold() in m.group().casefold()):
        return title[: m.start()].strip()
    return title


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def record_fields(facts: PageFacts) -> dict[str, str]:
    """The record fields the page states: ``title``, ``published`` (ISO 8601), ``url``, ``source``."""
    meta = facts.meta
    ld = json_ld(facts.json_ld)
    source = meta.get("og:site_name") or ld.get("publisher")
    title_tag = _one_line(facts.title_tag)
    title = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or ld.get("headline")
        or _one_line(facts.h1)
        or _one_line(facts.extra_title)
        or (_strip_site(title_tag, source) if title_tag else None)
    )
    out: dict[str, str] = {}
    if title and (title := " ".join(title.split())):
        out["title"] = title
    dates = [ld.get("datePublished") if key == "ld:datePublished" else meta.get(key) for key in _DATE_KEYS]
    for candidate in (*dates, facts.time_datetime, facts.extra_date):
        published = published_iso_of(candidate)
        if published:
            out["published"] = published
            break
    url = meta.get("og:url") or meta.get("canonical") or ld.get("url")
    if url:
        out["url"] = url
    if source:
        out["source"] = source
    return out
