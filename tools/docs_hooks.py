"""MkDocs hooks for the diplotext docs (mkdocs.yml ``hooks:``).

* ``on_config``: nav entries for pages listed in ``extra.optional_pages`` are dropped while the
  page does not exist yet (any other missing page is an error, as ``--strict`` makes it).
* ``on_page_markdown``: ``<!-- cli-reference -->`` in a page becomes the help of ``diplotext`` and
  of every sub-command, generated from the argparse parser, so the CLI reference cannot drift.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- cli-reference -->"


def _prune(items: list[Any], docs: Path, optional: set[str]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, list):
                kept = _prune(value, docs, optional)
                if kept:
                    out.append({title: kept})
                continue
            if isinstance(value, str) and value in optional and not (docs / value).is_file():
                continue
        elif isinstance(item, str) and item in optional and not (docs / item).is_file():
            continue
        out.append(item)
    return out


def on_config(config: Any) -> Any:
    optional = set(config["extra"].get("optional_pages") or [])
    if config["nav"]:
        config["nav"] = _prune(config["nav"], Path(config["docs_dir"]), optional)
    return config


def cli_reference() -> str:
    """Markdown: the help of ``diplotext`` and each sub-command, as ``--help`` prints it."""
    sys.path.insert(0, str(ROOT / "src"))
    from diplotext.cli import build_parser
    from diplotext.cli_examples import subcommands

    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        parts = ["## `diplotext`", "", "```text", build_parser().format_help().rstrip(), "```", ""]
        for name in subcommands(build_parser()):
            sub = subcommands(build_parser(name))[name]
            parts += [f"## `diplotext {name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    return "\n".join(parts)


def on_page_markdown(markdown: str, **_: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, cli_reference())
    return markdown


ROLE = re.compile(r":(?:func|mod|class|meth|attr|data|exc|obj):(?=<code>)")


def on_page_content(html: str, **_: Any) -> str:
    """Docstrings use Sphinx roles (:func:`x`); on the site the code is enough."""
    return ROLE.sub("", html)
