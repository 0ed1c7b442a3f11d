"""Compiled patterns that are compiled the first time they are used.

Compiling a ``regex`` pattern runs its parser in Python (about 4 ms per kilobyte of pattern), and
a process that reads one short article uses only some of the patterns the plugins define: the
others need not be compiled at all. :func:`lazy` gives an object that stands for the compiled
pattern: its first method call compiles it, and from then on its methods are the compiled
pattern's own (no extra call per use).

:func:`plain_flags` makes compiling itself cheaper: ``regex``'s parser tests the pattern's flags
hundreds of times per pattern, and its flags are an ``enum.IntFlag``, whose operators are Python
code on Python 3.11 (an eighth of the one-file command's instructions went to them). Inside the
block the flag constants of ``regex`` are the plain integers they stand for, so the same tests
run in C; the patterns compiled are the same (the flags are the same numbers). Inside the block
patterns also go through the cache on disk of :mod:`diplotext.regexcache`, which spares a later
process the parse.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final, cast

import regex

from diplotext import regexcache

__all__ = ["KEEP_GIL", "lazy", "plain_flags", "word_trie"]

KEEP_GIL: Final = False
"""The ``concurrent`` argument of a ``regex`` call, given by position where a call is made often
(``P.match(text, pos, end, KEEP_GIL)``; ``finditer`` and ``findall`` take ``overlapped`` before it):
the match runs holding the GIL, as ``re``'s do. By default ``regex`` lets the GIL go for the match
of any ``str`` and takes it back after, which costs about 1,650 instructions a call (valgrind:
4,720 against 3,060 for a one-character lookbehind), more than most of diplotext's matches take.
Given by keyword it saves nothing (the call then builds a dictionary of its keywords). The matches
are the same either way; only another thread's matching can no longer run meanwhile."""

_FLAG_MODULES: Final = ("regex", "regex._main", "regex._regex_core")
_flags_lock = threading.Lock()
_flags_depth = 0
_flag_targets: list[tuple[dict[str, object], str, object, object]] | None = None
"""(module namespace, name, its value, the value with plain flags) for every flag or table of flags."""


def _plain(value: object, flag_type: type, ints: dict[object, object]) -> object:
    """``value`` with its flags made plain integers (a flag, or a table of flags), or itself; one
    integer object per flag (``regex`` copies ``DEFAULT_VERSION`` from one module to another)."""
    if isinstance(value, int) and isinstance(value, flag_type):
        return ints.setdefault(value, int(value))
    if isinstance(value, dict) and any(isinstance(v, flag_type) for v in value.values()):
        return {_plain(k, flag_type, ints): _plain(v, flag_type, ints) for k, v in value.items()}
    return value


def _targets() -> list[tuple[dict[str, object], str, object, object]]:
    global _flag_targets
    if _flag_targets is None:
        import regex._regex_core

        found: list[tuple[dict[str, object], str, object, object]] = []
        ints: dict[object, object] = {}
        flag_type = getattr(regex._regex_core, "RegexFlag", None)
        if isinstance(flag_type, type):  # an older ``regex`` has plain integers already
            for module in map(sys.modules.get, _FLAG_MODULES):
                for name, value in list(vars(module).items()) if module is not None else ():
                    plain = _plain(value, flag_type, ints)
                    if plain is not value:
                        found.append((vars(module), name, value, plain))
        _flag_targets = found
    return _flag_targets


def _swap(plain_on: bool) -> None:
    # the modules' namespaces directly: less than half the time of getattr and setattr on them,
    # and a first extract() enters some 30 blocks
    for names, name, value, plain in _targets():
        old, new = (value, plain) if plain_on else (plain, value)
        if names.get(name) is old:  # left alone if someone set it to something else
            names[name] = new


@contextmanager
def plain_flags() -> Iterator[None]:
    """While inside, ``regex``'s flag constants are plain integers (see the module docstring);
    they are put back when the outermost block ends. Blocks may nest and run in several threads."""
    global _flags_depth
    with _flags_lock:
        _flags_depth += 1
        if _flags_depth == 1:
            _swap(True)
            regexcache.install()
    try:
        yield
    finally:
        with _flags_lock:
            _flags_depth -= 1
            if _flags_depth == 0:
                regexcache.uninstall()
                _swap(False)


_PUBLIC: Final = tuple(name for name in dir(regex.compile("")) if not name.startswith("_"))
"""What a compiled pattern offers (``match``, ``search``, ``finditer``, ``flags``...)."""


class _LazyPattern:
    """A pattern compiled on first use; then its methods are the compiled pattern's."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for what is not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        with plain_flags():
            compiled = regex.compile(self.pattern, int(self._flags))
        for attribute in _PUBLIC:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))


class _Node(dict[str, "_Node"]):
    """A trie node: a child per next character; the key "" marks the end of a word."""


def word_trie(words: list[str]) -> str:
    """An alternation of ``words`` factored on common prefixes (one branch per first letter): it
    matches the same strings as ``"|".join(words)``, but a matcher tries one branch per character
    instead of every word at every position (for ``re`` and ``regex`` alike)."""
    tree = _Node()
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, _Node())
        node[""] = _Node()

    def emit(node: _Node) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
