"""House rules checked over the source tree: word lists live in data files, each entry once."""

from __future__ import annotations

import ast
import collections
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import inline_words
from diplotext import lexicon
from diplotext.extractors.actors.names import fold


def _lexicon_files() -> list[str]:
    folder = resources.files("diplotext").joinpath("data", "lexicon")
    return sorted(f.name.removesuffix(".txt") for f in folder.iterdir() if f.name.endswith(".txt"))


def test_no_lexicon_section_holds_an_entry_twice() -> None:
    repeated = {}
    for name in _lexicon_files():
        for section, items in lexicon.sections(name).items():
            # first_names holds several space-separated names a line, read folded ("José" is "jose"),
            # and so is given_names; the others hold one entry a line, read in lower case
            if name in ("first_names", "given_names"):
                entries = [fold(w) for item in items for w in item.split()]
            else:
                entries = [item.lower() for item in items]
            counts = collections.Counter(entries)
            twice = sorted(e for e, n in counts.items() if n > 1)
            if twice:
                repeated[f"{name}.txt [{section}]"] = twice
    assert repeated == {}


def test_a_lexicon_section_is_opened_once_per_file() -> None:
    # two blocks under one header are read as one list: two rules that each named their own
    # "[flight verbs]" would each see the other's words
    opened_twice = {}
    folder = resources.files("diplotext").joinpath("data", "lexicon")
    for name in _lexicon_files():
        text = folder.joinpath(f"{name}.txt").read_text("utf-8")
        headers = [
            line.split("#", 1)[0].strip()
            for line in text.splitlines()
            if line.startswith("[") and line.split("#", 1)[0].strip().endswith("]")
        ]
        twice = sorted(h for h, n in collections.Counter(headers).items() if n > 1)
        if twice:
            opened_twice[name] = twice
    assert opened_twice == {}


@pytest.mark.parametrize("name", ["first_names", "given_names"])
def test_a_given_name_has_one_section(name: str) -> None:
    # a name that is both male and female goes to [u] once, not to [m] and [f]
    where = collections.defaultdict(set)
    for section, items in lexicon.sections(name).items():
        for item in items:
            for word in item.split():
                where[fold(word)].add(section)
    assert {w: s for w, s in where.items() if len(s) > 1} == {}
    assert set(lexicon.sections(name)) == {"m", "f", "u"}


SRC = Path(__file__).resolve().parent.parent / "src"


def _top_level_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Imports run when the module loads: the module body, and ``if``/``try`` blocks in it, but
    not ``if TYPE_CHECKING:`` and not imports inside functions (lazy ones)."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                yield from _top_level_imports(node.body)
            yield from _top_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from _top_level_imports(block)


def import_graph(root: Path = SRC) -> dict[str, set[str]]:
    """Module -> the diplotext modules it imports when it loads."""
    files = {}
    for file in (root / "diplotext").rglob("*.py"):
        parts = file.relative_to(root).with_suffix("").parts
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = file

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, file in files.items():
        package = module if file.name == "__init__.py" else module.rpartition(".")[0]
        deps = set()
        for node in _top_level_imports(ast.parse(file.read_text("utf-8")).body):
            if isinstance(node, ast.Import):
                deps.update(known(alias.name) for alias in node.names)
                continue
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            # "from pkg import mod" imports the submodule; "from mod import name" the module
            deps.update(
                known(f"{base}.{alias.name}") if f"{base}.{alias.name}" in files else known(base)
                for alias in node.names
            )
        deps.discard(None)
        deps.discard(module)
        graph[module] = {d for d in deps if d is not None}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return cycles


def test_no_import_cycles_among_diplotext_modules() -> None:
    graph = import_graph()
    # the graph is read correctly: absolute, "from package import module" and relative imports
    assert "diplotext.extractors.actors.coref" in graph["diplotext.extractors.actors.finder"]
    assert "diplotext.lexicon" in graph["diplotext.syntax.words"]
    assert import_cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert import_cycles(graph) == [["a", "b", "c"]]


# Inline lists that are no vocabulary: HTML tag names and the syllables of pinyin.
_NOT_VOCABULARY = {
    ("html/basic.py", "script"),
    ("html/basic.py", "p"),
    ("extractors/actors/names.py", "iang"),
}
_MAX_INLINE_WORDS = 16
_MAX_INLINE_STRINGS = 2300  # 5,988 before the word lists moved to data/lexicon (2,243 after)


def test_word_lists_live_in_the_lexicon_not_in_code() -> None:
    found = inline_words.scan()
    where = (
        "put the words in a section of src/diplotext/data/lexicon/*.txt and read them with diplotext.lexicon"
    )
    long_lists = [
        f"{x.path}:{x.line} ({len(x.words)} words: {', '.join(x.words[:4])}, ...)"
        for x in found
        if len(x.words) > _MAX_INLINE_WORDS and (x.path, x.words[0]) not in _NOT_VOCABULARY
    ]
    assert long_lists == [], f"word lists written in code; {where}"
    total = inline_words.summarise(found).strings
    assert total <= _MAX_INLINE_STRINGS, f"{total} words written in code; {where}"


def test_the_word_list_scanner_finds_each_form() -> None:
    source = """
import re
A = frozenset({"alpha", "beta", "gamma", "delta", "epsilon"})
B = "one two three four five".split()
C = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday)\\b")
D = {"north": 1, "south": 2, "east": 3, "west": 4, "centre": 5}
E = ("NOUN", "VERB", "ADJ", "ADV", "PRON")
__all__ = ["one", "two", "three", "four", "five"]
"""
    kinds = sorted((x.kind, len(x.words)) for x in inline_words.scan_source(source, "example.py"))
    assert kinds == [("dict", 5), ("literal", 5), ("regex", 5), ("split", 5)]
