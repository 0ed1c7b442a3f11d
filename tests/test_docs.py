"""The code shown in the docs runs and prints what the docs say it prints."""

from __future__ import annotations

import contextlib
import io
import re
import types
from pathlib import Path

import pytest

import diplotext
from diplotext import plugins

DOCS = Path(__file__).resolve().parent.parent / "docs"


def python_blocks(name: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / name).read_text(encoding="utf-8"), re.DOTALL)


def test_the_clauses_example_prints_what_the_page_shows() -> None:
    page = (DOCS / "clauses.md").read_text(encoding="utf-8")
    (code,) = [b for b in python_blocks("clauses.md") if "layer.in_sentence" in b]
    shown = re.search(r"prints\n\n((?:    .*\n)+)", page)
    assert shown is not None
    want = [line.strip() for line in shown.group(1).splitlines()]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "docs/clauses.md", "exec"), {})
    assert out.getvalue().splitlines() == want


def test_the_clause_reading_plugin_of_the_plugin_guide_works() -> None:
    (code,) = [b for b in python_blocks("plugins.md") if "clauses.with_words" in b]
    module = types.ModuleType("diplotext_doc_protests")
    header = "from diplotext import hookimpl\nfrom diplotext.model import Event\n"
    exec(compile(header + code, "docs/plugins.md", "exec"), module.__dict__)
    plugins.register(module, name="doc_protests")
    try:
        text = "Farmers protested in the capital on Monday. Officials did not protest the ruling."
        doc = diplotext.extract(text, published="2030-06-12", layout="body")
        found = [e for e in doc.events if e.type == "protest"]
        evidence = [text[s:e].rstrip(".") for s, e in found[0].evidence]
        assert evidence == ["Farmers protested in the capital on Monday"]
        assert len(found) == 1  # the negated one is left out
        assert found[0].plugin == "doc_protests"
    finally:
        plugins.unregister("doc_protests")


@pytest.mark.parametrize("name", ["plugins.md", "clauses.md", "events.md", "evaluation.md"])
def test_docs_pages_exist_and_are_linked_from_the_readme(name: str) -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert (DOCS / name).is_file()
    assert f"docs/{name}" in readme
