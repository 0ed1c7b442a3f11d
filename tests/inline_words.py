"""Find word lists written inline in the Python sources of ``src/diplotext``.

Word lists belong in ``src/diplotext/data/lexicon/*.txt`` (read with :mod:`diplotext.lexicon`).
This scanner finds the ones still written in code, so a test can keep them from coming back and
the count can be measured:

- set, frozenset, list and tuple literals of at least ``MIN_WORDS`` string constants;
- dict literals with at least ``MIN_WORDS`` string keys;
- ``"a b c d e".split()`` and blocks of words passed to a ``words(...)`` helper;
- alternations of at least ``MIN_WORDS`` literal words inside a regular expression (a string with
  ``(?``, or one passed to ``compile``).

Run ``python tests/inline_words.py`` for a report (``--all`` lists every list found).
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "diplotext"
MIN_WORDS = 5

# one literal alternative: letters, apostrophes, hyphens, spaces and ``\s+`` / ``\.`` between words
_WORD = r"[A-Za-z][A-Za-z'\-]*(?:(?:\\s[+*?]?|\\\.|[ .])[A-Za-z][A-Za-z'\-]*)*\.?"
_ALTERNATION = re.compile(rf"(?<![\w\\])({_WORD}(?:\|{_WORD}){{{MIN_WORDS - 1},}})(?![\w\\])")


@dataclass(frozen=True)
class InlineList:
    """One word list written in code."""

    path: str  # relative to src/diplotext
    line: int
    kind: str  # "literal", "dict", "split", "regex"
    words: tuple[str, ...]


_NATURAL = re.compile(r"[A-Za-z][A-Za-z'\u2019 .&\-]*")


def is_word(item: str) -> bool:
    """A word or phrase of text, not a tag (``NOUN``), a code (``CHN``) or an identifier."""
    return bool(_NATURAL.fullmatch(item)) and not (item.isupper() and " " not in item)


def _strings(elts: list[ast.expr]) -> list[str] | None:
    out = []
    for e in elts:
        if not (isinstance(e, ast.Constant) and isinstance(e.value, str)):
            return None
        out.append(e.value)
    return [w for w in out if is_word(w)]


def _exported(tree: ast.AST) -> set[int]:
    """The ``__all__`` lists: names of the module, not words."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets) and node.value is not None:
                ids.add(id(node.value))
    return ids


def _func_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def scan_source(source: str, path: str) -> Iterator[InlineList]:
    """The inline word lists in one module's source."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    exported = _exported(tree)
    compiled: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and _func_name(node) == "compile":
            compiled.update(id(n) for n in ast.walk(node.args[0]))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            if id(node) in exported:
                continue
            words = _strings(node.elts)
            if words is not None and len(words) >= MIN_WORDS:
                yield InlineList(path, node.lineno, "literal", tuple(words))
        elif isinstance(node, ast.Dict):
            # a table of words (values are data), not a record being built (values are expressions)
            if not all(isinstance(v, (ast.Constant, ast.Tuple)) for v in node.values):
                continue
            keys = [k for k in node.keys if k is not None]
            words = _strings(keys)
            if words is not None and len(words) >= MIN_WORDS:
                yield InlineList(path, node.lineno, "dict", tuple(words))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and not node.args
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            words = [w for w in node.func.value.value.split() if is_word(w)]
            if len(words) >= MIN_WORDS:
                yield InlineList(path, node.lineno, "split", tuple(words))
        elif (
            isinstance(node, ast.Call)
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and _func_name(node).endswith("words")
        ):
            words = [w for w in node.args[0].value.split() if is_word(w)]
            if len(words) >= MIN_WORDS:
                yield InlineList(path, node.lineno, "block", tuple(words))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            text = node.value
            if "(?" not in text and id(node) not in compiled:
                continue
            for m in _ALTERNATION.finditer(text):
                plain = (re.sub(r"\\s[+*?]?|\\", " ", w).replace("  ", " ") for w in m.group(1).split("|"))
                words = tuple(w for w in plain if is_word(w))
                if len(words) >= MIN_WORDS:
                    yield InlineList(path, node.lineno, "regex", words)


def scan(root: Path = SRC) -> list[InlineList]:
    """Every inline word list under ``root``."""
    found: list[InlineList] = []
    for file in sorted(root.rglob("*.py")):
        found.extend(scan_source(file.read_text("utf-8"), str(file.relative_to(root))))
    return found


@dataclass(frozen=True)
class Summary:
    strings: int
    lists: int
    modules: int
    shared_words: int  # words (lower case) in three or more lists


def summarise(found: list[InlineList]) -> Summary:
    where: dict[str, set[int]] = defaultdict(set)
    for i, lst in enumerate(found):
        for w in lst.words:
            where[w.lower().strip()].add(i)
    return Summary(
        strings=sum(len(x.words) for x in found),
        lists=len(found),
        modules=len({x.path for x in found}),
        shared_words=sum(1 for lists in where.values() if len(lists) >= 3),
    )


def main(argv: list[str]) -> None:
    found = scan()
    s = summarise(found)
    print(f"{s.strings} strings in {s.lists} lists across {s.modules} modules;", end=" ")
    print(f"{s.shared_words} words in three or more lists")
    per_module: dict[str, int] = defaultdict(int)
    for x in found:
        per_module[x.path] += len(x.words)
    for path, n in sorted(per_module.items(), key=lambda kv: -kv[1]):
        print(f"{n:6d}  {path}")
    if "--all" in argv:
        for x in found:
            print(f"{x.path}:{x.line} {x.kind} {len(x.words)}: {' | '.join(x.words)[:300]}")


if __name__ == "__main__":
    main(sys.argv[1:])
