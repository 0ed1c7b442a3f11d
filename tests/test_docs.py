"""Every code block of the docs (docs/*.md and README.md) runs, and prints what the page says.

* ```` ```python ```` blocks run in order, one namespace per page (a block may use what an earlier
  block of its page defined), with the working directory a scratch folder holding ``examples/``.
  A block followed by "prints" and an indented block must print exactly that.
* ```` ```console ```` / ```` ```bash ```` blocks: each ``$ diplotext ...`` line runs the command
  (in-process, ``echo "..." |`` feeding standard input) and must exit 0; lines after a command
  that are not commands must appear in what it printed.
* ```` ```toml ```` blocks must parse.
* A block that must not run is preceded by ``<!-- no-run: the reason -->``; there are few.
* A block that needs an optional package (an extra) is preceded by ``<!-- needs: module -->``: it
  runs where that module imports (CI installs the extras); where it does not, the page's other
  blocks run and the test then skips naming it, so ``make test`` passes on a fresh machine.
* ``--8<-- "path"`` lines (pymdownx.snippets) are replaced by the file they name, as on the site.

The tutorial imports the sanctions example package from ``examples/diplotext-sanctions/src``, as
if it were installed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shlex
import sys
import tomllib
import types
from pathlib import Path

import attrs
import pytest

import diplotext
from diplotext import plugins
from diplotext.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(p.relative_to(ROOT).as_posix() for p in DOCS.glob("*.md")), "README.md"]
SANCTIONS_SRC = ROOT / "examples" / "diplotext-sanctions" / "src"

RUNNABLE = {"python", "console", "bash", "sh", "shell"}
MAX_NO_RUN = 8

FENCE = re.compile(
    r"(?:^<!-- needs: (?P<needs>[\w.]+) -->\n)?"
    r"(?:^<!-- no-run: (?P<reason>[^\n]*?) -->\n)?^```(?P<lang>[\w-]*)[^\n]*\n(?P<code>.*?)^```[ \t]*\n"
    r"(?:\nprints\n\n(?P<shown>(?:    [^\n]*\n|\n(?=    ))+))?",
    re.MULTILINE | re.DOTALL,
)
SNIPPET = re.compile(r'^--8<-- "([^"]+)"$', re.MULTILINE)


@attrs.frozen
class Block:
    page: str
    line: int
    lang: str
    code: str
    no_run: str | None
    shown: list[str] | None
    needs: str | None = None

    def where(self) -> str:
        return f"{self.page}:{self.line}"


def include_snippets(code: str) -> str:
    return SNIPPET.sub(lambda m: (ROOT / m.group(1)).read_text(encoding="utf-8").rstrip("\n"), code)


def blocks(page: str) -> list[Block]:
    text = (ROOT / page).read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        shown = None
        if m.group("shown"):
            shown = [line[4:] for line in m.group("shown").rstrip("\n").split("\n")]
        out.append(
            Block(
                page=page,
                line=text.count("\n", 0, m.start("code")),
                lang=m.group("lang"),
                code=include_snippets(m.group("code")),
                no_run=m.group("reason"),
                needs=m.group("needs"),
                shown=shown,
            )
        )
    return out


ALL = [b for page in PAGES for b in blocks(page)]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch folder with ``examples/`` in it, as the working directory."""
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(SANCTIONS_SRC))
    plugins.reset()
    yield tmp_path
    plugins.reset()


def run_python(block: Block, namespace: dict[str, object]) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block.code, block.where(), "exec"), namespace)
    if block.shown is not None:
        assert out.getvalue().rstrip("\n").split("\n") == block.shown, f"{block.where()} prints otherwise"


def run_command(line: str, block: Block) -> str:
    stdin = ""
    if line.startswith("echo ") and "|" in line:
        echo, line = (part.strip() for part in line.split("|", 1))
        stdin = shlex.split(echo)[1] + "\n"
    argv = shlex.split(line)
    assert argv[0] == "diplotext", f"{block.where()}: only diplotext commands run here: {line!r}"
    assert not {"|", ">", "<", "&&"} & set(argv), f"{block.where()}: no shell in {line!r}"
    out = io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out):
            status = cli_main(argv[1:])
    finally:
        sys.stdin = old_stdin
    assert status == 0, f"{block.where()}: {line!r} exited {status}"
    return out.getvalue()


def run_console(block: Block) -> None:
    output = None
    for raw in block.code.splitlines():
        line = raw.split("  #", 1)[0].strip()
        if raw.startswith("$ "):
            output = run_command(raw[2:].split("  #", 1)[0].strip(), block)
        elif line and output is not None:
            assert line in output, f"{block.where()}: {line!r} not in the output"


@pytest.mark.parametrize("page", PAGES)
def test_code_blocks_of_the_page_run(page: str, workdir: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{Path(page).stem}"}
    ran = 0
    missing: list[str] = []
    for block in blocks(page):
        if block.no_run is not None:
            continue
        if block.needs is not None and importlib.util.find_spec(block.needs) is None:
            missing.append(f"{block.where()} ({block.needs})")
            continue
        if block.lang == "python":
            run_python(block, namespace)
        elif block.lang in ("console", "bash", "sh", "shell"):
            run_console(block)
        elif block.lang == "toml":
            tomllib.loads(block.code)
        else:
            continue
        ran += 1
    runnable = [b for b in blocks(page) if b.lang in RUNNABLE | {"toml"} and b.no_run is None]
    assert ran + len(missing) == len(runnable)
    if missing:
        pytest.skip(f"every other block ran; not installed, so not run: {', '.join(missing)}")


def test_blocks_that_do_not_run_are_few_and_say_why() -> None:
    skipped = [b for b in ALL if b.no_run is not None]
    assert len(skipped) <= MAX_NO_RUN, [b.where() for b in skipped]
    assert all(len(b.no_run or "") >= 10 for b in skipped)
    assert all(b.lang in RUNNABLE for b in skipped), "only code is ever marked no-run"


def test_every_code_block_has_a_language() -> None:
    assert [b.where() for b in ALL if not b.lang] == []


def test_the_docs_have_runnable_blocks_on_the_pages_that_teach() -> None:
    for page in ("docs/plugins.md", "docs/hooks.md", "docs/tutorial.md", "docs/quickstart.md", "README.md"):
        assert any(b.page == page and b.lang in RUNNABLE and b.no_run is None for b in ALL), page


def test_a_wrong_print_is_caught(workdir: Path) -> None:
    block = Block(page="x.md", line=1, lang="python", code="print('a')\n", no_run=None, shown=["b"])
    with pytest.raises(AssertionError, match="prints otherwise"):
        run_python(block, {})


def test_the_clause_reading_plugin_of_the_plugin_guide_works() -> None:
    (code,) = [
        b.code
        for b in blocks("docs/plugins.md")
        if b.lang == "python" and "clauses.with_words" in b.code and "class " not in b.code
    ]
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
