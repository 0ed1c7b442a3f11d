"""The docs site's configuration, the CLI's examples and the release files (the site itself is built
by ``make docs`` in CI; the code blocks run in tests/test_docs.py)."""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
import tomllib
from pathlib import Path

import pytest

from diplotext.cli import build_parser, main
from diplotext.cli_examples import EXAMPLES, subcommands

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def nav_pages() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return re.findall(r'^\s*- (?:"[^"\n]*": |[^:"\n]+: )?([\w./-]+\.md)\s*$', text, re.MULTILINE)


def optional_pages() -> set[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"optional_pages:\n((?:\s+- .*\n)+)", text)
    assert block is not None
    return set(re.findall(r"- (\S+)", block.group(1)))


def test_every_page_is_in_the_nav_and_every_nav_page_exists_or_is_optional() -> None:
    pages = {p.name for p in DOCS.glob("*.md")}
    listed = set(nav_pages())
    assert pages - listed == set(), "pages missing from mkdocs.yml's nav"
    assert listed - pages <= optional_pages(), "nav entries without a page"


def test_the_nav_pruning_hook_drops_only_absent_optional_pages(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import docs_hooks
    finally:
        sys.path.remove(str(ROOT / "tools"))
    (tmp_path / "a.md").write_text("# A\n")
    (tmp_path / "opt_here.md").write_text("# here\n")
    nav = [{"A": "a.md"}, {"Group": [{"Gone": "opt_gone.md"}]}, {"Here": "opt_here.md"}, {"Typo": "b.md"}]
    kept = docs_hooks._prune(nav, tmp_path, {"opt_gone.md", "opt_here.md"})
    assert kept == [{"A": "a.md"}, {"Here": "opt_here.md"}, {"Typo": "b.md"}]  # a typo stays: mkdocs fails


def test_the_cli_reference_is_generated_from_the_parser() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import docs_hooks
    finally:
        sys.path.remove(str(ROOT / "tools"))
    page = docs_hooks.on_page_markdown((DOCS / "cli.md").read_text(encoding="utf-8"))
    assert docs_hooks.MARKER not in page
    for name in subcommands(build_parser()):
        assert f"## `diplotext {name}`" in page
        assert f"usage: diplotext {name}" in page
    assert "--published DATE" in page and "--jobs N" in page


@pytest.mark.parametrize("name", [None, *subcommands(build_parser())])
def test_every_command_help_ends_with_examples(name: str | None) -> None:
    parser = build_parser(name)
    target = parser if name is None else subcommands(parser)[name]
    text = target.format_help()
    assert "\nexamples:\n" in text, f"no examples in the help of {name or 'diplotext'}"
    lines = text.split("\nexamples:\n", 1)[1].splitlines()
    assert all(line.startswith("  ") for line in lines if line), "the examples keep their layout"
    assert name is None or any(f"diplotext {name}" in line for line in lines)


def test_help_exits_zero_and_prints_the_examples() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main(["extract", "--help"])
    assert stop.value.code == 0
    assert "diplotext extract --summary article.txt" in out.getvalue()


def test_examples_name_only_commands_that_exist() -> None:
    names = set(subcommands(build_parser()))
    assert {k for k in EXAMPLES if k is not None} <= names
    assert isinstance(build_parser(), argparse.ArgumentParser)


def test_the_licence_file_matches_the_declared_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert "LICENSE" in project["license-files"]
    assert "Apache License\n                           Version 2.0" in (ROOT / "LICENSE").read_text(
        encoding="utf-8"
    )


def test_the_readme_links_work_off_github() -> None:
    """PyPI shows the README without the repository: every link is absolute."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert links
    assert [link for link in links if not link.startswith(("https://", "http://"))] == []
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    repo = project["urls"]["Repository"]
    assert all(link.startswith(repo) for link in links if "github.com" in link)


def test_the_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.split("#")[0].strip() for line in section.splitlines() if line.startswith("    ")]
    assert [c for c in commands if c] == ["make demo", "make test"]


def test_make_demo_installs_only_diplotext() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    demo = re.search(r"^demo: (\S+)", makefile, re.MULTILINE)
    assert demo is not None
    recipe = re.search(rf"^{re.escape(demo.group(1))}: .*?\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe is not None
    assert "pip install --quiet -e .\n" in recipe.group(1)
    assert "[dev]" not in recipe.group(1)


def test_the_plugins_page_lists_every_event_field_and_the_class_form_of_requires() -> None:
    import attrs

    from diplotext.model import Event

    page = (DOCS / "plugins.md").read_text(encoding="utf-8")
    table = page.split("### The event you return", 1)[1].split("\n## ", 1)[0]
    for field in attrs.fields(Event):
        assert f"| `{field.name}` |" in table, f"docs/plugins.md does not list Event.{field.name}"
    assert re.search(r"class \w+:\n    REQUIRES = \(", page), "no class-attribute REQUIRES example"
