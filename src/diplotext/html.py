"""HTML pages to input records (placeholder: tags stripped)."""

from __future__ import annotations

import html as _html
from typing import Any

import regex

_TAG = regex.compile(r"<[^>]*>")


def html_record(markup: str) -> dict[str, Any]:
    """An input record (``text`` and whatever metadata the page states) from HTML markup."""
    return {"text": _html.unescape(_TAG.sub("\n", markup))}
