"""HTML pages to input records: the article's text plus what the page states about itself.

With the ``diplotext[html]`` extra installed, :mod:`diplotext.html.rich` reads the page with
trafilatura (navigation, cookie banners, trending bars, related links and comments stay out of the
text; figure captions and credits become captions). Without it, :mod:`diplotext.html.basic` (the
standard library's ``html.parser``) reads it, and the record carries an ``input_warnings`` entry
saying so (a warning in the document). Nothing is ever fetched: links, images, scripts and
stylesheets the page references are not resolved.
"""

from __future__ import annotations

import importlib.util
from typing import Any

__all__ = ["FALLBACK_MESSAGE", "have_trafilatura", "html_record"]

FALLBACK_MESSAGE = (
    "trafilatura not installed (pip install 'diplotext[html]'); used the basic HTML parser, "
    "which may keep page furniture (menus, comments, related links) in the text"
)


def have_trafilatura() -> bool:
    """Is the ``html`` extra (trafilatura) importable?"""
    return importlib.util.find_spec("trafilatura") is not None


def html_record(markup: str, *, engine: str | None = None) -> dict[str, Any]:
    """An input record from HTML markup: ``text`` and, when the page gives them, ``title``,
    ``published`` (ISO 8601), ``url``, ``source``, ``captions`` (spans in ``text``) and
    ``input_warnings`` / ``input_errors`` (how the page was read, when not as asked);
    ``text_in_output`` is true (the output document carries ``article.text``, which its offsets
    index).

    ``engine`` is ``"trafilatura"``, ``"basic"`` or ``None`` (trafilatura when installed). A page in
    which trafilatura finds no article text is read by the basic parser.
    """
    if engine not in (None, "trafilatura", "basic"):
        raise ValueError(f"engine must be 'trafilatura', 'basic' or None, not {engine!r}")
    from diplotext.html.basic import basic_record

    record: dict[str, Any] | None
    if engine == "basic":
        record = basic_record(markup)
    elif not have_trafilatura():
        record = basic_record(markup)
        fallback = {"plugin": "html", "stage": "input", "message": FALLBACK_MESSAGE}
        record["input_warnings"] = [fallback, *record.get("input_warnings", ())]
    else:
        from diplotext.html.rich import rich_record

        try:
            record = rich_record(markup) or basic_record(markup)
        except Exception as exc:  # lxml or trafilatura failed on this page: it is still read
            record = basic_record(markup)
            reason = f"{type(exc).__name__}: {exc}"[:200]
            message = f"trafilatura failed on this page ({reason}); used the basic HTML parser"
            record["input_errors"] = [{"plugin": "html", "stage": "input", "message": message}]
    record["text_in_output"] = True  # the offsets index this text, which the user does not have
    return record
